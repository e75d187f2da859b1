package io.customerlens.analytics;

import io.customerlens.analytics.ModelComparisons.ComparisonKind;
import io.customerlens.analytics.ModelComparisons.ModelComparison;
import io.customerlens.analytics.stats.RankCorrelation;
import io.customerlens.customer.CustomerFilter;
import io.customerlens.scoring.BatchScoring.Choice;
import io.customerlens.scoring.ScoreView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/** Two scores over the same customers: rank correlations, a scatter sample and the largest disagreements. */
@Component
class ScoreCorrelations {

    static final int DISAGREEMENTS = 10;

    /** How far two scores rank the customers alike. */
    record Correlation(int pairs, Double spearman, Double kendall, List<ScorePair> scatter, List<ScorePair> disagreements) {
    }

    /** One customer's values and percentile ranks under both models. */
    record ScorePair(String customerId, double a, double b, double rankA, double rankB) {
        double gap() {
            return Math.abs(rankA - rankB);
        }
    }

    private final PopulationScan scan;

    ScoreCorrelations(PopulationScan scan) {
        this.scan = scan;
    }

    ModelComparison compare(Choice a, Choice b, CustomerFilter filter, int sample) {
        List<String> ids = new ArrayList<>();
        ScoreDistributions.Values first = new ScoreDistributions.Values();
        ScoreDistributions.Values second = new ScoreDistributions.Values();
        int[] failed = {0};
        int customers = scan.scan(filter, List.of(a, b), scored -> {
            if (scored.results().get(0) instanceof ScoreView x && scored.results().get(1) instanceof ScoreView y) {
                if (x.value() != null && y.value() != null) {
                    ids.add(scored.customer().id());
                    first.add(x.value());
                    second.add(y.value());
                }
            } else {
                failed[0]++;
            }
        });
        double[] x = first.known();
        double[] y = second.known();
        List<ScorePair> pairs = pairs(ids, x, y);
        Correlation correlation = new Correlation(x.length,
                ScoreDistributions.finite(RankCorrelation.spearman(x, y).coefficient()),
                ScoreDistributions.finite(RankCorrelation.kendallTauB(x, y).coefficient()),
                spread(pairs, sample),
                pairs.stream().sorted(Comparator.comparingDouble(ScorePair::gap).reversed()
                        .thenComparing(ScorePair::customerId)).limit(DISAGREEMENTS).toList());
        return new ModelComparison(ComparisonKind.SCORES, a.reference(), b.reference(), customers, failed[0], null,
                correlation, null);
    }

    private static List<ScorePair> pairs(List<String> ids, double[] x, double[] y) {
        if (x.length == 0) {
            return List.of();
        }
        double[] rankX = RankCorrelation.percentileRanks(x);
        double[] rankY = RankCorrelation.percentileRanks(y);
        return IntStream.range(0, x.length).mapToObj(i -> new ScorePair(ids.get(i), x[i], y[i], rankX[i], rankY[i])).toList();
    }

    /** Up to {@code sample} pairs at evenly spaced positions, so the scatter covers the whole population. */
    private static List<ScorePair> spread(List<ScorePair> pairs, int sample) {
        if (pairs.size() <= sample) {
            return pairs;
        }
        return IntStream.range(0, sample).mapToObj(i -> pairs.get((int) ((long) i * pairs.size() / sample))).toList();
    }
}
