package io.customerlens.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How well a score sorts customers by what they did next: the area under the ROC curve for a yes/no outcome, and a
 * gains table by score group for an amount.
 */
public final class Discrimination {

    private Discrimination() {
    }

    /**
     * The area under the ROC curve by the Mann-Whitney statistic with mid-ranks for ties: the probability that a
     * customer with the outcome scores above one without it, ties counting one half. 0.5 is chance, 1 a perfect sort.
     * Gini = 2 AUC − 1.
     *
     * @param scores   one score a customer, NaN for none (dropped)
     * @param outcomes whether each customer had the outcome (e.g. bought again)
     * @return the AUC, or NaN without customers on both sides
     */
    public static double auc(double[] scores, boolean[] outcomes) {
        if (scores.length != outcomes.length) {
            throw new IllegalArgumentException("scores and outcomes differ in length");
        }
        int[] kept = IntStream.range(0, scores.length).filter(i -> !Double.isNaN(scores[i])).toArray();
        double[] ranks = Ranks.midRanks(Arrays.stream(kept).mapToDouble(i -> scores[i]).toArray());
        double positiveRanks = 0;
        long positives = 0;
        for (int k = 0; k < kept.length; k++) {
            if (outcomes[kept[k]]) {
                positiveRanks += ranks[k];
                positives++;
            }
        }
        long negatives = kept.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double u = positiveRanks - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }

    /**
     * One group of a gains table.
     *
     * @param group            1 for the highest scores
     * @param customers        customers in the group
     * @param outcome          their summed outcome (e.g. holdout spend)
     * @param cumulativeShare  share of the whole outcome captured by this and the higher groups (the gains curve)
     * @param lift             the group's outcome per customer over the population's
     */
    public record Gain(int group, int customers, double outcome, double cumulativeShare, double lift) {
    }

    /**
     * Sorts customers by score, highest first (ties in input order), splits them into {@code groups} groups whose
     * sizes differ by at most one (fewer groups when there are fewer customers), and sums the outcome of each.
     * Customers without a score are left out.
     *
     * @return the groups, highest scores first; empty without scored customers
     */
    public static List<Gain> gains(double[] scores, double[] outcomes, int groups) {
        if (scores.length != outcomes.length) {
            throw new IllegalArgumentException("scores and outcomes differ in length");
        }
        if (groups < 1) {
            throw new IllegalArgumentException("groups must be at least 1, got " + groups);
        }
        Integer[] order = IntStream.range(0, scores.length).filter(i -> !Double.isNaN(scores[i])).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed()).toArray(Integer[]::new);
        int n = order.length;
        double total = Arrays.stream(order).mapToDouble(i -> outcomes[i]).sum();
        double perCustomer = n == 0 ? Double.NaN : total / n;
        List<Gain> table = new ArrayList<>();
        double cumulative = 0;
        int used = Math.min(groups, n);
        for (int g = 0; g < used; g++) {
            int from = (int) ((long) g * n / used);
            int to = (int) ((long) (g + 1) * n / used);
            double outcome = 0;
            for (int k = from; k < to; k++) {
                outcome += outcomes[order[k]];
            }
            cumulative += outcome;
            table.add(new Gain(g + 1, to - from, outcome, total == 0 ? Double.NaN : cumulative / total,
                    perCustomer == 0 ? Double.NaN : outcome / (to - from) / perCustomer));
        }
        return table;
    }
}
