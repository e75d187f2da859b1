package io.customerlens.support;

import io.customerlens.security.Role;
import java.util.Locale;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One configured API key per role, given to the server by hash as an operator would. */
public final class TestKeys {

    private TestKeys() {
    }

    /** @return the plain key of the role's test key */
    public static String key(Role role) {
        return "test-" + role.name().toLowerCase(Locale.ROOT) + "-key";
    }

    public static void configure(DynamicPropertyRegistry registry) {
        for (Role role : Role.values()) {
            String prefix = "customerlens.security.keys[" + role.ordinal() + "].";
            registry.add(prefix + "name", () -> "test " + role.name().toLowerCase(Locale.ROOT));
            registry.add(prefix + "sha256", () -> Hashes.sha256(key(role)));
            registry.add(prefix + "role", role::name);
        }
    }
}
