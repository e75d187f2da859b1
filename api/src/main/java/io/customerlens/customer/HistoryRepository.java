package io.customerlens.customer;

import io.customerlens.store.KeySelection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Loads the histories of many customers at once, one query per history kind, each list oldest first. The customers
 * are selected with {@link KeySelection}: by {@code $in} on MongoDB, by id range on the embedded store.
 */
@Repository
public class HistoryRepository {

    private final MongoTemplate mongo;
    private final KeySelection keys;

    HistoryRepository(MongoTemplate mongo, KeySelection keys) {
        this.mongo = mongo;
        this.keys = keys;
    }

    public Map<String, List<Order>> orders(Collection<String> customerIds) {
        return load(customerIds, Order.class, "orderedAt", Order::customerId);
    }

    public Map<String, List<Survey>> surveys(Collection<String> customerIds) {
        return load(customerIds, Survey.class, "answeredAt", Survey::customerId);
    }

    public Map<String, List<Interaction>> interactions(Collection<String> customerIds) {
        return load(customerIds, Interaction.class, "openedAt", Interaction::customerId);
    }

    private <T> Map<String, List<T>> load(Collection<String> customerIds, Class<T> type, String timeField,
                                          Function<T, String> customerOf) {
        Map<String, List<T>> byCustomer = new HashMap<>();
        customerIds.forEach(id -> byCustomer.put(id, new ArrayList<>()));
        if (customerIds.isEmpty()) {
            return byCustomer;
        }
        Query query = Query.query(keys.anyOf(Order.CUSTOMER_ID, List.copyOf(customerIds)))
                .with(Sort.by(timeField, "_id"));
        for (T entry : mongo.find(query, type)) {
            List<T> entries = byCustomer.get(customerOf.apply(entry));
            if (entries != null) { // null: a customer between two of the batch, not in it
                entries.add(entry);
            }
        }
        return byCustomer;
    }
}
