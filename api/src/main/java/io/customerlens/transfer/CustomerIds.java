package io.customerlens.transfer;

import io.customerlens.customer.Customer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Looks up customers by external id, one query per batch (served by the unique index on {@code externalId}). */
final class CustomerIds {

    private CustomerIds() {
    }

    /** @return external id to customer id, for those of the given external ids that are stored */
    static Map<String, String> of(MongoTemplate mongo, Collection<String> externalIds) {
        Query query = Query.query(Criteria.where("externalId").in(externalIds));
        query.fields().include("externalId");
        Map<String, String> ids = new HashMap<>();
        for (Document customer : mongo.find(query, Document.class, mongo.getCollectionName(Customer.class))) {
            ids.put(customer.getString("externalId"), customer.getObjectId("_id").toHexString());
        }
        return ids;
    }
}
