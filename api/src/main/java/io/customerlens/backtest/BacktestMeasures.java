package io.customerlens.backtest;

import io.customerlens.analytics.stats.Discrimination;
import io.customerlens.analytics.stats.RankCorrelation;
import io.customerlens.backtest.Backtest.ConditionalExpectation;
import io.customerlens.backtest.Backtest.GainPoint;
import io.customerlens.backtest.Backtest.ModelResult;
import io.customerlens.backtest.Backtest.Prediction;
import io.customerlens.backtest.Backtest.SegmentResult;
import io.customerlens.scoring.BatchScoring;
import io.customerlens.scoring.PastScoring.PastChoice;
import io.customerlens.scoring.ScoreView;
import io.customerlens.scoring.SegmentView;
import io.customerlens.sdk.Component;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.SegmentDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** One model's backtest figures from its results and what the customers did in the holdout. */
final class BacktestMeasures {

    /** Rows of the conditional-expectation table: 0 to this many repeat purchases, the last with all above. */
    static final int TABLE_ROWS = 8;
    private static final double TOP_SHARE = 0.2;

    private BacktestMeasures() {
    }

    /**
     * @param results one per customer of the population, in its order: a SegmentView, ScoreView or Failure
     */
    static ModelResult of(PastChoice choice, List<PastCustomer> population, List<Object> results, long holdoutDays) {
        List<PastCustomer> scored = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        int noData = 0;
        int failed = 0;
        for (int i = 0; i < population.size(); i++) {
            Object result = results.get(i);
            if (result instanceof BatchScoring.Failure) {
                failed++;
            } else if (result instanceof ScoreView score && score.value() == null) {
                noData++;
            } else {
                scored.add(population.get(i));
                values.add(result);
            }
        }
        double[] score = values.stream().mapToDouble(BacktestMeasures::rankable).toArray();
        double[] purchases = scored.stream().mapToDouble(PastCustomer::holdoutPurchases).toArray();
        double[] spend = scored.stream().mapToDouble(PastCustomer::holdoutSpend).toArray();
        boolean[] bought = new boolean[scored.size()];
        IntStream.range(0, bought.length).forEach(i -> bought[i] = scored.get(i).boughtAgain());

        double auc = Discrimination.auc(score, bought);
        boolean segmentation = choice.family() == ModelFamily.SEGMENTATION;
        List<SegmentResult> segments = segmentation ? segments(choice, scored, values) : null;
        List<GainPoint> gains = segmentation ? segmentGains(segments, scored.size()) : decileGains(score, spend);
        List<String> notes = new ArrayList<>();
        Prediction prediction = prediction(choice, scored, values, holdoutDays, notes);
        if (auc < 0.5) {
            notes.add("ranks below chance for buying again (AUC " + String.format(java.util.Locale.ROOT, "%.3f", auc)
                    + "): its higher values went with fewer repurchases in this holdout");
        }
        if (failed > 0) {
            notes.add(failed + " customers left out: the model failed on them");
        }
        return new ModelResult(choice.reference(), choice.family(), scored.size(), noData, failed, finite(auc),
                finite(2 * auc - 1), finite(RankCorrelation.spearman(score, purchases).coefficient()),
                finite(RankCorrelation.spearman(score, spend).coefficient()), finite(topShare(score, spend, TOP_SHARE)),
                gains, segments, prediction, notes);
    }

    /** A segment ranks by its rank, 1 the most valuable: higher is better, as for a score. */
    private static double rankable(Object result) {
        return result instanceof SegmentView segment ? -segment.rank() : ((ScoreView) result).value();
    }

