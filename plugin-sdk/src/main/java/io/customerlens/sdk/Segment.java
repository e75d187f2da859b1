package io.customerlens.sdk;

import java.util.List;
import java.util.Objects;

/**
 * The result of a {@link SegmentationModel}: the segment a customer is in, and why.
 *
 * @param code       stable machine code, one of the descriptor's {@link ModelDescriptor#segments()}
 * @param label      display label
 * @param rank       order of value, 1 = the most valuable segment
 * @param reasons    why the customer is in it, in plain words
 * @param components the figures the decision was made on
 */
public record Segment(String code, String label, int rank, List<String> reasons, List<Component> components) {

    /** Checks the fields and copies the lists. */
    public Segment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        components = components == null ? List.of() : List.copyOf(components);
    }
}
