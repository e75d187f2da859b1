package io.customerlens.sdk;

import java.util.Arrays;

/**
 * The distribution of one measure over the customer population, read through quantiles.
 *
 * <p>Quantiles interpolate linearly between order statistics (Hyndman &amp; Fan type 7, the default of R,
 * NumPy and Excel's PERCENTILE.INC): {@code at(p) = x[h] + (h - floor h)(x[floor h + 1] - x[floor h])}
 * with {@code h = (n - 1) p} over the sorted values {@code x[0..n-1]}.
 */
public final class Quantiles {

    /** A distribution with no values. */
    public static final Quantiles EMPTY = new Quantiles(new double[0]);

    private final double[] sorted;

    private Quantiles(double[] sorted) {
        this.sorted = sorted;
    }

    /**
     * @param values the measure for every customer (any order; not modified)
     * @return the distribution
     * @throws IllegalArgumentException if a value is not finite
     */
    public static Quantiles of(double... values) {
        double[] copy = values.clone();
        for (double value : copy) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("quantiles need finite values, got " + value);
            }
        }
        Arrays.sort(copy);
        return new Quantiles(copy);
    }

    /** @return the number of values */
    public int size() {
        return sorted.length;
    }

    /** @return whether there are no values */
    public boolean isEmpty() {
        return sorted.length == 0;
    }

    /**
     * @param p a probability in [0, 1]
     * @return the p-quantile
     * @throws IllegalStateException if the distribution is empty
     */
    public double at(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no values to take a quantile of");
        }
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    /**
     * Scores a value into one of {@code bins} equal-population bins: 1 + the number of cut points
     * {@code at(k / bins)}, k = 1..bins-1, that the value is strictly above. Values tied with a cut point
     * fall into the lower bin, so equal values always share a bin.
     *
     * @param value the value to place
     * @param bins  the number of bins, at least 2
     * @return the bin, 1 (lowest values) to {@code bins} (highest values)
     */
    public int bin(double value, int bins) {
        if (bins < 2) {
            throw new IllegalArgumentException("need at least 2 bins, got " + bins);
        }
        int bin = 1;
        for (int k = 1; k < bins; k++) {
            if (value > at((double) k / bins)) {
                bin++;
            }
        }
        return bin;
    }
}
