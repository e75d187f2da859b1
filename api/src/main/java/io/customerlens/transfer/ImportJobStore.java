package io.customerlens.transfer;

import io.customerlens.customer.CustomerErased;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code import_jobs} collection. */
@Component
class ImportJobStore {

    private static final String REJECTIONS = "rejections";

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
                .set("customersCreated", tally.customersCreated).set(REJECTIONS, tally.rejections());
    }

    /** Import reports quote external ids in rejection reasons; those quoting an erased customer's are blanked. */
    @EventListener
    void blankRejectionsOf(CustomerErased erased) {
        if (erased.externalId() == null) {
            return;
        }
        String quoted = "'" + erased.externalId() + "'";
        Query naming = Query.query(Criteria.where(REJECTIONS + ".reason").regex(Pattern.quote(quoted)));
        for (ImportJob job : mongo.find(naming, ImportJob.class)) {
            List<ImportTally.Rejection> rejections = job.rejections().stream()
                    .map(rejection -> rejection.reason() != null && rejection.reason().contains(quoted)
                            ? new ImportTally.Rejection(rejection.line(), "(erased)") : rejection)
                    .toList();
            mongo.updateFirst(byId(job.id()), new Update().set(REJECTIONS, rejections), ImportJob.class);
        }
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
