package io.customerlens.sdk;

import java.util.List;
import java.util.Objects;

/**
 * The result of a {@link SatisfactionModel} or {@link LoyaltyModel}.
 *
 * <p>{@code value} is {@code null} when the customer has no data the model can use (e.g. no survey answers);
 * {@code band} then says so and {@code explanation} says what is missing. Otherwise the value lies within
 * the scale.
 *
 * @param value       the score, within {@code scale}, or {@code null} for "not enough data"
 * @param scale       the scale of the value
 * @param band        the named band the value falls into, e.g. {@code "Promoter"}
 * @param components  the figures that went into the value
 * @param explanation one or two sentences on how the value came about
 */
public record Score(Double value, Scale scale, String band, List<Component> components, String explanation) {

    /** Checks that the value lies within the scale and copies the lists. */
    public Score {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(band, "band");
        if (value != null && !scale.contains(value)) {
            throw new IllegalArgumentException("score " + value + " is outside its scale "
                    + scale.min() + ".." + scale.max());
        }
        components = components == null ? List.of() : List.copyOf(components);
        explanation = explanation == null ? "" : explanation;
    }

    /**
     * A result for a customer without the data the model needs.
     *
     * @param scale       the model's scale
     * @param explanation what is missing
     * @return a score with no value and the band {@code "No data"}
     */
    public static Score noData(Scale scale, String explanation) {
        return new Score(null, scale, "No data", List.of(), explanation);
    }
}
