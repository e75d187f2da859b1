package io.customerlens.analytics.stats;

import java.util.Arrays;

/**
 * Rank transforms used by {@link RankCorrelation}. Inputs must be free of {@code NaN} and have {@code -0.0}
 * normalised to {@code 0.0} (see {@link Values#normalizeZero}); both run in O(n log n).
 */
final class Ranks {

    private Ranks() {
    }

    /**
     * Ranks 1..n where tied values share the average of the ranks they span (mid-ranks), e.g. [10, 20, 20, 30]
     * gives [1, 2.5, 2.5, 4].
     */
    static double[] midRanks(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int first = lowerBound(sorted, values[i]);
            int last = upperBound(sorted, values[i]) - 1;
            // 0-based positions first..last hold the ties; their 1-based ranks average to (first+last)/2 + 1
            ranks[i] = (first + last) / 2.0 + 1;
        }
        return ranks;
    }

    /** Dense ranks 0..k-1 over the k distinct values, e.g. [10, 20, 20, 30] gives [0, 1, 1, 2]. */
    static int[] denseRanks(double[] values) {
        double[] distinct = Arrays.stream(values).sorted().distinct().toArray();
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = lowerBound(distinct, values[i]);
        }
        return ranks;
    }

    /** The first position whose value is not below {@code value}. */
    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first position whose value is above {@code value}. */
    private static int upperBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
