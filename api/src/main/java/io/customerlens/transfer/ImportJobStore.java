package io.customerlens.transfer;

import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code import_jobs} collection. */
@Component
class ImportJobStore {

    private final MongoTemplate mongo;

    ImportJobStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    ImportJob insert(ImportJob job) {
        return mongo.insert(job);
    }

    ImportJob find(String id) {
        return id == null || !ObjectId.isValid(id) ? null : mongo.findById(id, ImportJob.class);
    }

    /** @return up to {@code limit} jobs started before the one with id {@code before} (all if null), newest first */
    List<ImportJob> newestFirst(String before, int limit) {
        Query query = before == null ? new Query() : Query.query(Criteria.where("_id").lt(new ObjectId(before)));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit), ImportJob.class);
    }

    void started(String id) {
        mongo.updateFirst(byId(id), new Update().set("state", ImportState.RUNNING), ImportJob.class);
    }

    void progress(String id, ImportTally tally, long bytesRead, Double rate, Double eta) {
        mongo.updateFirst(byId(id), counts(tally).set("bytesRead", bytesRead).set("ratePerSecond", rate)
                .set("etaSeconds", eta), ImportJob.class);
    }

    ImportJob finish(String id, ImportState state, ImportTally tally, long bytesRead, Double rate, Instant at,
                     String error) {
        Update update = counts(tally).set("state", state).set("finishedAt", at).set("bytesRead", bytesRead)
                .set("ratePerSecond", rate).unset("etaSeconds");
        if (error != null) {
            update.set("error", error);
        }
        mongo.updateFirst(byId(id), update, ImportJob.class);
        return find(id);
    }

    /** @return how many QUEUED or RUNNING jobs were marked FAILED with this error */
    long failUnfinished(Instant at, String error) {
        return mongo.updateMulti(Query.query(Criteria.where("state").in(ImportState.QUEUED, ImportState.RUNNING)),
                new Update().set("state", ImportState.FAILED).set("finishedAt", at).set("error", error),
                ImportJob.class).getModifiedCount();
    }

    private static Update counts(ImportTally tally) {
        return new Update().set("read", tally.read).set("inserted", tally.inserted).set("updated", tally.updated)
                .set("unchanged", tally.unchanged).set("rejected", tally.rejected)
                .set("customersCreated", tally.customersCreated).set("rejections", tally.rejections());
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
