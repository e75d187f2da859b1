package io.customerlens.customer;

import io.customerlens.web.InputChecks;
import java.time.LocalDate;

/**
 * Which customers a list returns. Every given field must match.
 *
 * @param externalId exact external id
 * @param region     exact region
 * @param channel    exact acquisition channel
 * @param tag        customers carrying this tag
 * @param joinedFrom joined on or after this date
 * @param joinedTo   joined on or before this date
 * @param text       case-insensitive text within name or e-mail
 * @param segment    customers in these segments of a score snapshot
 */
public record CustomerFilter(String externalId, String region, String channel, String tag, LocalDate joinedFrom,
                             LocalDate joinedTo, String text, SegmentFilter segment) {

    static final CustomerFilter ALL = new CustomerFilter(null, null, null, null, null, null, null, null);

    void check() {
        InputChecks.of("filter")
                .optionalText(text, "text", 100)
                .require(joinedFrom == null || joinedTo == null || !joinedFrom.isAfter(joinedTo),
                        "joinedTo", "must not be before joinedFrom")
                .throwIfInvalid();
    }
}
