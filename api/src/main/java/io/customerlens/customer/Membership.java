package io.customerlens.customer;

import io.customerlens.sdk.MembershipSpan;
import java.time.LocalDate;

/**
 * A customer's membership in a loyalty programme or a contract.
 *
 * @param level     the programme level, e.g. "gold"
 * @param points    the points balance
 * @param startedOn the first day of the membership, or null when not known
 * @param endedOn   the day it ended, or null while it runs
 */
public record Membership(String level, long points, LocalDate startedOn, LocalDate endedOn) {

    /** A membership without dates. */
    public Membership(String level, long points) {
        this(level, points, null, null);
    }

    /** @return its start and end, as models see them; null without a start date */
    public MembershipSpan span() {
        return startedOn == null ? null : new MembershipSpan(startedOn, endedOn);
    }
}
