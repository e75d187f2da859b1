package io.customerlens.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Makes writes that span documents safe without transactions: {@link #begin} stores a {@link WriteIntent} before the
 * first write, {@link #end} removes it after the last. After a crash, {@link #recover} completes what the notes left
 * behind name, each kind with its {@link Completion}; every completion is idempotent, so a crash during recovery is
 * recovered from the same way.
 */
@Component
public class WriteIntents {

    private static final Logger log = LoggerFactory.getLogger(WriteIntents.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    WriteIntents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** How the writes of one kind are completed for the customers an interrupted note names. */
    public interface Completion {

        WriteIntent.Kind kind();

        /**
         * Completes the write for these customers; must be harmless when it was complete already.
         *
         * @param busy customers that writes still under way name, to be left alone for now
         * @return the customers left for later
         */
        List<String> complete(List<String> customerIds, Set<String> busy);
    }

    /** Records that these customers' documents are about to change; call before the first write. */
    public WriteIntent begin(WriteIntent.Kind kind, Collection<String> customerIds) {
        return mongo.insert(new WriteIntent(null, kind, List.copyOf(customerIds), clock.instant()));
    }

    /** Removes the note once every write it announced is done. */
    public void end(WriteIntent intent) {
        mongo.remove(Query.query(Criteria.where("_id").is(intent.id())), WriteIntent.class);
    }

    /** @return the customers named by notes started after this time: writes that may still be under way */
    public Set<String> customersInFlight(Instant after) {
        Set<String> customers = new HashSet<>();
        mongo.find(Query.query(Criteria.where("startedAt").gt(after)), WriteIntent.class)
                .forEach(intent -> customers.addAll(intent.customerIds()));
        return customers;
    }

    /**
     * Completes the writes whose notes were started before this time (at start-up of a single server: all of them,
     * their writers are gone) and removes the notes. A note whose customers are also named by a younger note (a write
     * still under way) keeps those customers for a later recovery.
     *
     * @return the notes completed
     */
    public List<WriteIntent> recover(Instant startedBefore, Collection<Completion> completions) {
        Map<WriteIntent.Kind, Completion> byKind = completions.stream()
                .collect(Collectors.toMap(Completion::kind, completion -> completion));
        List<WriteIntent> left = mongo.find(Query.query(Criteria.where("startedAt").lte(startedBefore))
                .with(Sort.by("startedAt")), WriteIntent.class);
        Set<String> busy = customersInFlight(startedBefore);
        List<WriteIntent> completed = new ArrayList<>();
        for (WriteIntent intent : left) {
            Completion completion = byKind.get(intent.kind());
            if (completion == null) {
                log.warn("No completion for the interrupted {} write {}; it is kept", intent.kind(), intent.id());
                continue;
            }
            List<String> notYet = completion.complete(intent.customerIds(), busy);
            if (notYet.isEmpty()) {
                end(intent);
                completed.add(intent);
            } else {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(intent.id())),
                        new Update().set("customerIds", notYet), WriteIntent.class);
            }
        }
        return completed;
    }
}
