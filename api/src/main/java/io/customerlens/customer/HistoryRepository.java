package io.customerlens.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Loads the histories of many customers at once, one query per history kind, each list oldest first. */
@Repository
public class HistoryRepository {

    private final MongoTemplate mongo;

    HistoryRepository(MongoTemplate mongo) {
        this.mongo = mongo;
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
        Query query = Query.query(Criteria.where(Order.CUSTOMER_ID).in(customerIds))
                .with(Sort.by(timeField, "_id"));
        Map<String, List<T>> byCustomer = new HashMap<>();
        customerIds.forEach(id -> byCustomer.put(id, new ArrayList<>()));
        for (T entry : mongo.find(query, type)) {
            byCustomer.get(customerOf.apply(entry)).add(entry);
        }
        return byCustomer;
    }
}
