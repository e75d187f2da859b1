package io.customerlens.sdk;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One of the segments a segmentation model can assign, listed in its descriptor so that the catalogue,
 * filters and reports know every possible outcome in advance.
 *
 * @param code        stable machine code in lower-case kebab-case, e.g. {@code "champions"}, {@code "at-risk"}
 *                    (see {@link #isConventional}; codes of another form still load, with a warning)
 * @param label       display label, e.g. {@code "Champions"}
 * @param rank        order of value, 1 = the most valuable segment
 * @param description who falls into it
 */
public record SegmentDefinition(String code, String label, int rank, String description) {

    private static final Pattern CONVENTIONAL_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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
     * Whether a segment code has the conventional form: lower-case letters and digits in words joined by single
     * hyphens, e.g. {@code "champions"}, {@code "true-loyalty"}. Codes of another form ({@code "STRATEGIC"},
     * {@code "price_sensitive"}) are still accepted, since stored results and playbooks refer to them; the server
     * logs a warning when it registers a model that declares one.
     *
     * @param code a segment code
     * @return true for a lower-case kebab-case code
     * @since 1.2.0
     */
    public static boolean isConventional(String code) {
        return code != null && CONVENTIONAL_CODE.matcher(code).matches();
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
