package io.customerlens.sdk;

/** A model that measures a customer's loyalty as a {@link Score}, such as a behavioural loyalty index. */
public interface LoyaltyModel extends ScoringModel<Score> {
}
