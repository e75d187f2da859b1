package io.customerlens.customer;

import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The {@value SummaryRepairJob#COLLECTION} collection: the records of {@link SummaryRepairJobs}. */
@Repository
class SummaryRepairJobStore {

    private static final String STATE = "state";
    private static final String CHECKED = "checked";
    private static final String FINISHED_AT = "finishedAt";
    private static final String ERROR = "error";

    private final MongoTemplate mongo;

    SummaryRepairJobStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return the job as stored, with its id */
    SummaryRepairJob insert(SummaryRepairJob job) {
        return mongo.insert(job);
    }

    /** @return the job, or null if there is none with this id */
    SummaryRepairJob find(String id) {
        return ObjectId.isValid(id) ? mongo.findById(id, SummaryRepairJob.class) : null;
    }

    void progress(String id, long checked) {
        mongo.updateFirst(byId(id), new Update().set(CHECKED, checked), SummaryRepairJob.class);
    }

    /** Ends the job; an outcome (null for a failure) sets its final counts. */
    void end(String id, SummaryRepairJob.State state, SummaryRepair.Outcome outcome, String error, Instant at) {
        Update update = new Update().set(STATE, state).set(FINISHED_AT, at).set(ERROR, error);
        if (outcome != null) {
            update.set(CHECKED, outcome.checked()).set("repaired", outcome.repaired())
                    .set("leftBusy", outcome.leftBusy().size());
        }
        mongo.updateFirst(byId(id), update, SummaryRepairJob.class);
    }

    /** @return how many RUNNING jobs were marked FAILED with this error */
    long failRunning(String error, Instant at) {
        return mongo.updateMulti(Query.query(Criteria.where(STATE).is(SummaryRepairJob.State.RUNNING)),
                new Update().set(STATE, SummaryRepairJob.State.FAILED).set(FINISHED_AT, at).set(ERROR, error),
                SummaryRepairJob.class).getModifiedCount();
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
