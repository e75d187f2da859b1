package io.customerlens.customer;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@value #COLLECTION} collection: the number of writes to customer data, counted in one document that every
 * instance sharing the store sees.
 */
@Repository
class StoredWriteCount {

    static final String COLLECTION = "data_versions";
    private static final String ID = "customers";

    private final MongoTemplate mongo;

    StoredWriteCount(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return the count, 0 before the first write */
    long read() {
        Document document = mongo.findById(ID, Document.class, COLLECTION);
        return document == null ? 0 : ((Number) document.get("count")).longValue();
    }

    /** @return the count after adding one */
    long increment() {
        Document document = mongo.findAndModify(Query.query(Criteria.where("_id").is(ID)), new Update().inc("count", 1),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        return ((Number) document.get("count")).longValue();
    }
}
