package io.customerlens.kano;

import io.customerlens.analytics.AnalyticsProperties;
import io.customerlens.customer.Customer;
import io.customerlens.customer.CustomerFilter;
import io.customerlens.customer.Customers;
import io.customerlens.customer.HistoryStore;
import io.customerlens.web.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Kano analysis over the customers matching a filter, a batch at a time (one survey query per batch), within the
 * population views' size limit ({@code customerlens.analytics.max-customers}).
 */
@Service
class KanoAnalyses {

    private final Customers customers;
    private final HistoryStore history;
    private final AnalyticsProperties limits;

    KanoAnalyses(Customers customers, HistoryStore history, AnalyticsProperties limits) {
        this.customers = customers;
        this.history = history;
        this.limits = limits;
    }

    KanoAnalysis analyse(CustomerFilter filter) {
        long matching = customers.count(filter);
        if (matching > limits.maxCustomers()) {
            throw new InvalidInputException("filter", "matches " + matching + " customers; kanoAnalysis reads at most "
                    + limits.maxCustomers() + " (customerlens.analytics.max-customers): narrow the filter");
        }
        KanoTally tally = new KanoTally();
        long scanned = customers.forEachBatch(filter, limits.batchSize(), batch -> {
            history.surveys(batch.stream().map(Customer::id).toList()).values().forEach(tally::add);
            return true;
        });
        return new KanoAnalysis((int) scanned, tally.respondents(), tally.attributes());
    }
}
