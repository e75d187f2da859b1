package io.customerlens.customer;

import java.time.LocalDate;

/**
 * The membership part of a customer input.
 *
 * @param level     programme level, e.g. "gold"
 * @param points    points balance, 0 or more
 * @param startedOn the first day of the membership
 * @param endedOn   the day it ended; needs a start on or before it
 */
public record MembershipInput(String level, Long points, LocalDate startedOn, LocalDate endedOn) {

    /** A membership input without dates. */
    public MembershipInput(String level, Long points) {
        this(level, points, null, null);
    }
}
