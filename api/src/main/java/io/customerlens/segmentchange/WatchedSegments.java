package io.customerlens.segmentchange;

import io.customerlens.customer.CustomerDeleted;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@value #COLLECTION} collection: the segment last reported for each customer under each watched model choice,
 * which the next write's segment is compared with. One document per customer and choice.
 */
@Repository
class WatchedSegments {

    static final String COLLECTION = "watched_segments";

    private final MongoTemplate mongo;

    WatchedSegments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document(COLLECTION)
    record WatchedSegment(@Id String id, String customerId, String model, String params, String code, String label,
                          int rank, Instant updatedAt) {
    }

    /** @return the last known segments of these customers under the choice, by customer id */
    Map<String, SegmentPosition> find(WatchKey key, Collection<String> customerIds) {
        Map<String, SegmentPosition> found = new HashMap<>();
        List<String> ids = customerIds.stream().map(customerId -> id(customerId, key)).toList();
        mongo.find(Query.query(Criteria.where("_id").in(ids)), WatchedSegment.class).forEach(segment ->
                found.put(segment.customerId(), new SegmentPosition(segment.code(), segment.label(), segment.rank())));
        return found;
    }

    /** Remembers the segments of the customers given (customer id to segment) under the choice. */
    void save(WatchKey key, Map<String, SegmentPosition> segments, Instant at) {
        if (segments.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, WatchedSegment.class);
        segments.forEach((customerId, segment) -> bulk.upsert(Query.query(Criteria.where("_id").is(id(customerId, key))),
                new Update().set("customerId", customerId).set("model", key.model()).set("params", key.params())
                        .set("code", segment.code()).set("label", segment.label()).set("rank", segment.rank())
                        .set("updatedAt", at)));
        bulk.execute();
    }

    @EventListener
    void forget(CustomerDeleted deleted) {
        mongo.remove(Query.query(Criteria.where("customerId").is(deleted.customerId())), WatchedSegment.class);
    }

    private static String id(String customerId, WatchKey key) {
        return customerId + "|" + key.model() + "|" + key.params();
    }
}
