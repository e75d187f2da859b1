package io.customerlens.analytics.stats;

import java.util.List;
import java.util.Objects;

/** Conversions and checks shared by the numeric classes of this package. */
final class Values {

    private Values() {
    }

    /**
     * Copies a list of numbers into an array; a {@code null} element becomes {@code NaN} so that it is treated
     * like any other missing value.
     */
    static double[] toArray(List<? extends Number> values, String name) {
        Objects.requireNonNull(values, name);
        double[] result = new double[values.size()];
        for (int i = 0; i < result.length; i++) {
            Number value = values.get(i);
            result[i] = value == null ? Double.NaN : value.doubleValue();
        }
        return result;
    }

    /**
     * Maps {@code -0.0} to {@code 0.0}. {@code Arrays.sort} and {@code DoubleStream.distinct} tell the two
     * apart while ranks must treat them as one tied value; the rank code compares with {@code <}, which already
     * does, and normalising keeps every step agreeing on that.
     */
    static double normalizeZero(double value) {
        return value + 0.0;
    }

    /** Number of unordered pairs among {@code m} items, m(m-1)/2; exact in a long for m below 4 billion. */
    static long pairs(long m) {
        return m * (m - 1) / 2;
    }
}
