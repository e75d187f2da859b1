package io.customerlens.customer;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Removes a customer and their history: the customer document first (so they vanish at once), then their orders,
 * surveys and interactions. Each step is idempotent, so a deletion a crash cut short is finished by running it again.
 */
@Component
class CustomerRemoval implements WriteIntents.Completion {

    private final CustomerStore customers;
    private final HistoryStore history;

    CustomerRemoval(CustomerStore customers, HistoryStore history) {
        this.customers = customers;
        this.history = history;
    }

    /** What one removal found. */
    record Removed(Customer customer, long orders, long surveys, long interactions) {
    }

    Removed remove(String id) {
        Customer customer = customers.remove(id);
        return new Removed(customer, history.removeAll(id, Order.class), history.removeAll(id, Survey.class),
                history.removeAll(id, Interaction.class));
    }

    @Override
    public WriteIntent.Kind kind() {
        return WriteIntent.Kind.DELETION;
    }

    @Override
    public List<String> complete(List<String> customerIds, Set<String> busy) {
        customerIds.forEach(this::remove);
        return List.of();
    }
}
