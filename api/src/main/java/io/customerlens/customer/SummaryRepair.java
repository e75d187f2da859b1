package io.customerlens.customer;

import io.customerlens.store.KeySelection;
import io.customerlens.store.StreamBatches;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Recomputes customers' order summaries from their stored orders and corrects those that differ, safely beside
 * live writers: a summary is replaced only if the customer's revision is still the one read before the orders, and
 * customers that a write in flight names are left for later.
 */
@Component
public class SummaryRepair implements WriteIntents.Completion {

    static final int BATCH = 1_000;
    private static final String ORDERS = "orders";
    private static final int ATTEMPTS = 3;

    private final MongoTemplate mongo;
    private final DataVersion dataVersion;
    private final Clock clock;
    private final KeySelection keys;

    SummaryRepair(MongoTemplate mongo, DataVersion dataVersion, Clock clock, KeySelection keys) {
        this.mongo = mongo;
        this.dataVersion = dataVersion;
        this.clock = clock;
        this.keys = keys;
    }

    /** What a repair found. */
    public record Outcome(int checked, int repaired, List<String> leftBusy) {

        Outcome plus(Outcome other) {
            List<String> busy = new ArrayList<>(leftBusy);
            busy.addAll(other.leftBusy);
            return new Outcome(checked + other.checked, repaired + other.repaired, busy);
        }
    }

    @Override
    public WriteIntent.Kind kind() {
        return WriteIntent.Kind.SUMMARY;
    }

    @Override
    public List<String> complete(List<String> customerIds, Set<String> busy) {
        return repair(customerIds, busy).leftBusy();
    }

    /** Checks and repairs these customers (any number), a batch at a time. */
    public Outcome repair(Collection<String> customerIds, Set<String> busy) {
        Outcome outcome = new Outcome(0, 0, List.of());
        List<String> ids = List.copyOf(customerIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            outcome = outcome.plus(repairBatch(ids.subList(from, Math.min(ids.size(), from + BATCH)), busy));
        }
        return outcome;
    }

    /**
     * Checks every customer: one pass over the orders computes every summary, then the customers are compared a batch
     * at a time, and those that differ are repaired as in {@link #repair}.
     *
     * @param progress told the number of customers checked so far after each batch
     */
    public Outcome repairAll(Set<String> busy, IntConsumer progress) {
        Map<String, OrderTotals> computed = new HashMap<>();
        Query allOrders = StreamBatches.batched(orderFields(new Query()));
        try (Stream<Document> orders = mongo.stream(allOrders, Document.class, ORDERS)) {
            orders.forEach(order -> computed.merge(customerOf(order), totalsOf(order), SummaryRepair::add));
        }
        Outcome outcome = new Outcome(0, 0, List.of());
        String after = null;
        while (true) {
            Query page = new Query().with(Sort.by("_id")).limit(BATCH);
            page.fields().include("_id", "orderSummary");
            if (after != null) {
                page.addCriteria(Criteria.where("_id").gt(new ObjectId(after)));
            }
            List<Document> customers = mongo.find(page, Document.class, mongo.getCollectionName(Customer.class));
            if (customers.isEmpty()) {
                return outcome;
            }
            List<String> differing = customers.stream()
                    .filter(customer -> !same(storedSummary(customer),
                            computed.getOrDefault(idOf(customer), OrderTotals.NONE)))
                    .map(SummaryRepair::idOf).toList();
            Outcome batch = differing.isEmpty() ? new Outcome(0, 0, List.of()) : repairBatch(differing, busy);
            outcome = outcome.plus(new Outcome(customers.size(), batch.repaired(), batch.leftBusy()));
            progress.accept(outcome.checked());
            after = idOf(customers.get(customers.size() - 1));
        }
    }

    private Outcome repairBatch(List<String> ids, Set<String> busy) {
        int repaired = 0;
        List<String> pending = ids.stream().filter(id -> !busy.contains(id)).toList();
        List<String> left = new ArrayList<>(ids.stream().filter(busy::contains).toList());
        for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
            // The revisions first, then the orders: a write that lands in between changes the revision and the
            // conditional update below then leaves that customer for the next attempt.
            Map<String, Customer> customers = mongo.find(Query.query(Criteria.where("_id").in(pending)), Customer.class)
                    .stream().collect(Collectors.toMap(Customer::id, Function.identity()));
            Map<String, OrderTotals> computed = totals(pending);
            List<String> conflicted = new ArrayList<>();
            for (String id : pending) {
                Customer customer = customers.get(id);
                OrderTotals expected = computed.getOrDefault(id, OrderTotals.NONE);
                if (customer == null || same(customer.orderSummary(), expected)) {
                    continue;
                }
                Update update = new Update().set("orderSummary", expected).inc(Customer.REVISION, 1)
                        .set(Customer.UPDATED_AT, clock.instant());
                long matched = mongo.updateFirst(Query.query(Criteria.where("_id").is(id)
                        .and(Customer.REVISION).is(customer.revision())), update, Customer.class).getMatchedCount();
                if (matched == 1) {
                    repaired++;
                } else {
                    conflicted.add(id);
                }
            }
            pending = conflicted;
        }
        left.addAll(pending);
        if (repaired > 0) {
            dataVersion.changed();
        }
        return new Outcome(ids.size(), repaired, left);
    }

    private Map<String, OrderTotals> totals(List<String> customerIds) {
        Map<String, OrderTotals> totals = new HashMap<>();
        Query query = orderFields(Query.query(keys.anyOf(Order.CUSTOMER_ID, customerIds)));
        mongo.find(query, Document.class, ORDERS) // may hold customers between those asked for: never looked up
                .forEach(order -> totals.merge(customerOf(order), totalsOf(order), SummaryRepair::add));
        return totals;
    }

    private static Query orderFields(Query query) {
        query.fields().include(Order.CUSTOMER_ID, "amount", "orderedAt");
        return query;
    }

    private OrderTotals storedSummary(Document customer) {
        Document summary = customer.get("orderSummary", Document.class);
        return summary == null ? OrderTotals.NONE : mongo.getConverter().read(OrderTotals.class, summary);
    }

    private static String idOf(Document document) {
        return document.get("_id").toString();
    }

    private static String customerOf(Document order) {
        return String.valueOf(order.get(Order.CUSTOMER_ID));
    }

    private static OrderTotals totalsOf(Document order) {
        Object amount = order.get("amount");
        BigDecimal value = amount instanceof Decimal128 decimal ? decimal.bigDecimalValue()
                : amount == null ? BigDecimal.ZERO : new BigDecimal(amount.toString());
        Instant at = order.getDate("orderedAt") == null ? null : order.getDate("orderedAt").toInstant();
        return new OrderTotals(1, value, at, at);
    }

    private static OrderTotals add(OrderTotals a, OrderTotals b) {
        return new OrderTotals(a.count() + b.count(), a.total().add(b.total()),
                earlier(a.firstOrderAt(), b.firstOrderAt()), later(a.lastOrderAt(), b.lastOrderAt()));
    }

    /** Equal as summaries: the same count, instants and amount (whatever the decimal scale). */
    static boolean same(OrderTotals a, OrderTotals b) {
        return a.count() == b.count() && a.total().compareTo(b.total()) == 0
                && Objects.equals(a.firstOrderAt(), b.firstOrderAt())
                && Objects.equals(a.lastOrderAt(), b.lastOrderAt());
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
