package io.customerlens.analytics.stats;

import java.util.Arrays;

/**
 * Deliberately naive O(n²) implementations straight from the textbook definitions, used only as oracles for
 * the fast implementations. They share no code with the main classes.
 */
final class ReferenceStatistics {

    /** A coefficient and the number of complete pairs it used. */
    record Reference(double coefficient, int pairs) {
    }

    private ReferenceStatistics() {
    }

    /**
     * Kendall's tau-b by classifying every pair: tau_b = (n_c − n_d) / sqrt((n0 − n1)(n0 − n2)), where
     * n0 − n1 counts the pairs not tied in x (n_c + n_d + tied in y only) and n0 − n2 those not tied in y.
     */
    static Reference kendallTauB(double[] xs, double[] ys) {
        double[][] pairs = completePairs(xs, ys);
        double[] x = pairs[0];
        double[] y = pairs[1];
        long concordant = 0;
        long discordant = 0;
        long tiedInXOnly = 0;
        long tiedInYOnly = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                // == treats -0.0 and 0.0 as equal
                boolean xTied = x[i] == x[j];
                boolean yTied = y[i] == y[j];
                if (xTied && !yTied) {
                    tiedInXOnly++;
                } else if (yTied && !xTied) {
                    tiedInYOnly++;
                } else if (!xTied) {
                    if ((x[i] < x[j]) == (y[i] < y[j])) {
                        concordant++;
                    } else {
                        discordant++;
                    }
                }
            }
        }
        double notTiedInX = concordant + discordant + tiedInYOnly;
        double notTiedInY = concordant + discordant + tiedInXOnly;
        double denominator = Math.sqrt(notTiedInX * notTiedInY);
        double tau = denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
        return new Reference(tau, x.length);
    }

    /** Spearman's rho as the Pearson correlation of mid-ranks found by counting smaller and equal values. */
    static Reference spearman(double[] xs, double[] ys) {
        double[][] pairs = completePairs(xs, ys);
        double[] rx = midRanks(pairs[0]);
        double[] ry = midRanks(pairs[1]);
        int n = rx.length;
        if (n < 2) {
            return new Reference(Double.NaN, n);
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += rx[i] / n;
            meanY += ry[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (rx[i] - meanX) * (ry[i] - meanY);
            sxx += (rx[i] - meanX) * (rx[i] - meanX);
            syy += (ry[i] - meanY) * (ry[i] - meanY);
        }
        // a constant variable leaves only rounding noise in its sum of squares
        boolean constant = sxx < 1e-9 || syy < 1e-9;
        return new Reference(constant ? Double.NaN : sxy / Math.sqrt(sxx * syy), n);
    }

    /** rank_i = (values below v_i) + (values equal to v_i, itself included, + 1) / 2. */
    private static double[] midRanks(double[] values) {
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int below = 0;
            int equal = 0;
            for (double other : values) {
                if (other < values[i]) {
                    below++;
                } else if (other == values[i]) {
                    equal++;
                }
            }
            ranks[i] = below + (equal + 1) / 2.0;
        }
        return ranks;
    }

    private static double[][] completePairs(double[] xs, double[] ys) {
        int kept = 0;
        double[] x = new double[xs.length];
        double[] y = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isNaN(xs[i]) && !Double.isNaN(ys[i])) {
                x[kept] = xs[i];
                y[kept] = ys[i];
                kept++;
            }
        }
        return new double[][] {Arrays.copyOf(x, kept), Arrays.copyOf(y, kept)};
    }
}
