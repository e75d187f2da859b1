package io.customerlens.privacy;

import io.customerlens.customer.Customer;
import io.customerlens.customer.WriteIntent;
import io.customerlens.transfer.ImportJob;
import io.customerlens.trusted.TrustedDocument;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Where a customer's data lies: their document in {@code customers} and, in every other collection of the database,
 * the documents whose {@code customerId} names them. The collections are listed from the database on each call, so
 * a feature that adds a collection keyed by {@code customerId} is covered without a change here.
 */
@Component
class CustomerDocuments {

    /** Collections that never hold documents about one customer (audit, job records, keys, snapshot runs, notes). */
    static final Set<String> NOT_PER_CUSTOMER = Set.of(Erasure.COLLECTION, ImportJob.COLLECTION, "api_keys", "snapshots",
            WriteIntent.COLLECTION, TrustedDocument.COLLECTION);

    private final MongoTemplate mongo;

    CustomerDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    String customers() {
        return mongo.getCollectionName(Customer.class);
    }

    /** @return the collections other than {@code customers} that may hold documents of a customer, sorted */
    List<String> historyCollections() {
        return mongo.getCollectionNames().stream()
                .filter(name -> !name.equals(customers()) && !NOT_PER_CUSTOMER.contains(name) && !name.startsWith("system."))
                .sorted().toList();
    }

    /** @return the customer's document as stored, or null */
    Document customer(String customerId) {
        return ObjectId.isValid(customerId) ? mongo.findOne(byId(customerId), Document.class, customers()) : null;
    }

    /** @return the documents of the collection that name the customer, in id order */
    List<Document> ofCustomer(String collection, String customerId) {
        return mongo.find(ofCustomer(customerId).with(Sort.by("_id")), Document.class, collection);
    }

    /** @return the customer's document as it was removed, or null if there was none */
    Document removeCustomer(String customerId) {
        return mongo.findAndRemove(byId(customerId), Document.class, customers());
    }

    /** @return how many documents of the collection that named the customer were removed */
    long removeOfCustomer(String collection, String customerId) {
        return mongo.remove(ofCustomer(customerId), collection).getDeletedCount();
    }

    /** @return a query for the documents naming the customer, whether the id is stored as text or ObjectId */
    private static Query ofCustomer(String customerId) {
        return Query.query(Criteria.where("customerId").in(customerId, new ObjectId(customerId)));
    }

    private static Query byId(String customerId) {
        return Query.query(Criteria.where("_id").is(new ObjectId(customerId)));
    }
}
