package io.customerlens.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a caller may do. Each role includes every right of the roles before it. */
public enum Role {
    /** Profiles without personal data, scores and the model catalogue. */
    VIEWER,
    /** A viewer who may also read comparisons, distributions and snapshots. */
    ANALYST,
    /** An analyst who may also change customer data. */
    EDITOR,
    /** An editor who may also manage API keys, plugins and snapshot jobs. */
    ADMIN;

    /** @return whether this role has every right of {@code required} */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /** @return the role and every role it includes, as Spring Security authorities ({@code ROLE_VIEWER}, ...) */
    List<String> authorities() {
        return Arrays.stream(values()).filter(this::includes).map(role -> "ROLE_" + role.name()).toList();
    }

    /** @return the role named, ignoring case */
    public static Role named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + name + "'; allowed: " + allowed());
        }
    }

    /** @return the role names, lower case, comma-separated */
    public static String allowed() {
        return Arrays.stream(values()).map(role -> role.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
