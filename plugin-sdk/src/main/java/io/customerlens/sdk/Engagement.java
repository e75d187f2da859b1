package io.customerlens.sdk;

/**
 * What a customer does for the relationship besides buying, counted over their whole tenure. Since 1.1.0.
 *
 * @param referrals       customers they referred
 * @param events          events, workshops or webinars they attended
 * @param communityPosts  posts, answers or reviews they contributed to the community
 */
public record Engagement(int referrals, int events, int communityPosts) {

    /** No recorded engagement. */
    public static final Engagement NONE = new Engagement(0, 0, 0);

    /** Checks that the counts are not negative. */
    public Engagement {
        if (referrals < 0 || events < 0 || communityPosts < 0) {
            throw new IllegalArgumentException("engagement counts must be 0 or more");
        }
    }
}
