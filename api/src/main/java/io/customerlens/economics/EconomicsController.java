package io.customerlens.economics;

import io.customerlens.customer.CustomerFilter;
import io.customerlens.security.Caller;
import io.customerlens.security.PersonalDataAccess;
import io.customerlens.web.PopulationWork;
import graphql.GraphQLContext;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Tier economics for analysts, run as {@link PopulationWork}; service costs set by admins. */
@Controller
class EconomicsController {

    private final TierEconomics economics;
    private final TierEconomicsChange change;
    private final CostSheets costs;
    private final PopulationWork work;

    EconomicsController(TierEconomics economics, TierEconomicsChange change, CostSheets costs, PopulationWork work) {
        this.economics = economics;
        this.change = change;
        this.costs = costs;
        this.work = work;
    }

    @QueryMapping
    CompletableFuture<TierEconomics.Result> tierEconomics(@Argument String model, @Argument Map<String, Object> params,
                                                          @Argument CustomerFilter filter, @Argument Integer lookbackDays,
                                                          @ContextValue(name = Caller.CONTEXT_KEY) Caller caller,
                                                          GraphQLContext context) {
        PersonalDataAccess.requireForTextSearch(caller, filter == null ? null : filter.text(), "tierEconomics(filter.text)");
        return work.submit(Caller.nameOf(caller), context, () -> economics.of(model, params, filter, lookbackDays));
    }

    @QueryMapping
    CompletableFuture<TierEconomicsChange.Result> tierEconomicsChange(@Argument String model,
                                                                      @Argument Map<String, Object> params,
                                                                      @Argument String from, @Argument String to,
                                                                      @Argument Integer lookbackDays,
                                                                      @ContextValue(name = Caller.CONTEXT_KEY) Caller caller,
                                                                      GraphQLContext context) {
        return work.submit(Caller.nameOf(caller), context, () -> change.between(model, params, from, to, lookbackDays));
    }

    @QueryMapping
    CostSheet serviceCosts(@Argument String model) {
        return costs.of(costs.segmentation(model, "model").id());
    }

    @MutationMapping
    CostSheet setServiceCosts(@Argument ServiceCostsInput input,
                              @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return costs.save(input, Caller.nameOf(caller));
    }
}
