package io.customerlens.analytics;

import io.customerlens.analytics.stats.Histogram;
import io.customerlens.analytics.stats.Summary;
import io.customerlens.customer.CustomerFilter;
import io.customerlens.scoring.BatchScoring.Choice;
import io.customerlens.scoring.ModelRef;
import io.customerlens.scoring.ScoreView;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Scale;
import io.customerlens.web.InputChecks;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.springframework.stereotype.Component;

/** The distribution of a satisfaction or loyalty score over a population. */
@Component
class ScoreDistributions {

    static final double[] PROBABILITIES = {0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95};

    /** The answer to {@code scoreDistribution}. */
    record ScoreDistribution(ModelRef model, int customers, int failed, int withValue, int noData, Double min,
                             Double max, Double mean, Double standardDeviation, List<QuantileValue> quantiles,
                             List<Histogram.Bin> histogram) {
    }

    /** A quantile at probability p. */
    record QuantileValue(double p, double value) {
    }

    private final PopulationScan scan;

    ScoreDistributions(PopulationScan scan) {
        this.scan = scan;
    }

    ScoreDistribution of(String model, Map<String, Object> params, CustomerFilter filter, Integer bins) {
        int binCount = bins == null ? 10 : bins;
        InputChecks.of("scoreDistribution").range(binCount, 1, Histogram.MAX_BINS, "bins").throwIfInvalid();
        Choice choice = Families.require(scan.choose(model, params), "model", ModelFamily.SATISFACTION, ModelFamily.LOYALTY);
        Values values = new Values();
        int[] failed = {0};
        int customers = scan.scan(filter, List.of(choice), scored -> {
            if (scored.results().get(0) instanceof ScoreView score) {
                values.add(score.value());
            } else {
                failed[0]++;
            }
        });
        double[] known = values.known();
        Summary summary = Summary.of(known);
        Scale scale = choice.model().descriptor().scale();
        return new ScoreDistribution(choice.reference(), customers, failed[0], known.length, values.noData,
                finite(summary.min()), finite(summary.max()), finite(summary.mean()), finite(summary.standardDeviation()),
                quantiles(summary), Histogram.of(known, binCount, scale.min(), scale.max()).bins());
    }

    static List<QuantileValue> quantiles(Summary summary) {
        return summary.count() == 0 ? List.of() : summary.quantiles(PROBABILITIES).stream()
                .map(q -> new QuantileValue(q.probability(), q.value())).toList();
    }

    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Collects score values, counting the customers without one. */
    static final class Values {
        private final DoubleStream.Builder values = DoubleStream.builder();
        int noData;

        void add(Double value) {
            if (value == null) {
                noData++;
            } else {
                values.add(value);
            }
        }

        /** @return the values collected; call once, when collecting is done */
        double[] known() {
            return values.build().toArray();
        }
    }
}
