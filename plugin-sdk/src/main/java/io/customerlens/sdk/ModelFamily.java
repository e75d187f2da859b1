package io.customerlens.sdk;

/** The kind of question a scoring model answers, and so the extension point it implements. */
public enum ModelFamily {
    /** Puts a customer into one of a fixed set of named groups ({@link SegmentationModel}). */
    SEGMENTATION,
    /** Measures how satisfied a customer is on a numeric scale ({@link SatisfactionModel}). */
    SATISFACTION,
    /** Measures how loyal a customer is on a numeric scale ({@link LoyaltyModel}). */
    LOYALTY
}
