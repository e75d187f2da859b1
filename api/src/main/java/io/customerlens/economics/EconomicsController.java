package io.customerlens.economics;

import io.customerlens.customer.CustomerFilter;
import io.customerlens.security.Caller;
import io.customerlens.security.PersonalDataAccess;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Tier economics for analysts; service costs set by admins. */
@Controller
class EconomicsController {

    private final TierEconomics economics;
    private final TierEconomicsChange change;
    private final CostSheets costs;

    EconomicsController(TierEconomics economics, TierEconomicsChange change, CostSheets costs) {
        this.economics = economics;
        this.change = change;
        this.costs = costs;
    }

    @QueryMapping
    TierEconomics.Result tierEconomics(@Argument String model, @Argument Map<String, Object> params,
                                       @Argument CustomerFilter filter, @Argument Integer lookbackDays,
                                       @ContextValue(name = Caller.CONTEXT_KEY) Caller caller) {
        PersonalDataAccess.requireForTextSearch(caller, filter == null ? null : filter.text(), "tierEconomics(filter.text)");
        return economics.of(model, params, filter, lookbackDays);
    }

    @QueryMapping
    TierEconomicsChange.Result tierEconomicsChange(@Argument String model, @Argument Map<String, Object> params,
                                                   @Argument String from, @Argument String to,
                                                   @Argument Integer lookbackDays) {
        return change.between(model, params, from, to, lookbackDays);
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
