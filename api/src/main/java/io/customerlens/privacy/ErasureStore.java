package io.customerlens.privacy;

import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The {@value Erasure#COLLECTION} collection: the audit records of erasures. */
@Repository
class ErasureStore {

    private final MongoTemplate mongo;

    ErasureStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return the record as stored, with its id */
    Erasure insert(Erasure erasure) {
        return mongo.insert(erasure);
    }

    /**
     * @param beforeId the id of the last record of the page before (an ObjectId), or null for the newest
     * @return up to {@code limit} records older than that one, newest first
     */
    List<Erasure> newestFirst(String beforeId, int limit) {
        Query query = beforeId == null ? new Query() : Query.query(Criteria.where("_id").lt(new ObjectId(beforeId)));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit), Erasure.class);
    }
}
