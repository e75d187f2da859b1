package io.customerlens.analytics.stats;

import java.util.Arrays;

/**
 * Kendall's tau-b in O(n log n) by Knight's (1966) algorithm: sort the pairs by x then y, count the exchanges a
 * merge sort of the y sequence needs (each one is a discordant pair), and correct for ties.
 */
final class KendallTauB {

    private KendallTauB() {
    }

    /**
     * tau_b = (n_c − n_d) / sqrt((n0 − n1)(n0 − n2)); {@code NaN} if fewer than 2 pairs or x or y is constant.
     * Inputs must be free of {@code NaN}, equally long, with {@code -0.0} normalised.
     */
    static double tauB(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        long n0 = Values.pairs(n);
        long[] keys = sortedKeys(Ranks.denseRanks(x), Ranks.denseRanks(y));
        long n1 = tiedPairs(keys, true);
        long n3 = tiedPairs(keys, false);
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            ys[i] = (int) keys[i];
        }
        long swaps = mergeSortCountingSwaps(ys);
        long n2 = tiedPairs(ys);
        if (n1 == n0 || n2 == n0) {
            return Double.NaN;
        }
        // n_c + n_d = n0 - n1 - n2 + n3 (pairs tied in neither), and n_d = swaps
        long numerator = n0 - n1 - n2 + n3 - 2 * swaps;
        double denominator = Math.sqrt((double) (n0 - n1) * (double) (n0 - n2));
        return Math.max(-1.0, Math.min(1.0, numerator / denominator));
    }

    /**
     * Packs (rank of x, rank of y) into one long with x in the high half and sorts, which orders the pairs by x
     * then y without boxing. Dense ranks are non-negative ints, so the packed longs compare like the pairs.
     */
    private static long[] sortedKeys(int[] rx, int[] ry) {
        long[] keys = new long[rx.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) rx[i] << 32) | ry[i];
        }
        Arrays.sort(keys);
        return keys;
    }

    /** Pairs tied in x ({@code xOnly}) or tied in both x and y, from runs of equal keys in sorted order. */
    private static long tiedPairs(long[] sortedKeys, boolean xOnly) {
        long ties = 0;
        int run = 1;
        for (int i = 1; i <= sortedKeys.length; i++) {
            boolean same = i < sortedKeys.length && (xOnly
                    ? sortedKeys[i] >>> 32 == sortedKeys[i - 1] >>> 32
                    : sortedKeys[i] == sortedKeys[i - 1]);
            if (same) {
                run++;
            } else {
                ties += Values.pairs(run);
                run = 1;
            }
        }
        return ties;
    }

    /** Pairs tied in a sorted int sequence. */
    private static long tiedPairs(int[] sorted) {
        long ties = 0;
        int run = 1;
        for (int i = 1; i <= sorted.length; i++) {
            if (i < sorted.length && sorted[i] == sorted[i - 1]) {
                run++;
            } else {
                ties += Values.pairs(run);
                run = 1;
            }
        }
        return ties;
    }

    /**
     * Sorts {@code values} ascending with a bottom-up merge sort and returns the number of pairs i &lt; j with
     * values[i] &gt; values[j] (strictly: equal values are not exchanged, so y-ties are not counted).
     */
    private static long mergeSortCountingSwaps(int[] values) {
        int n = values.length;
        int[] source = values;
        int[] target = new int[n];
        long swaps = 0;
        for (int width = 1; width < n; width *= 2) {
            for (int low = 0; low < n; low += 2 * width) {
                int mid = Math.min(low + width, n);
                int high = Math.min(low + 2 * width, n);
                swaps += merge(source, target, low, mid, high);
            }
            int[] swap = source;
            source = target;
            target = swap;
        }
        if (source != values) {
            System.arraycopy(source, 0, values, 0, n);
        }
        return swaps;
    }

    /** Merges source[low, mid) and source[mid, high) into target; returns the exchanges needed. */
    private static long merge(int[] source, int[] target, int low, int mid, int high) {
        long swaps = 0;
        int left = low;
        int right = mid;
        for (int k = low; k < high; k++) {
            if (right >= high || (left < mid && source[left] <= source[right])) {
                target[k] = source[left++];
            } else {
                // source[right] jumps over every element still waiting on the left
                swaps += mid - left;
                target[k] = source[right++];
            }
        }
        return swaps;
    }
}
