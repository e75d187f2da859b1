package io.customerlens.customer;

import io.customerlens.store.EmbeddedStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Loads the histories of many customers at once, one query per history kind, each list oldest first.
 * <p>
 * On MongoDB the query names the customers ({@code customerId $in [...]}), which walks the {@code (customerId, time)}
 * index. The embedded store builds no secondary index, so every query scans the collection, and it tests
 * {@code $in} against each id in turn: a population view paid about orders × customers comparisons. There, a batch
 * given in id order (as population views and snapshots read customers) is asked for by its id range instead, two
 * comparisons per document, and entries of customers outside the batch are dropped here.
 */
@Repository
public class HistoryRepository {

    private final MongoTemplate mongo;
    private final boolean embedded;

    HistoryRepository(MongoTemplate mongo, ObjectProvider<EmbeddedStore> embeddedStore) {
        this.mongo = mongo;
        this.embedded = embeddedStore.getIfAvailable() != null;
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
        Query query = Query.query(selection(List.copyOf(customerIds))).with(Sort.by(timeField, "_id"));
        for (T entry : mongo.find(query, type)) {
            List<T> entries = byCustomer.get(customerOf.apply(entry));
            if (entries != null) {
                entries.add(entry);
            }
        }
        return byCustomer;
    }

    private Criteria selection(List<String> ids) {
        if (embedded && ids.size() > 1 && ascending(ids)) {
            return Criteria.where(Order.CUSTOMER_ID).gte(ids.get(0)).lte(ids.get(ids.size() - 1));
        }
        return Criteria.where(Order.CUSTOMER_ID).in(ids);
    }

    private static boolean ascending(List<String> ids) {
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i - 1).compareTo(ids.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
