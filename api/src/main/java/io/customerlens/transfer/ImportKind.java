package io.customerlens.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a file holds. Each kind accepts the columns listed here (documented in {@code docs/import.md}); to import a
 * new field, add its column here and read it in {@link HistoryKinds} or {@link CustomerBatch}.
 */
public enum ImportKind {
    CUSTOMERS(new Columns(List.of("externalId", "name", "email", "phone", "region", "channel", "joinedOn",
            "membershipLevel", "membershipPoints", "membershipStartedOn", "membershipEndedOn", "tags", "referrals",
            "events", "communityPosts"),
            List.of(), Set.of("externalId", "name"))),
    ORDERS(new Columns(List.of("externalId", "customerExternalId", "orderedAt", "amount", "items", "discount",
            "channel"), List.of(), Set.of("externalId", "customerExternalId", "orderedAt", "amount"))),
    SURVEYS(new Columns(List.of("externalId", "customerExternalId", "answeredAt", "nps", "csat", "ces", "comment"),
            List.of("dimensions.", "kano."), Set.of("externalId", "customerExternalId", "answeredAt"))),
    INTERACTIONS(new Columns(List.of("externalId", "customerExternalId", "openedAt", "resolvedAt", "channel", "kind",
            "outcome", "subject"), List.of(), Set.of("externalId", "customerExternalId", "openedAt", "kind"))),
    /** The CDNOW transaction log: orders, creating the customers they name. */
    CDNOW(ORDERS.columns);

    private final Columns columns;

    ImportKind(Columns columns) {
        this.columns = columns;
    }

    Columns columns() {
        return columns;
    }

    /** @return the kind named, ignoring case */
    static ImportKind named(String name, String field) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ImportFileException(field, "'" + name + "' is not a kind of import; allowed: " + allowed());
        }
    }

    static String allowed() {
        return Arrays.stream(values()).map(kind -> kind.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
