package io.customerlens.economics;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The orders and interactions of many customers within a window: one query per kind. */
@Component
class WindowedHistory {

    private static final String ORDERS = "orders";
    private static final String INTERACTIONS = "interactions";

    private final MongoTemplate mongo;

    WindowedHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return each customer's activity in the window; customers without any map to {@link Activity#NONE} */
    Map<String, Activity> activity(Collection<String> customerIds, Window window) {
        Map<String, Activity> byCustomer = new HashMap<>();
        customerIds.forEach(id -> byCustomer.put(id, Activity.NONE));
        Query orders = Query.query(Criteria.where("customerId").in(customerIds).and("orderedAt").gte(window.from()).lt(window.to()));
        orders.fields().include("customerId", "amount");
        for (Document order : mongo.find(orders, Document.class, ORDERS)) {
            BigDecimal amount = order.get("amount", Decimal128.class).bigDecimalValue();
            byCustomer.merge(order.getString("customerId"), Activity.NONE, (held, none) -> held.plusOrder(amount));
        }
        Query interactions = Query.query(Criteria.where("customerId").in(customerIds).and("openedAt").gte(window.from()).lt(window.to()));
        interactions.fields().include("customerId");
        for (Document interaction : mongo.find(interactions, Document.class, INTERACTIONS)) {
            byCustomer.merge(interaction.getString("customerId"), Activity.NONE, (held, none) -> held.plusInteraction());
        }
        return byCustomer;
    }
}
