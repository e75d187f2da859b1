package io.customerlens.customer;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The {@value WriteIntent#COLLECTION} collection: the notes of {@link WriteIntents}. */
@Repository
class WriteIntentStore {

    private final MongoTemplate mongo;

    WriteIntentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return the note as stored, with its id */
    WriteIntent insert(WriteIntent intent) {
        return mongo.insert(intent);
    }

    void remove(String id) {
        mongo.remove(byId(id), WriteIntent.class);
    }

    /** @return every note, oldest first */
    List<WriteIntent> oldestFirst() {
        return mongo.find(new Query().with(Sort.by("startedAt")), WriteIntent.class);
    }

    /** Narrows the note to the customers still to be put right. */
    void keepOnly(String id, List<String> customerIds) {
        mongo.updateFirst(byId(id), new Update().set("customerIds", customerIds), WriteIntent.class);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
