package io.customerlens.privacy;

import graphql.relay.DefaultConnection;
import io.customerlens.customer.CustomerDeleted;
import io.customerlens.customer.CustomerErased;
import io.customerlens.customer.DataVersion;
import io.customerlens.customer.WriteIntent;
import io.customerlens.customer.WriteIntents;
import io.customerlens.web.Connections;
import io.customerlens.web.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Erases a customer: their document first (so they vanish at once), then their documents in every other collection
 * ({@link CustomerDocuments}), through {@link CustomerErased} the messages naming them in snapshot runs and import
 * reports, and through {@link CustomerDeleted} what other features keep in memory (cached scores); then writes the
 * audit record.
 * Without transactions the steps are not atomic, but each is idempotent: if one fails, the caller gets the error
 * and asking again with the same id finishes the job (an id is accepted while any document still names it).
 */
@Service
class CustomerErasure implements WriteIntents.Completion {

    /** Who the audit record names for an erasure that a crash interrupted and the next start finished. */
    static final String RECOVERY = "recovery of an interrupted erasure";

    private static final Logger log = LoggerFactory.getLogger(CustomerErasure.class);

    private final ErasureStore erasures;
    private final CustomerDocuments documents;
    private final ApplicationEventPublisher events;
    private final DataVersion dataVersion;
    private final Clock clock;
    private final WriteIntents intents;

    CustomerErasure(ErasureStore erasures, CustomerDocuments documents, ApplicationEventPublisher events,
                    DataVersion dataVersion, Clock clock, WriteIntents intents) {
        this.intents = intents;
        this.erasures = erasures;
        this.documents = documents;
        this.events = events;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    Erasure erase(String customerId, String erasedBy) {
        if (!ObjectId.isValid(customerId)) {
            throw notFound(customerId);
        }
        Erasure erasure = intents.around(WriteIntent.Kind.ERASURE, List.of(customerId), () -> eraseAll(customerId, erasedBy));
        if (erasure == null) {
            throw notFound(customerId);
        }
        return erasure;
    }

    @Override
    public WriteIntent.Kind kind() {
        return WriteIntent.Kind.ERASURE;
    }

    /**
     * @param size  how many records, at most
     * @param after the end cursor of the page before, or null for the newest
     * @return the audit records of erasures, newest first
     */
    DefaultConnection<Erasure> audit(int size, String after) {
        String before = Connections.key(after, "after", ObjectId::isValid);
        return Connections.of(erasures.newestFirst(before, size + 1), size, before != null, Erasure::id);
    }

    /** Finishes erasures a crash interrupted; each gets its audit record, even if nothing was left to remove. */
    @Override
    public List<String> complete(List<String> customerIds, Set<String> busy) {
        for (String customerId : customerIds) {
            if (eraseAll(customerId, RECOVERY) == null) {
                erasures.insert(new Erasure(null, RECOVERY, clock.instant(), List.of()));
            }
        }
        return List.of();
    }

    /** @return the audit record, or null if nothing names the customer */
    private Erasure eraseAll(String customerId, String erasedBy) {
        Document customer = documents.removeCustomer(customerId);
        List<Erasure.Removed> removed = new ArrayList<>();
        removed.add(new Erasure.Removed(documents.customers(), customer == null ? 0 : 1));
        for (String collection : documents.historyCollections()) {
            long count = documents.removeOfCustomer(collection, customerId);
            removed.add(new Erasure.Removed(collection, count));
        }
        if (customer == null && removed.stream().allMatch(entry -> entry.documents() == 0)) {
            return null;
        }
        events.publishEvent(new CustomerErased(customerId, customer == null ? null : customer.getString("externalId")));
        events.publishEvent(new CustomerDeleted(customerId));
        dataVersion.changed();
        Erasure erasure = erasures.insert(new Erasure(null, erasedBy, clock.instant(), removed));
        log.info("Erasure {} by {}: {}", erasure.id(), erasedBy, removed);
        return erasure;
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no customer with id '" + id + "'");
    }
}
