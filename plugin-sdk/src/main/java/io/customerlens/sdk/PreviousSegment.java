package io.customerlens.sdk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The segment a model last assigned to a customer, with the same parameters, and the date it was first
 * assigned. Given to models that declare {@link CustomerData#PREVIOUS_SEGMENT}. Since 1.1.0.
 *
 * @param code  the segment code
 * @param since the evaluation date on which the customer entered it
 */
public record PreviousSegment(String code, LocalDate since) {

    /** Checks the fields. */
    public PreviousSegment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(since, "since");
    }
}
