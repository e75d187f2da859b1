package io.customerlens.customer;

import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Removes a customer and their history: the customer document first (so they vanish at once), then their orders,
 * surveys and interactions. Each step is idempotent, so a deletion a crash cut short is finished by running it again.
 */
@Component
class CustomerRemoval implements WriteIntents.Completion {

    private final MongoTemplate mongo;

    CustomerRemoval(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** What one removal found. */
    record Removed(Customer customer, long orders, long surveys, long interactions) {
    }

    Removed remove(String id) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        Customer customer = mongo.findAndRemove(byId, Customer.class);
        Query history = Query.query(Criteria.where(Order.CUSTOMER_ID).is(id));
        return new Removed(customer, mongo.remove(history, Order.class).getDeletedCount(),
                mongo.remove(history, Survey.class).getDeletedCount(),
                mongo.remove(history, Interaction.class).getDeletedCount());
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
