package io.customerlens.plugins.customertype;

import java.util.Locale;
import java.util.Set;

/**
 * The contract and account flags the relationship type reads from profile tags (data convention, compared
 * without regard to case): {@code contract} or {@code key-account} mark a formal long-term agreement,
 * {@code b2b} a business account.
 *
 * @param contract whether the customer carries {@code contract} or {@code key-account}
 * @param b2b      whether the customer carries {@code b2b}
 */
record AccountFlags(boolean contract, boolean b2b) {

    static final Set<String> CONTRACT_TAGS = Set.of("contract", "key-account");
    static final String B2B_TAG = "b2b";

    static AccountFlags of(Set<String> tags) {
        boolean contract = false;
        boolean b2b = false;
        for (String tag : tags) {
            String lower = tag.toLowerCase(Locale.ROOT);
            contract |= CONTRACT_TAGS.contains(lower);
            b2b |= B2B_TAG.equals(lower);
        }
        return new AccountFlags(contract, b2b);
    }
}
