package io.customerlens.customer;

/**
 * Engagement counts in a customer input: referrals made, events attended, community contributions.
 *
 * @param referrals      0 or more
 * @param events         0 or more
 * @param communityPosts 0 or more
 */
public record EngagementInput(Integer referrals, Integer events, Integer communityPosts) {
}
