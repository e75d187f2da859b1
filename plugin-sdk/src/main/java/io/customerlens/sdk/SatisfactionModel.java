package io.customerlens.sdk;

/** A model that measures a customer's satisfaction as a {@link Score}, such as NPS or CSAT. */
public interface SatisfactionModel extends ScoringModel<Score> {
}
