package io.customerlens.analytics;

import io.customerlens.analytics.ModelComparisons.ModelChoiceInput;
import io.customerlens.customer.CustomerFilter;
import io.customerlens.security.Caller;
import io.customerlens.security.PersonalDataAccess;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Population views for analysts (role analyst, see the schema). */
@Controller
class AnalyticsController {

    private final SegmentDistributions segments;
    private final ScoreDistributions scores;
    private final ModelComparisons comparisons;

    AnalyticsController(SegmentDistributions segments, ScoreDistributions scores, ModelComparisons comparisons) {
        this.segments = segments;
        this.scores = scores;
        this.comparisons = comparisons;
    }

    @QueryMapping
    SegmentDistributions.SegmentDistribution segmentDistribution(@Argument String model,
                                                                 @Argument Map<String, Object> params,
                                                                 @Argument CustomerFilter filter,
                                                                 @ContextValue(name = Caller.CONTEXT_KEY) Caller caller) {
        checkFilter(filter, caller, "segmentDistribution");
        return segments.of(model, params, filter);
    }

    @QueryMapping
    ScoreDistributions.ScoreDistribution scoreDistribution(@Argument String model, @Argument Map<String, Object> params,
                                                           @Argument CustomerFilter filter, @Argument Integer bins,
                                                           @ContextValue(name = Caller.CONTEXT_KEY) Caller caller) {
        checkFilter(filter, caller, "scoreDistribution");
        return scores.of(model, params, filter, bins);
    }

    @QueryMapping
    ModelComparisons.ModelComparison compareModels(@Argument ModelChoiceInput a, @Argument ModelChoiceInput b,
                                                   @Argument CustomerFilter filter, @Argument Integer sample,
                                                   @ContextValue(name = Caller.CONTEXT_KEY) Caller caller) {
        checkFilter(filter, caller, "compareModels");
        return comparisons.compare(a, b, filter, sample);
    }

    private static void checkFilter(CustomerFilter filter, Caller caller, String query) {
        PersonalDataAccess.requireForTextSearch(caller, filter == null ? null : filter.text(), query + "(filter.text)");
    }
}
