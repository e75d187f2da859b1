package io.customerlens.analytics;

import io.customerlens.analytics.ScoreDistributions.QuantileValue;
import io.customerlens.analytics.ScoreDistributions.Values;
import io.customerlens.analytics.stats.Agreement;
import io.customerlens.analytics.stats.ContingencyTable;
import io.customerlens.analytics.stats.Summary;
import io.customerlens.customer.CustomerFilter;
import io.customerlens.scoring.BatchScoring.Choice;
import io.customerlens.scoring.ModelRef;
import io.customerlens.scoring.ScoreView;
import io.customerlens.scoring.SegmentView;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.web.InputChecks;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Two models over the same customers: agreement of two segmentations, or a score per segment. */
@Component
class ModelComparisons {

    enum ComparisonKind { SEGMENTS, SCORES, SEGMENT_AND_SCORE }

    /** A model chosen in the query. */
    record ModelChoiceInput(String model, Map<String, Object> params) {
    }

    /** The answer to {@code compareModels}; only the part for its kind is set. */
    record ModelComparison(ComparisonKind kind, ModelRef a, ModelRef b, int customers, int failed,
                           SegmentAgreement agreement, ScoreCorrelations.Correlation correlation,
                           List<SegmentScores> scoreBySegment) {
    }

    record SegmentLabel(String code, String label) {
    }

    /** The contingency table of two segmentations and how far they agree. */
    record SegmentAgreement(List<SegmentLabel> rows, List<SegmentLabel> columns, List<List<Long>> counts,
                            Double agreementRate, Double kappa, Double adjustedRandIndex, Double cramersV,
                            boolean sameCodes) {
    }

    /** A score's distribution within one segment. */
    record SegmentScores(String code, String label, int rank, int count, Double mean, List<QuantileValue> quantiles) {
    }

    private final PopulationScan scan;
    private final ScoreCorrelations correlations;

    ModelComparisons(PopulationScan scan, ScoreCorrelations correlations) {
        this.scan = scan;
        this.correlations = correlations;
    }

    ModelComparison compare(ModelChoiceInput a, ModelChoiceInput b, CustomerFilter filter, Integer sample) {
        int sampleSize = sample == null ? 200 : sample;
        InputChecks.of("compareModels").range(sampleSize, 0, 1000, "sample").throwIfInvalid();
        Choice first = scan.choose(a.model(), a.params());
        Choice second = scan.choose(b.model(), b.params());
        boolean firstSegments = first.family() == ModelFamily.SEGMENTATION;
        boolean secondSegments = second.family() == ModelFamily.SEGMENTATION;
        if (firstSegments && secondSegments) {
            return segments(first, second, filter);
        }
        if (!firstSegments && !secondSegments) {
            return correlations.compare(first, second, filter, sampleSize);
        }
        return scoreBySegment(first, second, firstSegments ? 0 : 1, filter);
    }

    private ModelComparison segments(Choice a, Choice b, CustomerFilter filter) {
        List<SegmentDefinition> rows = SegmentDistributions.segmentsByRank(a);
        List<SegmentDefinition> columns = SegmentDistributions.segmentsByRank(b);
        ContingencyTable table = ContingencyTable.ordered(codes(rows), codes(columns));
        int[] failed = {0};
        int customers = scan.scan(filter, List.of(a, b), scored -> {
            if (scored.results().get(0) instanceof SegmentView first && scored.results().get(1) instanceof SegmentView second) {
                table.add(first.code(), second.code());
            } else {
                failed[0]++;
            }
        });
        Agreement agreement = Agreement.of(table);
        // Agreement rate and kappa read the diagonal literally: they mean something only when both models use one
        // set of codes (e.g. one model under two parameter sets), not when two schemes happen to share a code.
        boolean sameCodes = new HashSet<>(codes(rows)).equals(new HashSet<>(codes(columns)));
        boolean comparableCodes = sameCodes && table.total() > 0;
        List<List<Long>> counts = rows.stream().map(row -> columns.stream()
                .map(column -> table.count(row.code(), column.code())).toList()).toList();
        return new ModelComparison(ComparisonKind.SEGMENTS, a.reference(), b.reference(), customers, failed[0],
                new SegmentAgreement(labels(rows), labels(columns), counts,
                        comparableCodes ? agreement.observedAgreement() : null,
                        comparableCodes ? ScoreDistributions.finite(agreement.kappa()) : null,
                        ScoreDistributions.finite(agreement.adjustedRandIndex()),
                        ScoreDistributions.finite(agreement.cramersV()), sameCodes), null, null);
    }

    private ModelComparison scoreBySegment(Choice a, Choice b, int segmentation, CustomerFilter filter) {
        Choice segmenter = segmentation == 0 ? a : b;
        List<SegmentDefinition> segments = SegmentDistributions.segmentsByRank(segmenter);
        Map<String, Values> values = new LinkedHashMap<>();
        segments.forEach(segment -> values.put(segment.code(), new Values()));
        int[] failed = {0};
        int customers = scan.scan(filter, List.of(a, b), scored -> {
            Object segment = scored.results().get(segmentation);
            Object score = scored.results().get(1 - segmentation);
            if (segment instanceof SegmentView view && score instanceof ScoreView value) {
                values.get(view.code()).add(value.value());
            } else {
                failed[0]++;
            }
        });
        List<SegmentScores> bySegment = segments.stream().map(segment -> {
            Summary summary = Summary.of(values.get(segment.code()).known());
            return new SegmentScores(segment.code(), segment.label(), segment.rank(), summary.count(),
                    ScoreDistributions.finite(summary.mean()), ScoreDistributions.quantiles(summary));
        }).toList();
        return new ModelComparison(ComparisonKind.SEGMENT_AND_SCORE, a.reference(), b.reference(), customers,
                failed[0], null, null, bySegment);
    }

    private static List<String> codes(List<SegmentDefinition> segments) {
        return segments.stream().map(SegmentDefinition::code).toList();
    }

    private static List<SegmentLabel> labels(List<SegmentDefinition> segments) {
        return segments.stream().map(segment -> new SegmentLabel(segment.code(), segment.label())).toList();
    }
}
