package io.customerlens.analytics;

import io.customerlens.analytics.ModelComparisons.ModelChoiceInput;
import io.customerlens.customer.CustomerFilter;
import io.customerlens.security.Caller;
import io.customerlens.security.PersonalDataAccess;
import io.customerlens.web.PopulationWork;
import graphql.GraphQLContext;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Population views for analysts (role analyst, see the schema), run as {@link PopulationWork}. */
@Controller
class AnalyticsController {

    private final SegmentDistributions segments;
    private final ScoreDistributions scores;
    private final ModelComparisons comparisons;
    private final PopulationWork work;

    AnalyticsController(SegmentDistributions segments, ScoreDistributions scores, ModelComparisons comparisons,
                        PopulationWork work) {
        this.segments = segments;
        this.scores = scores;
        this.comparisons = comparisons;
        this.work = work;
    }

    @QueryMapping
    CompletableFuture<SegmentDistributions.SegmentDistribution> segmentDistribution(@Argument String model,
                                                                 @Argument Map<String, Object> params,
                                                                 @Argument CustomerFilter filter,
                                                                 @ContextValue(name = Caller.CONTEXT_KEY) Caller caller,
            GraphQLContext context) {
        checkFilter(filter, caller, "segmentDistribution");
        return work.submit(Caller.nameOf(caller), context, () -> segments.of(model, params, filter));
    }

    @QueryMapping
    CompletableFuture<ScoreDistributions.ScoreDistribution> scoreDistribution(@Argument String model, @Argument Map<String, Object> params,
                                                           @Argument CustomerFilter filter, @Argument Integer bins,
                                                           @ContextValue(name = Caller.CONTEXT_KEY) Caller caller,
            GraphQLContext context) {
        checkFilter(filter, caller, "scoreDistribution");
        return work.submit(Caller.nameOf(caller), context, () -> scores.of(model, params, filter, bins));
    }

    @QueryMapping
    CompletableFuture<ModelComparisons.ModelComparison> compareModels(@Argument ModelChoiceInput a, @Argument ModelChoiceInput b,
                                                   @Argument CustomerFilter filter, @Argument Integer sample,
                                                   @ContextValue(name = Caller.CONTEXT_KEY) Caller caller,
            GraphQLContext context) {
        checkFilter(filter, caller, "compareModels");
        return work.submit(Caller.nameOf(caller), context, () -> comparisons.compare(a, b, filter, sample));
    }

    private static void checkFilter(CustomerFilter filter, Caller caller, String query) {
        PersonalDataAccess.requireForTextSearch(caller, filter == null ? null : filter.text(), query + "(filter.text)");
    }
}
