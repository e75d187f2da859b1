package io.customerlens.customer;

import io.customerlens.web.InputChecks;
import java.time.LocalDate;

/**
 * Which customers a list returns. Every given field must match.
 *
 * @param externalId exact external id
 * @param region     region, resolved to its stored spelling by {@link KnownValues}
 * @param channel    acquisition channel, resolved the same way
 * @param tag        customers carrying this tag
 * @param joinedFrom joined on or after this date
 * @param joinedTo   joined on or before this date
 * @param text       case-insensitive text within name or e-mail
 * @param segment    customers in these segments of a score snapshot
 */
public record CustomerFilter(String externalId, String region, String channel, String tag, LocalDate joinedFrom,
                             LocalDate joinedTo, String text, SegmentFilter segment) {

    static final CustomerFilter ALL = new CustomerFilter(null, null, null, null, null, null, null, null);

    /** The latest date a filter may name: later ones cannot be stored, and no customer joins then. */
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    void check() {
        InputChecks.of("filter")
                .optionalText(text, "text", 100)
                .require(text == null || text.codePoints().noneMatch(Character::isISOControl), "text",
                        "must not contain control characters")
                .require(inRange(joinedFrom), "joinedFrom", "must be a date from " + InputChecks.EARLIEST + " to " + LATEST)
                .require(inRange(joinedTo), "joinedTo", "must be a date from " + InputChecks.EARLIEST + " to " + LATEST)
                .require(joinedFrom == null || joinedTo == null || !joinedFrom.isAfter(joinedTo),
                        "joinedTo", "must not be before joinedFrom")
                .throwIfInvalid();
    }

    private static boolean inRange(LocalDate date) {
        return date == null || !date.isBefore(InputChecks.EARLIEST) && !date.isAfter(LATEST);
    }
}
