package io.customerlens.analytics;

import java.util.List;

/** Rank correlations by their textbook definitions, pair by pair, to check the server's against. */
final class ReferenceRanks {

    private ReferenceRanks() {
    }

    /** Kendall's tau-b = (concordant − discordant) / √((n0 − ties in x)(n0 − ties in y)), over every pair. */
    static double kendallTauB(List<Double> x, List<Double> y) {
        long concordant = 0;
        long discordant = 0;
        long tiesX = 0;
        long tiesY = 0;
        int n = x.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int dx = Double.compare(x.get(i), x.get(j));
                int dy = Double.compare(y.get(i), y.get(j));
                if (dx == 0) {
                    tiesX++;
                }
                if (dy == 0) {
                    tiesY++;
                }
                if (dx * dy > 0) {
                    concordant++;
                } else if (dx * dy < 0) {
                    discordant++;
                }
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        return (concordant - discordant) / Math.sqrt((double) (pairs - tiesX) * (pairs - tiesY));
    }

    /** Spearman's rho = Pearson correlation of the mid-ranks (1 + values below + half the other equal values). */
    static double spearman(List<Double> x, List<Double> y) {
        double[] rx = midRanks(x);
        double[] ry = midRanks(y);
        double mx = mean(rx);
        double my = mean(ry);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < rx.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double[] midRanks(List<Double> values) {
        double[] ranks = new double[values.size()];
        for (int i = 0; i < ranks.length; i++) {
            int below = 0;
            int equal = 0;
            for (Double other : values) {
                below += other < values.get(i) ? 1 : 0;
                equal += other.equals(values.get(i)) ? 1 : 0;
            }
            ranks[i] = 1 + below + (equal - 1) / 2.0;
        }
        return ranks;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
