package io.customerlens.analytics.stats;

import java.util.List;
import java.util.Objects;

/**
 * Rank correlations between two scores of the same items ({@code x[i]} and {@code y[i]} belong to item i), e.g.
 * two satisfaction models over one customer population.
 *
 * <p>Missing values: a pair with {@code NaN} on either side (or {@code null} in the list overloads) is dropped
 * before anything is computed; {@link Result#pairsUsed()} and {@link Result#pairsDropped()} say how many pairs
 * took part. The coefficient is {@code NaN} when fewer than 2 pairs remain or when x or y is constant over the
 * remaining pairs, since a correlation is then undefined. {@code -0.0} and {@code 0.0} count as tied.
 * Infinities are ordinary, extreme values (only their order matters).
 */
public final class RankCorrelation {

    /**
     * A correlation coefficient and the data it rests on.
     *
     * @param coefficient  the coefficient in [-1, 1], or {@code NaN} (see {@link RankCorrelation})
     * @param pairsUsed    pairs with a number on both sides
     * @param pairsDropped pairs dropped because of a {@code NaN} (or {@code null}) on either side
     */
    public record Result(double coefficient, int pairsUsed, int pairsDropped) {
    }

    private RankCorrelation() {
    }

    /**
     * Spearman's rho: the Pearson correlation of the mid-ranks (tied values share the average of their ranks),
     * which is the tie-corrected form of the coefficient.
     *
     * @throws IllegalArgumentException if x and y differ in length
     */
    public static Result spearman(double[] x, double[] y) {
        Pairs pairs = Pairs.complete(x, y);
        return pairs.result(spearmanRho(pairs.x(), pairs.y()));
    }

    /** {@link #spearman(double[], double[])} for lists; {@code null} elements count as missing. */
    public static Result spearman(List<? extends Number> x, List<? extends Number> y) {
        return spearman(Values.toArray(x, "x"), Values.toArray(y, "y"));
    }

    /**
     * Kendall's tau-b, (n_c − n_d) / sqrt((n0 − n1)(n0 − n2)) with n0 = n(n−1)/2 and n1, n2 the pairs tied in
     * x and in y; computed in O(n log n) with Knight's algorithm.
     *
     * @throws IllegalArgumentException if x and y differ in length
     */
    public static Result kendallTauB(double[] x, double[] y) {
        Pairs pairs = Pairs.complete(x, y);
        return pairs.result(KendallTauB.tauB(pairs.x(), pairs.y()));
    }

    /** {@link #kendallTauB(double[], double[])} for lists; {@code null} elements count as missing. */
    public static Result kendallTauB(List<? extends Number> x, List<? extends Number> y) {
        return kendallTauB(Values.toArray(x, "x"), Values.toArray(y, "y"));
    }

    /**
     * @return each value's percentile rank, 0 for the lowest to 1 for the highest, with mid-ranks for ties:
     *         (midRank − 1) / (n − 1); 0.5 for a single value. Values must not be NaN.
     */
    public static double[] percentileRanks(double[] values) {
        double[] ranks = Ranks.midRanks(values);
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = values.length == 1 ? 0.5 : (ranks[i] - 1) / (values.length - 1);
        }
        return ranks;
    }

    private static double spearmanRho(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double[] rx = Ranks.midRanks(x);
        double[] ry = Ranks.midRanks(y);
        // mid-ranks always sum to n(n+1)/2, so the mean rank is exactly (n+1)/2 whatever the ties
        double mean = (n + 1) / 2.0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = rx[i] - mean;
            double dy = ry[i] - mean;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        // rounding in the square root may overshoot by an ulp on perfect correlations
        return Math.max(-1.0, Math.min(1.0, sxy / Math.sqrt(sxx * syy)));
    }

    /** The pairs with a number on both sides, zeros normalised, and how many were dropped. */
    private record Pairs(double[] x, double[] y, int dropped) {

        static Pairs complete(double[] x, double[] y) {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
            if (x.length != y.length) {
                throw new IllegalArgumentException("x and y must have the same length (x: " + x.length + ", y: "
                        + y.length + ")");
            }
            int kept = 0;
            for (int i = 0; i < x.length; i++) {
                if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                    kept++;
                }
            }
            double[] keptX = new double[kept];
            double[] keptY = new double[kept];
            int k = 0;
            for (int i = 0; i < x.length; i++) {
                if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                    keptX[k] = Values.normalizeZero(x[i]);
                    keptY[k] = Values.normalizeZero(y[i]);
                    k++;
                }
            }
            return new Pairs(keptX, keptY, x.length - kept);
        }

        Result result(double coefficient) {
            return new Result(coefficient, x.length, dropped);
        }
    }
}
