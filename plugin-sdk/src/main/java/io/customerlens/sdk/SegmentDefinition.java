package io.customerlens.sdk;

import java.util.List;
import java.util.Objects;

/**
 * One of the segments a segmentation model can assign, listed in its descriptor so that the catalogue,
 * filters and reports know every possible outcome in advance.
 *
 * @param code        stable machine code, e.g. {@code "champions"}
 * @param label       display label, e.g. {@code "Champions"}
 * @param rank        order of value, 1 = the most valuable segment
 * @param description who falls into it
 */
public record SegmentDefinition(String code, String label, int rank, String description) {

    /** Checks the fields. */
    public SegmentDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (rank < 1) {
            throw new IllegalArgumentException("segment rank starts at 1, got " + rank);
        }
        description = description == null ? "" : description;
    }

    /**
     * Builds the result a model returns for a customer in this segment.
     *
     * @param reasons    why the customer is in it, in plain words
     * @param components the figures the decision was made on
     * @return the segment result
     */
    public Segment assign(List<String> reasons, List<Component> components) {
        return new Segment(code, label, rank, reasons, components);
    }
}
