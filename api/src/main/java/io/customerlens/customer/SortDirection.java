package io.customerlens.customer;

/** The direction of a {@link ScoreOrder}. */
public enum SortDirection {
    /** Worst first: the exact reverse of {@link #DESC}. */
    ASC,
    /** Best first: the highest value, or the most valuable segment (rank 1). */
    DESC
}
