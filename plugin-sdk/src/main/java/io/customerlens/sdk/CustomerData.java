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
    POPULATION,
    /**
     * Every customer's {@link PurchasePattern}, in {@link PopulationStatistics#purchasePatterns()}, for models that
     * estimate parameters from the whole population ({@link PopulationFit}). Since 1.1.0.
     */
    PURCHASE_PATTERNS,
    /**
     * The segment this model last assigned to the customer and since when, in {@link ScoringContext#previous()},
     * for models with memory such as tiers with hysteresis. Since 1.1.0.
     */
    PREVIOUS_SEGMENT,
    /**
     * Every membership's start and end, in {@link PopulationStatistics#memberships()}, for models of contractual
     * retention fitted on the whole membership. The customer's own is in {@link Profile#membership()} whatever the
     * model declares. Since 1.3.0.
     */
    MEMBERSHIPS
}
