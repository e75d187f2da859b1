package io.customerlens.transfer;

import io.customerlens.customer.ChangeCause;
import io.customerlens.customer.Customer;
import io.customerlens.customer.CustomerStore;
import io.customerlens.customer.CustomersWritten;
import io.customerlens.customer.DataVersion;
import io.customerlens.customer.HistoryStore;
import io.customerlens.customer.Order;
import io.customerlens.customer.OrderTotals;
import io.customerlens.customer.WriteIntent;
import io.customerlens.customer.WriteIntents;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes one batch of history rows: looks up their customers and the external ids already stored (one query each),
 * inserts the new records in one bulk write, then moves each customer's summary and revision in a second one. A
 * row whose external id is stored with the same values counts as unchanged; with other values, or for another
 * customer, it is rejected. Without transactions the two writes are not atomic: a {@link WriteIntent} naming the
 * batch's customers spans them, so summaries that a crash left behind their history are recomputed at the next start;
 * if the second write fails, the records the first one inserted are removed again before the error ends the import.
 */
final class HistoryBatch<T> {

    private final HistoryStore history;
    private final CustomerStore customerStore;
    private final DataVersion dataVersion;
    private final Clock clock;
    private final HistoryKind<T> kind;
    private final boolean createsCustomers;
    private final WriteIntents intents;
    private final ApplicationEventPublisher events;

    HistoryBatch(HistoryStore history, CustomerStore customerStore, DataVersion dataVersion, Clock clock,
                 HistoryKind<T> kind, boolean createsCustomers, WriteIntents intents, ApplicationEventPublisher events) {
        this.history = history;
        this.customerStore = customerStore;
        this.intents = intents;
        this.dataVersion = dataVersion;
        this.clock = clock;
        this.kind = kind;
        this.createsCustomers = createsCustomers;
        this.events = events;
    }

    HistoryKind<T> kind() {
        return kind;
    }

    /** Writes the rows (no external id twice) and adds the outcome of each to the tally. */
    void write(List<Pending<T>> rows, ImportTally tally) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, String> customers = customerStore.idsByExternalId(
                rows.stream().map(Pending::customerExternalId).toList());
        if (createsCustomers) {
            createMissing(rows, customers, tally);
        }
        Map<String, T> stored = new HashMap<>();
        history.byExternalIds(kind.type(), rows.stream().map(Pending::externalId).toList()).forEach(record -> stored.put(kind.externalId().apply(record), record));

        List<Pending<T>> fresh = new ArrayList<>();
        for (Pending<T> row : rows) {
            String customerId = customers.get(row.customerExternalId());
            if (customerId == null) {
                tally.reject(row.line(), "customerExternalId: no customer '" + row.customerExternalId()
                        + "' is stored; import the customers first");
                continue;
            }
            T record = kind.withCustomer().apply(row.value(), customerId);
            T before = stored.get(row.externalId());
            if (before == null) {
                fresh.add(new Pending<>(row.line(), row.externalId(), row.customerExternalId(), record));
            } else if (kind.comparable().apply(before).equals(kind.comparable().apply(record))) {
                tally.unchanged++;
            } else {
                tally.reject(row.line(), "externalId: '" + row.externalId() + "' is already stored with other values"
                        + " or for another customer; an import does not change stored history");
            }
        }
        insert(fresh, tally);
    }

    private void insert(List<Pending<T>> fresh, ImportTally tally) {
        if (fresh.isEmpty()) {
            return;
        }
        List<String> customerIds = fresh.stream().map(row -> kind.customerId().apply(row.value())).distinct().toList();
        int inserted = intents.around(WriteIntent.Kind.SUMMARY, customerIds, () -> insertAndSummarise(fresh, tally));
        if (inserted > 0) {
            tally.inserted += inserted;
            dataVersion.changed();
        }
    }

    /** @return how many rows were inserted (and added to their customers' summaries) */
    private int insertAndSummarise(List<Pending<T>> fresh, ImportTally tally) {
        Set<Integer> failed = history.insertAll(kind.type(), fresh.stream().map(Pending::value).toList());
        Map<String, List<T>> byCustomer = new LinkedHashMap<>();
        List<String> inserted = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            Pending<T> row = fresh.get(i);
            if (failed.contains(i)) {
                tally.reject(row.line(), "externalId: '" + row.externalId() + "' was stored by another writer at the"
                        + " same time; import the file again to compare");
            } else {
                inserted.add(row.externalId());
                byCustomer.computeIfAbsent(kind.customerId().apply(row.value()), id -> new ArrayList<>()).add(row.value());
            }
        }
        if (inserted.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<String, Update> summaries = new HashMap<>();
        byCustomer.forEach((customerId, records) -> summaries.put(customerId,
                kind.summary().apply(new Update().inc(Customer.REVISION, 1).set(Customer.UPDATED_AT, now), records)));
        try {
            customerStore.updateAll(summaries);
        } catch (RuntimeException e) {
            history.removeByExternalIds(kind.type(), inserted);
            throw e;
        }
        events.publishEvent(new CustomersWritten(List.copyOf(summaries.keySet()), ChangeCause.IMPORT));
        return inserted.size();
    }

    /**
     * Creates the customers the rows name that are not stored yet (the CDNOW log has no customer file), joined on
     * the date of their first row, with an empty summary that the orders then fill.
     */
    private void createMissing(List<Pending<T>> rows, Map<String, String> customers, ImportTally tally) {
        Map<String, Instant> firstSeen = new LinkedHashMap<>();
        for (Pending<T> row : rows) {
            if (!customers.containsKey(row.customerExternalId()) && row.value() instanceof Order order) {
                firstSeen.merge(row.customerExternalId(), order.orderedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        if (firstSeen.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Customer> created = new ArrayList<>();
        firstSeen.forEach((externalId, first) -> {
            String id = new ObjectId().toHexString();
            String number = externalId.startsWith("CDNOW-") ? externalId.substring(6).replaceFirst("^0+(?=.)", "") : externalId;
            created.add(new Customer(id, externalId, "CDNOW customer " + number, null, null, null, "web",
                    LocalDate.ofInstant(first, ZoneOffset.UTC), null, List.of("cdnow"), null, OrderTotals.NONE, 0, now, now));
        });
        Set<Integer> failed = customerStore.insertAll(created);
        for (int i = 0; i < created.size(); i++) {
            if (!failed.contains(i)) {
                customers.put(created.get(i).externalId(), created.get(i).id());
                tally.customersCreated++;
            }
        }
        if (!failed.isEmpty()) { // created by another writer meanwhile: use theirs
            customers.putAll(customerStore.idsByExternalId(firstSeen.keySet()));
        }
    }
}
