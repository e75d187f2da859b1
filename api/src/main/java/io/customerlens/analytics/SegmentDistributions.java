package io.customerlens.analytics;

import io.customerlens.customer.CustomerFilter;
import io.customerlens.customer.OrderTotals;
import io.customerlens.scoring.BatchScoring.Choice;
import io.customerlens.scoring.ModelRef;
import io.customerlens.scoring.SegmentView;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.sdk.SegmentationModel;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** How a segmentation model splits a population. */
@Component
class SegmentDistributions {

    private static final Logger log = LoggerFactory.getLogger(SegmentDistributions.class);

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
        return segments(choice).stream()
                .sorted(Comparator.comparingInt(SegmentDefinition::rank).thenComparing(SegmentDefinition::code)).toList();
    }

    /**
     * @return the segments the model can assign under the choice's parameters (e.g. one RFM scheme's), or every
     *         segment of its descriptor when the model lists none of its own or lists codes it does not declare
     */
    private static List<SegmentDefinition> segments(Choice choice) {
        ModelDescriptor descriptor = choice.model().descriptor();
        if (!(choice.model().model() instanceof SegmentationModel model)) {
            return descriptor.segments();
        }
        Set<String> declared = descriptor.segments().stream().map(SegmentDefinition::code).collect(Collectors.toSet());
        try {
            List<SegmentDefinition> chosen = model.segments(Parameters.resolve(descriptor.parameters(), choice.params()));
            if (chosen != null && !chosen.isEmpty() && chosen.stream().allMatch(s -> declared.contains(s.code()))) {
                return chosen;
            }
            log.warn("Model '{}' lists segments its descriptor does not declare; its distributions list them all",
                    descriptor.id());
        } catch (RuntimeException | LinkageError e) {
            log.warn("Model '{}' could not list its segments ({}); its distributions list them all", descriptor.id(),
                    e.toString());
        }
        return descriptor.segments();
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
