package io.customerlens.sdk;

import java.util.Objects;

/**
 * A named figure that went into a result, so callers can see why a customer got a score or segment,
 * e.g. {@code ("recency", 5, "last order 12 days ago, top 20% of customers")}.
 *
 * @param name        stable name, e.g. {@code "recency"}
 * @param value       the figure
 * @param description what the figure means for this customer
 */
public record Component(String name, double value, String description) {

    /** Checks the fields. */
    public Component {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("component '" + name + "' is not a finite number: " + value);
        }
        description = description == null ? "" : description;
    }
}
