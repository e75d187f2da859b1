package io.customerlens.customer;

import graphql.relay.DefaultConnection;
import graphql.relay.Edge;
import io.customerlens.web.Connections;
import io.customerlens.web.InvalidInputException;
import io.customerlens.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Creates, changes, lists and deletes customer profiles. Lists filtered by segment or ordered by score are served
 * from a snapshot's stored scores through {@link StoredScores}.
 */
@Service
public class Customers {

    private static final int COUNT_BATCH = 1000;

    private final CustomerStore store;
    private final DataVersion dataVersion;
    private final ApplicationEventPublisher events;
    private final StoredScores storedScores;
    private final Clock clock;
    private final WriteIntents intents;
    private final CustomerRemoval removal;
    private final KnownValues knownValues;

    Customers(CustomerStore store, DataVersion dataVersion, ApplicationEventPublisher events,
              StoredScores storedScores, Clock clock, WriteIntents intents, CustomerRemoval removal,
              KnownValues knownValues) {
        this.store = store;
        this.dataVersion = dataVersion;
        this.events = events;
        this.storedScores = storedScores;
        this.clock = clock;
        this.intents = intents;
        this.removal = removal;
        this.knownValues = knownValues;
    }

    /** @return the customer, or null if there is none with this id */
    public Customer find(String id) {
        return store.byId(id);
    }

    /** @return the stored customers among these ids, in no particular order (one query) */
    public List<Customer> findAll(Collection<String> ids) {
        return store.among(ids, CustomerFilter.ALL);
    }

    /** @return one page of customers matching the filter, oldest first or in the given score order */
    public DefaultConnection<Customer> list(CustomerFilter filter, ScoreOrder order, int first, String after) {
        CustomerFilter given = checked(filter);
        if (given.segment() != null || order != null) {
            return storedScorePage(given, order, first, after);
        }
        String afterId = Connections.key(after, "after", ObjectId::isValid);
        return Connections.of(store.page(given, afterId, first + 1), first, afterId != null, Customer::id);
    }

    /** @return how many customers match the filter */
    public long count(CustomerFilter filter) {
        CustomerFilter given = checked(filter);
        if (given.segment() != null) {
            return forEachBatch(given, COUNT_BATCH, batch -> true);
        }
        return store.count(given);
    }

    /** @return the customers matching the filter, to be handed over a batch at a time ({@link #forEachBatch}) */
    public CustomerBatches population(CustomerFilter filter) {
        return (batchSize, consumer) -> forEachBatch(filter, batchSize, consumer);
    }

    /**
     * Hands the customers matching the filter to the consumer a batch at a time, in id order, so that only one
     * batch is in memory; stops early when the consumer returns false.
     *
     * @return how many customers were handed over
     */
    public long forEachBatch(CustomerFilter filter, int batchSize, Predicate<List<Customer>> consumer) {
        CustomerFilter given = checked(filter);
        if (given.segment() != null) {
            return forEachStoredScoreBatch(given, batchSize, consumer);
        }
        // One read in id order for the whole population, rather than a sorted page query per batch, each of which
        // scans the collection on the embedded store.
        long handed = 0;
        List<Customer> batch = new ArrayList<>(batchSize);
        try (Stream<Customer> stream = store.inIdOrder(given)) {
            Iterator<Customer> customers = stream.iterator();
            while (customers.hasNext()) {
                batch.add(customers.next());
                if (batch.size() == batchSize || !customers.hasNext()) {
                    handed += batch.size();
                    if (!consumer.test(batch)) {
                        return handed;
                    }
                    batch = new ArrayList<>(batchSize);
                }
            }
        }
        return handed;
    }

    private long forEachStoredScoreBatch(CustomerFilter filter, int batchSize, Predicate<List<Customer>> consumer) {
        long handed = 0;
        String after = null;
        while (true) {
            DefaultConnection<Customer> page = storedScorePage(filter, null, batchSize, after);
            List<Customer> batch = page.getEdges().stream().map(Edge::getNode).toList();
            if (batch.isEmpty()) {
                return handed;
            }
            handed += batch.size();
            if (!consumer.test(batch) || !page.getPageInfo().isHasNextPage()) {
                return handed;
            }
            after = page.getPageInfo().getEndCursor().getValue();
        }
    }

    /** The stored scores pick and order the customers; the rest of the filter is applied to each chunk they pick. */
    private DefaultConnection<Customer> storedScorePage(CustomerFilter filter, ScoreOrder order, int first, String after) {
        return storedScores.page(filter.segment(), order, first, after,
                (Collection<String> ids) -> store.among(ids, filter));
    }

    private CustomerFilter checked(CustomerFilter filter) {
        CustomerFilter given = filter == null ? CustomerFilter.ALL : filter;
        given.check();
        return knownValues.resolve(given);
    }

    Customer create(CreateCustomerInput input) {
        LocalDate today = LocalDate.now(clock);
        input.check(today);
        Instant now = clock.instant();
        Customer customer = CustomerProfiles.created(input, today, now);
        try {
            Customer saved = store.insert(customer);
            dataVersion.changed();
            events.publishEvent(new CustomersWritten(List.of(saved.id()), ChangeCause.PROFILE));
            return saved;
        } catch (DuplicateKeyException e) {
            Customer existing = store.byExternalId(input.externalId());
            throw new InvalidInputException("input.externalId", "a customer with externalId '" + input.externalId()
                    + "' already exists" + (existing == null ? "" : " (id " + existing.id() + ")"));
        }
    }

    Customer update(String id, UpdateCustomerInput input) {
        input.check(LocalDate.now(clock));
        Update update = CustomerProfiles.changes(null, input).inc(Customer.REVISION, 1)
                .set(Customer.UPDATED_AT, clock.instant());
        Customer updated = store.update(id, update);
        if (updated == null) {
            throw notFound(id);
        }
        dataVersion.changed();
        events.publishEvent(new CustomersWritten(List.of(id), ChangeCause.PROFILE));
        return updated;
    }

    /**
     * Deletes the customer first, so it vanishes at once, then every piece of their history; a {@link WriteIntent}
     * spans the writes, so a deletion cut short by a crash is finished at the next start.
     */
    DeleteCustomerPayload delete(String id) {
        if (!store.exists(id)) {
            throw notFound(id);
        }
        CustomerRemoval.Removed removed = intents.around(WriteIntent.Kind.DELETION, List.of(id),
                () -> removal.remove(id));
        if (removed.customer() == null) {
            throw notFound(id);
        }
        events.publishEvent(new CustomerDeleted(id));
        dataVersion.changed();
        return new DeleteCustomerPayload(id, removed.orders(), removed.surveys(), removed.interactions());
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("no customer with id '" + id + "'");
    }
}
