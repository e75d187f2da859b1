package io.customerlens.analytics;

import io.customerlens.customer.CustomerFilter;
import io.customerlens.customer.OrderTotals;
import io.customerlens.scoring.BatchScoring.Choice;
import io.customerlens.scoring.ModelRef;
import io.customerlens.scoring.SegmentView;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.SegmentDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** How a segmentation model splits a population. */
@Component
class SegmentDistributions {

    /** The answer to {@code segmentDistribution}. */
    record SegmentDistribution(ModelRef model, int customers, int failed, List<SegmentShare> segments) {
    }

    /** One segment's share of the scored customers and their mean spend and orders. */
    record SegmentShare(String code, String label, int rank, int count, double share, Double meanSpend,
                        Double meanOrders) {
    }

    private final PopulationScan scan;

    SegmentDistributions(PopulationScan scan) {
        this.scan = scan;
    }

    SegmentDistribution of(String model, Map<String, Object> params, CustomerFilter filter) {
        Choice choice = Families.require(scan.choose(model, params), "model", ModelFamily.SEGMENTATION);
        List<SegmentDefinition> segments = segmentsByRank(choice);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        segments.forEach(segment -> tallies.put(segment.code(), new Tally()));
        int[] failed = {0};
        int customers = scan.scan(filter, List.of(choice), scored -> {
            if (scored.results().get(0) instanceof SegmentView segment) {
                tallies.get(segment.code()).add(scored.customer().orderSummary());
            } else {
                failed[0]++;
            }
        });
        int scoredCount = customers - failed[0];
        List<SegmentShare> shares = segments.stream().map(segment -> {
            Tally tally = tallies.get(segment.code());
            return new SegmentShare(segment.code(), segment.label(), segment.rank(), tally.count,
                    scoredCount == 0 ? 0 : (double) tally.count / scoredCount, tally.mean(tally.spend),
                    tally.mean(tally.orders));
        }).toList();
        return new SegmentDistribution(choice.reference(), customers, failed[0], shares);
    }

    static List<SegmentDefinition> segmentsByRank(Choice choice) {
        return choice.model().segmentsByRank(choice.params());
    }

    private static final class Tally {
        int count;
        double spend;
        double orders;

        void add(OrderTotals summary) {
            count++;
            spend += summary.total().doubleValue();
            orders += summary.count();
        }

        Double mean(double sum) {
            return count == 0 ? null : sum / count;
        }
    }
}
