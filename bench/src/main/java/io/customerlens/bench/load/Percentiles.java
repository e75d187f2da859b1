package io.customerlens.bench.load;

import java.util.Arrays;
import java.util.List;

/**
 * Latency percentiles in milliseconds by the nearest-rank method: the p-th percentile is the smallest recorded value
 * with at least p% of the values at or below it.
 *
 * @param count how many values
 * @param p50   median
 * @param p95   95th percentile
 * @param p99   99th percentile
 * @param max   the largest value
 */
public record Percentiles(long count, double p50, double p95, double p99, double max) {

    /**
     * @param nanos latencies in nanoseconds, one array per client
     * @return their percentiles; all 0 when there are none
     */
    public static Percentiles of(List<long[]> nanos) {
        long[] all = nanos.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (all.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        return new Percentiles(all.length, rank(all, 50), rank(all, 95), rank(all, 99), all[all.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
