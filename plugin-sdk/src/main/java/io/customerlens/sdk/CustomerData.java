package io.customerlens.sdk;

/**
 * The parts of a customer's data a model may read. A model declares what it needs in
 * {@link ModelDescriptor#inputs()}; the server loads only that, and leaves the rest of the
 * {@link CustomerSnapshot} empty.
 */
public enum CustomerData {
    /** Profile fields and the order summary; always present. */
    PROFILE,
    /** The full order history. */
    ORDERS,
    /** Survey answers (NPS, CSAT, CES and per-dimension ratings). */
    SURVEYS,
    /** Service interactions: tickets, complaints, their resolution. */
    INTERACTIONS,
    /** Population statistics in {@link ScoringContext#population()}, such as recency/frequency/monetary quantiles. */
    POPULATION
}
