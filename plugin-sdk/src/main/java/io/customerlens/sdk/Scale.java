package io.customerlens.sdk;

/**
 * The range of a {@link Score}'s value.
 *
 * @param min  the lowest possible value
 * @param max  the highest possible value
 * @param unit what the value counts, e.g. {@code "points"}, {@code "%"}, {@code "0-10 rating"}
 */
public record Scale(double min, double max, String unit) {

    /** Checks that the bounds are finite and ordered. */
    public Scale {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min >= max) {
            throw new IllegalArgumentException("scale needs finite min < max, got " + min + ".." + max);
        }
        unit = unit == null ? "" : unit;
    }

    /**
     * @param value a value
     * @return whether the value is finite and within [min, max]
     */
    public boolean contains(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }
}
