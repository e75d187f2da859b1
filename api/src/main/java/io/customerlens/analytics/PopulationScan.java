package io.customerlens.analytics;

import io.customerlens.customer.CustomerFilter;
import io.customerlens.customer.Customers;
import io.customerlens.scoring.BatchScoring;
import io.customerlens.scoring.BatchScoring.Choice;
import io.customerlens.scoring.BatchScoring.Scored;
import io.customerlens.web.InvalidInputException;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Scores every customer matching a filter with the chosen models, one batch at a time, within the size limit. */
@Component
class PopulationScan {

    private final Customers customers;
    private final BatchScoring scoring;
    private final AnalyticsProperties properties;

    PopulationScan(Customers customers, BatchScoring scoring, AnalyticsProperties properties) {
        this.customers = customers;
        this.scoring = scoring;
        this.properties = properties;
    }

    /** @return the model with this id and parameters, both checked */
    Choice choose(String model, java.util.Map<String, Object> params) {
        return scoring.choose(model, params);
    }

    /** @return how many customers were scored */
    int scan(CustomerFilter filter, List<Choice> choices, Consumer<Scored> sink) {
        long matching = customers.count(filter);
        if (matching > properties.maxCustomers()) {
            throw new InvalidInputException("filter", "matches " + matching + " customers; population views score at most "
                    + properties.maxCustomers() + " on the fly (customerlens.analytics.max-customers): narrow the filter");
        }
        return (int) scoring.scoreAll(customers.population(filter), properties.batchSize(),
                    choices, true, batch -> {
            batch.forEach(sink);
            return true;
        });
    }
}
