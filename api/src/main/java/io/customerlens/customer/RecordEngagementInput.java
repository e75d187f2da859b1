package io.customerlens.customer;

import io.customerlens.web.InputChecks;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The {@code recordEngagement} input: how much to add to each engagement count (e.g. one new referral).
 *
 * @param customerId     the customer
 * @param referrals      referrals to add
 * @param events         events to add
 * @param communityPosts community contributions to add
 */
public record RecordEngagementInput(String customerId, Integer referrals, Integer events, Integer communityPosts) {

    /** @return the atomic increments, once the input has passed its checks */
    Update increments() {
        InputChecks.of("input")
                .range(referrals, 0, 1000, "referrals")
                .range(events, 0, 1000, "events")
                .range(communityPosts, 0, 1000, "communityPosts")
                .require(positive(referrals) || positive(events) || positive(communityPosts), "referrals",
                        "at least one of referrals, events or communityPosts must be above 0")
                .throwIfInvalid();
        Update update = new Update();
        if (positive(referrals)) {
            update.inc(Customer.ENGAGEMENT + ".referrals", referrals);
        }
        if (positive(events)) {
            update.inc(Customer.ENGAGEMENT + ".events", events);
        }
        if (positive(communityPosts)) {
            update.inc(Customer.ENGAGEMENT + ".communityPosts", communityPosts);
        }
        return update;
    }

    private static boolean positive(Integer value) {
        return value != null && value > 0;
    }
}