    /**
     * The share of the outcome made by the top {@code share} of customers by score. Tied scores straddling the cut
     * count in proportion, the expected share when ties are ordered at random.
     */
    static double topShare(double[] score, double[] outcome, double share) {
        double total = Arrays.stream(outcome).sum();
        if (score.length == 0 || total == 0) {
            return Double.NaN;
        }
        Integer[] order = IntStream.range(0, score.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> score[i]).reversed()).toArray(Integer[]::new);
        double wanted = share * score.length;
        double taken = 0;
        int from = 0;
        while (from < order.length && from < wanted) {
            int to = from;
            double tied = 0;
            while (to < order.length && score[order[to]] == score[order[from]]) {
                tied += outcome[order[to]];
                to++;
            }
            taken += tied * Math.min(1, (wanted - from) / (to - from));
            from = to;
        }
        return taken / total;
    }

    private static List<SegmentResult> segments(PastChoice choice, List<PastCustomer> scored, List<Object> values) {
        double population = scored.size();
        double rate = scored.stream().filter(PastCustomer::boughtAgain).count() / population;
        double spendTotal = scored.stream().mapToDouble(PastCustomer::holdoutSpend).sum();
        List<SegmentResult> rows = new ArrayList<>();
        for (SegmentDefinition segment : choice.model().segmentsByRank(choice.reference().params())) {
            List<PastCustomer> in = IntStream.range(0, scored.size())
                    .filter(i -> ((SegmentView) values.get(i)).code().equals(segment.code()))
                    .mapToObj(scored::get).toList();
            int n = in.size();
            double spend = in.stream().mapToDouble(PastCustomer::holdoutSpend).sum();
            Double segmentRate = n == 0 ? null : in.stream().filter(PastCustomer::boughtAgain).count() / (double) n;
            Double spendPerCustomer = n == 0 ? null : spend / n;
            rows.add(new SegmentResult(segment.code(), segment.label(), segment.rank(), n,
                    population == 0 ? 0 : n / population, segmentRate,
                    n == 0 ? null : in.stream().mapToInt(PastCustomer::holdoutPurchases).sum() / (double) n,
                    spendPerCustomer, spendTotal == 0 ? 0 : spend / spendTotal,
                    segmentRate == null || rate == 0 ? null : segmentRate / rate,
                    spendPerCustomer == null || spendTotal == 0 ? null : spendPerCustomer / (spendTotal / population)));
        }
        return rows;
    }

    private static List<GainPoint> segmentGains(List<SegmentResult> segments, int customers) {
        List<GainPoint> points = new ArrayList<>();
        double customerShare = 0;
        double spendShare = 0;
        for (SegmentResult segment : segments) {
            if (segment.customers() == 0) {
                continue;
            }
            customerShare += (double) segment.customers() / customers;
            spendShare += segment.spendShare();
            points.add(new GainPoint(segment.code(), segment.customers(), customerShare, spendShare,
                    segment.spendLift()));
        }
        return points;
    }

    private static List<GainPoint> decileGains(double[] score, double[] spend) {
        double customers = score.length;
        double[] covered = {0};
        return Discrimination.gains(score, spend, 10).stream().map(gain -> {
            covered[0] += gain.customers();
            return new GainPoint("decile " + gain.group(), gain.customers(), covered[0] / customers,
                    Double.isNaN(gain.cumulativeShare()) ? 0 : gain.cumulativeShare(), finite(gain.lift()));
        }).toList();
    }

    /** Forecast against actual purchases, over the customers with an order in calibration. */
    private static Prediction prediction(PastChoice choice, List<PastCustomer> scored, List<Object> values,
                                         long holdoutDays, List<String> notes) {
        List<PastCustomer> compared = new ArrayList<>();
        List<Double> forecast = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Double expected = expectedPurchases(values.get(i));
            if (expected != null && scored.get(i).calibrationRepeats() >= 0) {
                compared.add(scored.get(i));
                forecast.add(expected);
            }
        }
        if (compared.isEmpty()) {
            return null;
        }
        double horizonDays = ForecastHorizon.days(choice.reference().params());
        if (Double.isNaN(horizonDays) || Math.abs(horizonDays - holdoutDays) > ForecastHorizon.TOLERANCE * holdoutDays) {
            notes.add("forecast not compared: it covers " + (Double.isNaN(horizonDays) ? "an unknown horizon"
                    : Math.round(horizonDays) + " days") + ", the holdout " + holdoutDays + " days; leave its horizon "
                    + "parameter out to have it set to the holdout");
            return null;
        }
        double[][] rows = new double[TABLE_ROWS][3]; // customers, actual, predicted
        double predictedTotal = 0;
        long actualTotal = 0;
        double absoluteErrors = 0;
        for (int i = 0; i < compared.size(); i++) {
            PastCustomer customer = compared.get(i);
            double predicted = forecast.get(i);
            double[] row = rows[Math.min(TABLE_ROWS - 1, customer.calibrationRepeats())];
            row[0]++;
            row[1] += customer.holdoutPurchases();
            row[2] += predicted;
            predictedTotal += predicted;
            actualTotal += customer.holdoutPurchases();
            absoluteErrors += Math.abs(predicted - customer.holdoutPurchases());
        }
        List<ConditionalExpectation> table = new ArrayList<>();
        for (int x = 0; x < TABLE_ROWS; x++) {
            if (rows[x][0] > 0) {
                table.add(new ConditionalExpectation(x, x == TABLE_ROWS - 1, (int) rows[x][0], rows[x][1] / rows[x][0],
                        rows[x][2] / rows[x][0]));
            }
        }
        double[] predicted = forecast.stream().mapToDouble(Double::doubleValue).toArray();
        double[] actual = compared.stream().mapToDouble(PastCustomer::holdoutPurchases).toArray();
        boolean[] bought = new boolean[actual.length];
        IntStream.range(0, actual.length).forEach(i -> bought[i] = actual[i] > 0);
        return new Prediction(horizonDays, compared.size(), predictedTotal, actualTotal,
                absoluteErrors / compared.size(), finite(Discrimination.auc(predicted, bought)),
                finite(RankCorrelation.spearman(predicted, actual).coefficient()), table);
    }

    private static Double expectedPurchases(Object result) {
        List<Component> components = result instanceof ScoreView score ? score.components()
                : ((SegmentView) result).components();
        return components.stream().filter(c -> c.name().equals(ForecastHorizon.EXPECTED_PURCHASES))
                .map(Component::value).findFirst().orElse(null);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
