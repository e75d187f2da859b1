package io.customerlens.sdk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When a membership (a contract, a subscription) began and ended.
 *
 * @param startedOn the first day of the membership
 * @param endedOn   the day it ended, or {@code null} while it runs
 * @since 1.3.0
 */
public record MembershipSpan(LocalDate startedOn, LocalDate endedOn) {

    /** Checks that the membership ends on or after its start. */
    public MembershipSpan {
        Objects.requireNonNull(startedOn, "startedOn");
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw new IllegalArgumentException("a membership cannot end (" + endedOn + ") before it starts ("
                    + startedOn + ")");
        }
    }

    /**
     * @param asOf a date
     * @return the membership as it was known on that date: null if it had not begun, still running if it ended
     *         later
     */
    public MembershipSpan asOf(LocalDate asOf) {
        if (startedOn.isAfter(asOf)) {
            return null;
        }
        return endedOn != null && endedOn.isAfter(asOf) ? new MembershipSpan(startedOn, null) : this;
    }

    /**
     * @param periodMonths the length of one period (a renewal term) in months, at least 1
     * @param asOf         the date a running membership is measured to
     * @return whole periods completed: up to its end for an ended membership, up to {@code asOf} for a running one
     */
    public int periodsCompleted(int periodMonths, LocalDate asOf) {
        if (periodMonths < 1) {
            throw new IllegalArgumentException("a period is at least one month, got " + periodMonths);
        }
        LocalDate until = endedOn != null ? endedOn : asOf;
        return (int) Math.max(0, ChronoUnit.MONTHS.between(startedOn, until) / periodMonths);
    }
}
