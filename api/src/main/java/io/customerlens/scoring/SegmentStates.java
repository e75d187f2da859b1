package io.customerlens.scoring;

import io.customerlens.customer.CustomerDeleted;
import io.customerlens.sdk.PreviousSegment;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The memory of models that declare {@code PREVIOUS_SEGMENT} (such as tiers with hysteresis): for each
 * customer, model and parameter set, the segment last assigned and the date it was first assigned. Stored
 * in {@code segment_states}, one document per key, changed only when the segment changes.
 */
@Component
public class SegmentStates {

    public static final String COLLECTION = "segment_states";

    private final MongoTemplate mongo;
    private final Clock clock;

    SegmentStates(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Document(COLLECTION)
    record SegmentState(@Id String id, String customerId, String model, String params, String code, LocalDate since,
                        Instant updatedAt) {
    }

    PreviousSegment find(String customerId, String model, String params) {
        SegmentState state = mongo.findById(key(customerId, model, params), SegmentState.class);
        return state == null ? null : new PreviousSegment(state.code(), state.since());
    }

    /** Records the segment just assigned, if it differs from the previous one. */
    void record(String customerId, String model, String params, PreviousSegment previous, String code, LocalDate asOf) {
        if (previous != null && previous.code().equals(code)) {
            return;
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(key(customerId, model, params))),
                new Update().set("customerId", customerId).set("model", model).set("params", params)
                        .set("code", code).set("since", asOf).set("updatedAt", clock.instant()),
                SegmentState.class);
    }

    /** Forgets every state of a deleted customer. */
    @EventListener
    void forget(CustomerDeleted deleted) {
        mongo.remove(Query.query(Criteria.where("customerId").is(deleted.customerId())), SegmentState.class);
    }

    private static String key(String customerId, String model, String params) {
        return customerId + "|" + model + "|" + params;
    }
}
