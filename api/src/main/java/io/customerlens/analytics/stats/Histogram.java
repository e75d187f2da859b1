package io.customerlens.analytics.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Equal-width histogram over a range [min, max].
 *
 * <p>Bin i covers [lower, upper) except the last, which also holds values equal to max. The reported edges are
 * the ones used for counting, so a value equal to a bin's {@code lower} is always counted in that bin.
 *
 * <p>{@code NaN} values are ignored and counted in {@link #ignored()}. With an explicit range, values outside
 * it (infinities included) are counted in {@link #below()} or {@link #above()} rather than in a bin. With a
 * range taken from the data, it spans the smallest to the largest value; as in NumPy, a range of a single value
 * v becomes [v − 0.5, v + 0.5] and data without any value gets [0, 1]; infinite values are rejected there.
 */
public final class Histogram {

    /** Largest number of bins accepted. */
    public static final int MAX_BINS = 100;

    /**
     * One bin.
     *
     * @param lower the inclusive lower edge
     * @param upper the upper edge, exclusive except for the last bin
     * @param count values counted in the bin
     */
    public record Bin(double lower, double upper, int count) {
    }

    private final double min;
    private final double max;
    private final List<Bin> bins;
    private final int below;
    private final int above;
    private final int ignored;

    private Histogram(double min, double max, List<Bin> bins, int below, int above, int ignored) {
        this.min = min;
        this.max = max;
        this.bins = bins;
        this.below = below;
        this.above = above;
        this.ignored = ignored;
    }

    /**
     * Counts {@code values} in {@code bins} equal-width bins over [min, max].
     *
     * @throws IllegalArgumentException if bins is not within 1..100, or min and max are not finite with
     *                                  min &lt; max and a finite max − min
     */
    public static Histogram of(double[] values, int bins, double min, double max) {
        Objects.requireNonNull(values, "values");
        checkBins(bins);
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max) || !Double.isFinite(max - min)) {
            throw new IllegalArgumentException("min and max must be finite with min < max (was min=" + min
                    + ", max=" + max + ")");
        }
        return count(values, bins, min, max);
    }

    /** {@link #of(double[], int, double, double)} for a list; {@code null} elements count as {@code NaN}. */
    public static Histogram of(List<? extends Number> values, int bins, double min, double max) {
        return of(Values.toArray(values, "values"), bins, min, max);
    }

    /**
     * Counts {@code values} in {@code bins} equal-width bins over the range of the values themselves.
     *
     * @throws IllegalArgumentException if bins is not within 1..100, or a value is infinite
     */
    public static Histogram of(double[] values, int bins) {
        Objects.requireNonNull(values, "values");
        checkBins(bins);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("values must be finite to derive the range (found " + value
                        + "); pass an explicit min and max instead");
            }
            if (!Double.isNaN(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        double[] range = dataRange(low, high);
        return count(values, bins, range[0], range[1]);
    }

    /** {@link #of(double[], int)} for a list; {@code null} elements count as {@code NaN}. */
    public static Histogram of(List<? extends Number> values, int bins) {
        return of(Values.toArray(values, "values"), bins);
    }

    /** The lower edge of the first bin. */
    public double min() {
        return min;
    }

    /** The upper edge of the last bin. */
    public double max() {
        return max;
    }

    /** The bins from min to max. */
    public List<Bin> bins() {
        return bins;
    }

    /** Values below min (only possible with an explicit range). */
    public int below() {
        return below;
    }

    /** Values above max (only possible with an explicit range). */
    public int above() {
        return above;
    }

    /** {@code NaN} values, which were not counted anywhere else. */
    public int ignored() {
        return ignored;
    }

    private static void checkBins(int bins) {
        if (bins < 1 || bins > MAX_BINS) {
            throw new IllegalArgumentException("bins must be between 1 and " + MAX_BINS + " (was " + bins + ")");
        }
    }

    private static double[] dataRange(double low, double high) {
        if (low > high) {
            return new double[] {0, 1};
        }
        if (low < high && Double.isFinite(high - low)) {
            return new double[] {low, high};
        }
        if (low < high) {
            throw new IllegalArgumentException("values must span a finite range (max - min overflows: min="
                    + low + ", max=" + high + ")");
        }
        double lower = low - 0.5;
        double upper = high + 0.5;
        // beyond 2^53 adding 0.5 changes nothing; fall back to the neighbouring doubles
        return lower < upper ? new double[] {lower, upper} : new double[] {Math.nextDown(low), Math.nextUp(high)};
    }

    private static Histogram count(double[] values, int binCount, double min, double max) {
        double[] edges = edges(binCount, min, max);
        int[] counts = new int[binCount];
        int below = 0;
        int above = 0;
        int ignored = 0;
        for (double value : values) {
            if (Double.isNaN(value)) {
                ignored++;
            } else if (value < min) {
                below++;
            } else if (value > max) {
                above++;
            } else {
                counts[binOf(value, edges)]++;
            }
        }
        List<Bin> bins = new ArrayList<>(binCount);
        for (int i = 0; i < binCount; i++) {
            bins.add(new Bin(edges[i], edges[i + 1], counts[i]));
        }
        return new Histogram(min, max, Collections.unmodifiableList(bins), below, above, ignored);
    }

    /**
     * min + (max − min)·i/bins: multiplying before dividing gives the exact edges one expects (0.3, not
     * 0.30000000000000004, for [0, 1] in 10 bins), unless the product would overflow.
     */
    private static double[] edges(int binCount, double min, double max) {
        double width = max - min;
        boolean productFits = Double.isFinite(width * binCount);
        double[] edges = new double[binCount + 1];
        for (int i = 0; i < binCount; i++) {
            edges[i] = min + (productFits ? width * i / binCount : width * ((double) i / binCount));
        }
        edges[binCount] = max;
        return edges;
    }

    /** The bin of a value within [min, max], consistent with the reported edges. */
    private static int binOf(double value, double[] edges) {
        int last = edges.length - 2;
        double min = edges[0];
        double max = edges[last + 1];
        int bin = (int) Math.min(last, Math.floor((value - min) / (max - min) * (last + 1)));
        // the division can round across an edge; step to the bin whose edges really enclose the value
        while (bin > 0 && value < edges[bin]) {
            bin--;
        }
        while (bin < last && value >= edges[bin + 1]) {
            bin++;
        }
        return bin;
    }
}
