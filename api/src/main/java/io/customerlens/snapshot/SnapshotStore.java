package io.customerlens.snapshot;

import io.customerlens.customer.CustomerDeleted;
import io.customerlens.customer.CustomerErased;
import io.customerlens.store.StreamBatches;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code snapshots} and {@code scores} collections. */
@Component
class SnapshotStore {

    private static final String FAILURES = "failures";

    private final MongoTemplate mongo;

    SnapshotStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Snapshot insert(Snapshot snapshot) {
        return mongo.insert(snapshot);
    }

    /** @return the snapshot, or null */
    Snapshot find(String id) {
        return id == null ? null : mongo.findById(id, Snapshot.class);
    }

    /** @return up to {@code limit} snapshots started before the one with id {@code before} (all if null), newest first */
    List<Snapshot> newestFirst(String before, int limit) {
        Query query = before == null ? new Query() : Query.query(Criteria.where("_id").lt(new ObjectId(before)));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit), Snapshot.class);
    }

    /** @return the newest completed snapshot that scored the model with these parameters, or null */
    Snapshot newestCompleted(ModelKey key) {
        Query query = Query.query(Criteria.where("state").is(SnapshotState.COMPLETED).and("models")
                .elemMatch(Criteria.where("modelId").is(key.modelId()).and("paramsHash").is(key.paramsHash())));
        return mongo.findOne(query.with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), Snapshot.class);
    }

    void insertScores(List<StoredScore> scores) {
        if (!scores.isEmpty()) {
            mongo.insert(scores, StoredScore.class);
        }
    }

    void progress(String id, long done, long failed, double ratePerSecond, List<String> failures) {
        mongo.updateFirst(byId(id), new Update().set("done", done).set("failed", failed)
                .set("ratePerSecond", ratePerSecond).set(FAILURES, failures), Snapshot.class);
    }

    void requestCancel(String id) {
        mongo.updateFirst(byId(id), new Update().set("cancelRequested", true), Snapshot.class);
    }

    /** Ends a run that is still RUNNING; a snapshot that already ended is left as it is. */
    void finish(String id, SnapshotState state, Instant at, String error) {
        Update update = new Update().set("state", state).set("finishedAt", at);
        if (error != null) {
            update.set("error", error);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("state").is(SnapshotState.RUNNING)), update,
                Snapshot.class);
    }

    /** @return how many RUNNING snapshots were marked FAILED with this error */
    long failRunning(Instant at, String error) {
        return mongo.updateMulti(Query.query(Criteria.where("state").is(SnapshotState.RUNNING)),
                new Update().set("state", SnapshotState.FAILED).set("finishedAt", at).set("error", error),
                Snapshot.class).getModifiedCount();
    }

    /**
     * @param query a query on the scores collection
     * @return the matching scores as raw documents (only the fields the query selects), in the query's order
     */
    List<Document> scores(Query query) {
        return mongo.find(query, Document.class, StoredScore.COLLECTION);
    }

    /** Streams the scores of a query; close the stream. */
    Stream<Document> streamScores(Query query) {
        return mongo.stream(StreamBatches.batched(query), Document.class, StoredScore.COLLECTION);
    }

    /** A deleted customer's scores go with the rest of their data; snapshot counters stay as they were. */
    @EventListener
    void forget(CustomerDeleted deleted) {
        mongo.remove(Query.query(Criteria.where(StoredScore.CUSTOMER_ID).is(deleted.customerId())), StoredScore.class);
    }

    /** Snapshot runs keep their first failure messages, "customer &lt;id&gt;: ..."; an erased customer's are dropped. */
    @EventListener
    void dropFailuresOf(CustomerErased erased) {
        String prefix = "customer " + erased.customerId() + ":";
        Query naming = Query.query(Criteria.where(FAILURES).regex("^" + Pattern.quote(prefix)));
        for (Snapshot snapshot : mongo.find(naming, Snapshot.class)) {
            List<String> kept = snapshot.failures().stream().filter(failure -> !failure.startsWith(prefix)).toList();
            mongo.updateFirst(byId(snapshot.id()), new Update().set(FAILURES, kept), Snapshot.class);
        }
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
