package io.customerlens.customer;

/** The five standard answers to a Kano question ("how do you feel if the product has / lacks this?"). */
public enum KanoResponse {
    /** I like it that way. */
    LIKE,
    /** It must be that way. */
    MUST_BE,
    /** I am neutral. */
    NEUTRAL,
    /** I can live with it that way. */
    LIVE_WITH,
    /** I dislike it that way. */
    DISLIKE
}
