package io.customerlens.scoring;

import com.mongodb.bulk.BulkWriteError;
import io.customerlens.customer.CustomerDeleted;
import io.customerlens.sdk.PreviousSegment;
import io.customerlens.store.BulkInserts;
import io.customerlens.store.KeyOrderedCursor;
import io.customerlens.store.KeySelection;
import io.customerlens.store.StreamBatches;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.dataloader.DataLoader;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The memory of models that declare {@code PREVIOUS_SEGMENT} (such as tiers with hysteresis): for each
 * customer, model and parameter set, the segment last assigned and the date it was first assigned. Stored
 * in {@code segment_states}, one document per key, changed only when the segment changes.
 */
@Component
public class SegmentStates implements SegmentMemory {

    public static final String COLLECTION = "segment_states";
    /** The per-request data loader that batches lookups of the customers of a page. */
    static final String LOADER = "segmentStates";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final KeySelection keySelection;

    SegmentStates(MongoTemplate mongo, Clock clock, BatchLoaderRegistry loaders, KeySelection keySelection) {
        this.mongo = mongo;
        this.clock = clock;
        this.keySelection = keySelection;
        loaders.<String, PreviousSegment>forName(LOADER)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> findAll(keys)));
    }

    @Document(COLLECTION)
    record SegmentState(@Id String id, String customerId, String model, String params, String code, LocalDate since,
                        Instant updatedAt) {
    }

    @Override
    public CompletableFuture<PreviousSegment> previous(String customerId, String model, String params) {
        SegmentState state = mongo.findById(key(customerId, model, params), SegmentState.class);
        return CompletableFuture.completedFuture(state == null ? null : new PreviousSegment(state.code(), state.since()));
    }

    /** @return memory backed by the request's data loader: one query for every customer of the page */
    static SegmentMemory of(DataLoader<String, PreviousSegment> loader) {
        return (customerId, model, params) -> loader.load(key(customerId, model, params));
    }

    /**
     * @return memory for a batch of customers, read with one query now; the segments it records are written
     *         together, with one bulk write, when the batch calls {@link SegmentMemory#flush}
     */
    SegmentMemory prefetch(Collection<String> customerIds, String model, String params) {
        return batchMemory(findAll(customerIds.stream().map(id -> key(id, model, params)).toList()), model, params);
    }

    /**
     * @return the memory of a pass over a population in customer id order for one model and parameter set: the
     *         states are read by one cursor for the whole pass (in {@code _id} order, which starts with the customer
     *         id), each batch's memory then behaves as {@link #prefetch}'s
     */
    MemoryWalk walk(String model, String params) {
        return new MemoryWalk(model, params);
    }

    /** See {@link #walk}. */
    final class MemoryWalk implements AutoCloseable {
        private final String model;
        private final String params;
        private final KeyOrderedCursor<SegmentState> cursor;

        private MemoryWalk(String model, String params) {
            this.model = model;
            this.params = params;
            this.cursor = new KeyOrderedCursor<>(from -> mongo.stream(StreamBatches.batched(Query.query(
                    Criteria.where("_id").gte(from).and("model").is(model).and("params").is(params))
                    .with(Sort.by("_id"))), SegmentState.class), SegmentState::customerId);
        }

        /** @param customerIds the next batch, in ascending order */
        SegmentMemory batch(List<String> customerIds) {
            Map<String, PreviousSegment> found = new HashMap<>();
            if (!customerIds.isEmpty()) {
                Set<String> wanted = Set.copyOf(customerIds);
                cursor.range(customerIds.get(0), customerIds.get(customerIds.size() - 1)).stream()
                        .filter(state -> wanted.contains(state.customerId()))
                        .forEach(state -> found.put(state.id(), new PreviousSegment(state.code(), state.since())));
            }
            return batchMemory(found, model, params);
        }

        @Override
        public void close() {
            cursor.close();
        }
    }

    /** Memory for a batch whose stored states were read before: the segments it records wait for its flush. */
    private SegmentMemory batchMemory(Map<String, PreviousSegment> found, String model, String params) {
        Queue<Change> changes = new ConcurrentLinkedQueue<>();
        return new SegmentMemory() {
            @Override
            public CompletableFuture<PreviousSegment> previous(String customerId, String m, String p) {
                return m.equals(model) && p.equals(params)
                        ? CompletableFuture.completedFuture(found.get(key(customerId, m, p)))
                        : SegmentStates.this.previous(customerId, m, p);
            }

            @Override
            public void record(SegmentStates states, String customerId, String m, String p, PreviousSegment previous,
                               String code, LocalDate asOf) {
                if (changed(previous, code)) {
                    changes.add(change(customerId, m, p, previous, code, asOf));
                }
            }

            @Override
            public void flush() {
                List<Change> all = new ArrayList<>();
                for (Change change = changes.poll(); change != null; change = changes.poll()) {
                    all.add(change);
                }
                // A first segment is inserted, which costs the embedded store one index look-up less than an upsert;
                // one another writer stored meanwhile is refused as a duplicate and upserted instead.
                List<Change> first = all.stream().filter(change -> change.first() != null).toList();
                List<Change> upserts = new ArrayList<>(all.stream().filter(change -> change.first() == null).toList());
                upserts.addAll(insertRefused(first));
                if (!upserts.isEmpty()) {
                    BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, SegmentState.class);
                    upserts.forEach(change -> bulk.upsert(change.state(), change.update()));
                    bulk.execute();
                }
            }
        };
    }

    private Map<String, PreviousSegment> findAll(Collection<String> keys) {
        Map<String, PreviousSegment> found = new HashMap<>();
        Set<String> wanted = Set.copyOf(keys);
        mongo.find(Query.query(keySelection.anyOf("_id", List.copyOf(keys))), SegmentState.class).stream()
                .filter(state -> wanted.contains(state.id()))
                .forEach(state -> found.put(state.id(), new PreviousSegment(state.code(), state.since())));
        return found;
    }

    /** Records the segment just assigned, if it differs from the previous one. */
    void record(String customerId, String model, String params, PreviousSegment previous, String code, LocalDate asOf) {
        if (changed(previous, code)) {
            Change change = change(customerId, model, params, previous, code, asOf);
            mongo.upsert(change.state(), change.update(), SegmentState.class);
        }
    }

    /** An upsert of one state; {@code first} is the state to insert when there was none before, else null. */
    private record Change(Query state, Update update, SegmentState first) {
    }

    private Change change(String customerId, String model, String params, PreviousSegment previous, String code,
                          LocalDate asOf) {
        String id = key(customerId, model, params);
        Instant now = clock.instant();
        return new Change(Query.query(Criteria.where("_id").is(id)),
                new Update().set("customerId", customerId).set("model", model).set("params", params)
                        .set("code", code).set("since", asOf).set("updatedAt", now),
                previous == null ? new SegmentState(id, customerId, model, params, code, asOf, now) : null);
    }

    /** Inserts the first states with one bulk write; @return the changes refused because the state existed by then */
    private List<Change> insertRefused(List<Change> first) {
        List<Change> refused = new ArrayList<>();
        for (BulkWriteError error : BulkInserts.insert(mongo, SegmentState.class,
                first.stream().map(Change::first).toList(), BulkInserts::duplicate)) {
            refused.add(first.get(error.getIndex()));
        }
        return refused;
    }

    private static boolean changed(PreviousSegment previous, String code) {
        return previous == null || !previous.code().equals(code);
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
