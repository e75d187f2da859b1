package io.customerlens.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Count, mean, extremes, sample standard deviation and quantiles of a set of values.
 *
 * <p>{@code NaN} values are ignored and counted in {@link #ignored()}; every other figure describes the
 * remaining values only. Infinities are ordinary values and propagate by IEEE rules (the mean of [1, +∞] is
 * +∞, its standard deviation {@code NaN}). Without any value, mean, min, max, standard deviation and quantiles
 * are {@code NaN}; with a single value the standard deviation is {@code NaN} (it has n − 1 = 0 degrees of
 * freedom).
 *
 * <p>The values are kept sorted, so figures do not depend on the input order. Instances are immutable.
 */
public final class Summary {

    /**
     * A quantile.
     *
     * @param probability the probability p in [0, 1]
     * @param value       the type 7 quantile at p
     */
    public record Quantile(double probability, double value) {
    }

    private final double[] sorted;
    private final int ignored;
    private final double mean;
    private final double standardDeviation;

    private Summary(double[] sorted, int ignored) {
        this.sorted = sorted;
        this.ignored = ignored;
        this.mean = mean(sorted);
        this.standardDeviation = standardDeviation(sorted, mean);
    }

    /** Summarises {@code values}, ignoring {@code NaN}. */
    public static Summary of(double[] values) {
        Objects.requireNonNull(values, "values");
        double[] kept = Arrays.stream(values).filter(value -> !Double.isNaN(value)).toArray();
        Arrays.sort(kept);
        return new Summary(kept, values.length - kept.length);
    }

    /** {@link #of(double[])} for a list; {@code null} elements count as {@code NaN}. */
    public static Summary of(List<? extends Number> values) {
        return of(Values.toArray(values, "values"));
    }

    /** Values summarised ({@code NaN} excluded). */
    public int count() {
        return sorted.length;
    }

    /** {@code NaN} values left out. */
    public int ignored() {
        return ignored;
    }

    /** The arithmetic mean. */
    public double mean() {
        return mean;
    }

    /** The smallest value. */
    public double min() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    /** The largest value. */
    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** The sample standard deviation, sqrt(Σ(x − mean)² / (n − 1)). */
    public double standardDeviation() {
        return standardDeviation;
    }

    /**
     * The quantile at {@code probability} by Hyndman &amp; Fan's type 7 (the default of R and NumPy): with the
     * sorted values x_0..x_{n−1} and h = (n − 1)p, it interpolates linearly between x_⌊h⌋ and x_⌈h⌉.
     *
     * @throws IllegalArgumentException if probability is not within [0, 1]
     */
    public double quantile(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1 (was " + probability + ")");
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * probability;
        int low = (int) Math.floor(h);
        int high = (int) Math.ceil(h);
        double fraction = h - low;
        double lowValue = sorted[low];
        double highValue = sorted[high];
        if (fraction == 0 || lowValue == highValue || Double.isInfinite(lowValue)) {
            return lowValue;
        }
        // interpolating towards an infinity would give ∞ − ∞ = NaN below; the quantile is that infinity
        return Double.isInfinite(highValue) ? highValue : lowValue + fraction * (highValue - lowValue);
    }

    /**
     * The quantiles at each of {@code probabilities}, in the given order.
     *
     * @throws IllegalArgumentException if a probability is not within [0, 1]
     */
    public List<Quantile> quantiles(double... probabilities) {
        Objects.requireNonNull(probabilities, "probabilities");
        List<Quantile> quantiles = new ArrayList<>(probabilities.length);
        for (double probability : probabilities) {
            quantiles.add(new Quantile(probability, quantile(probability)));
        }
        return Collections.unmodifiableList(quantiles);
    }

    private static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /**
     * Corrected two-pass algorithm (Chan, Golub &amp; LeVeque): the second term removes most of the rounding
     * error left in the mean, which the naive Σx² − n·mean² would amplify.
     */
    private static double standardDeviation(double[] values, double mean) {
        int n = values.length;
        if (n < 2) {
            return Double.NaN;
        }
        double squares = 0;
        double deviations = 0;
        for (double value : values) {
            double deviation = value - mean;
            squares += deviation * deviation;
            deviations += deviation;
        }
        double sumOfSquares = squares - deviations * deviations / n;
        // rounding can leave a tiny negative number when all values are (nearly) equal
        return Math.sqrt(Math.max(0, sumOfSquares) / (n - 1));
    }
}
