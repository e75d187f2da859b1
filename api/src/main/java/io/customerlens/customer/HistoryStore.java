package io.customerlens.customer;

import com.mongodb.bulk.BulkWriteError;
import io.customerlens.store.BulkInserts;
import io.customerlens.store.KeySelection;
import io.customerlens.store.StreamBatches;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The history collections ({@code orders}, {@code surveys}, {@code interactions}): every query and write of them.
 * Histories of many customers are read at once, each list oldest first: for one batch, one query per history kind
 * (the customers selected with {@link KeySelection}: by {@code $in} on MongoDB, by id range on the embedded store);
 * for a population handed over in batches, one cursor per kind for the whole pass ({@link #walk}).
 */
@Repository
public class HistoryStore {

    private static final String ORDERS = "orders";
    private static final String EXTERNAL_ID = "externalId";

    private final MongoTemplate mongo;
    private final KeySelection keys;

    HistoryStore(MongoTemplate mongo, KeySelection keys) {
        this.mongo = mongo;
        this.keys = keys;
    }

    public Map<String, List<Order>> orders(Collection<String> customerIds) {
        return load(customerIds, Order.class, Order::customerId, Comparator.comparing(Order::orderedAt).thenComparing(Order::id),
                null);
    }

    public Map<String, List<Survey>> surveys(Collection<String> customerIds) {
        return load(customerIds, Survey.class, Survey::customerId,
                Comparator.comparing(Survey::answeredAt).thenComparing(Survey::id), null);
    }

    /**
     * @return the surveys as scoring models see them: without their Kano answers, which no model reads and which make
     *         a survey several times larger to read
     */
    public Map<String, List<Survey>> surveysForModels(Collection<String> customerIds) {
        return load(customerIds, Survey.class, Survey::customerId,
                Comparator.comparing(Survey::answeredAt).thenComparing(Survey::id), Survey.KANO);
    }

    public Map<String, List<Interaction>> interactions(Collection<String> customerIds) {
        return load(customerIds, Interaction.class, Interaction::customerId,
                Comparator.comparing(Interaction::openedAt).thenComparing(Interaction::id), null);
    }

    /** @return the entry as stored, with its id; a duplicate external id throws DuplicateKeyException */
    <T> T insert(T entry) {
        return mongo.insert(entry);
    }

    /**
     * Inserts history entries of one kind with one unordered bulk write.
     *
     * @return the positions of those refused (an external id stored meanwhile by another writer)
     */
    public Set<Integer> insertAll(Class<?> kind, List<?> entries) {
        return BulkInserts.insert(mongo, kind, entries, error -> true).stream().map(BulkWriteError::getIndex)
                .collect(Collectors.toSet());
    }

    /** @return the stored entries of this kind among these external ids (one query, on the unique index) */
    public <T> List<T> byExternalIds(Class<T> kind, Collection<String> externalIds) {
        return mongo.find(Query.query(Criteria.where(EXTERNAL_ID).in(externalIds)), kind);
    }

    /** Removes entries just stored, by external id, when the write they belong to could not complete. */
    public void removeByExternalIds(Class<?> kind, Collection<String> externalIds) {
        mongo.remove(Query.query(Criteria.where(EXTERNAL_ID).in(externalIds)), kind);
    }

    /** Removes an entry just stored, when the write it belongs to could not complete. */
    void remove(Object entry) {
        mongo.remove(entry);
    }

    /** @return how many entries of this kind the customer had; they are all removed */
    long removeAll(String customerId, Class<?> kind) {
        return mongo.remove(Query.query(Criteria.where(Order.CUSTOMER_ID).is(customerId)), kind).getDeletedCount();
    }

    /** @return the order with this external id, or null */
    Order orderByExternalId(String externalId) {
        return mongo.findOne(Query.query(Criteria.where(EXTERNAL_ID).is(externalId)), Order.class);
    }

    /** @return the summary of each customer's stored orders, for those of these customers with any (one query) */
    Map<String, OrderTotals> orderTotals(Collection<String> customerIds) {
        Query query = orderTotalFields(Query.query(keys.anyOf(Order.CUSTOMER_ID, List.copyOf(customerIds))));
        Map<String, OrderTotals> totals = new HashMap<>();
        // may hold customers between those asked for: they are never looked up
        mongo.find(query, Document.class, ORDERS).forEach(order -> addOrder(totals, order));
        return totals;
    }

    /** @return the summary of every buyer's stored orders, from one pass over the orders */
    Map<String, OrderTotals> orderTotalsOfAll() {
        Map<String, OrderTotals> totals = new HashMap<>();
        try (Stream<Document> orders = mongo.stream(StreamBatches.batched(orderTotalFields(new Query())),
                Document.class, ORDERS)) {
            orders.forEach(order -> addOrder(totals, order));
        }
        return totals;
    }

    private static Query orderTotalFields(Query query) {
        query.fields().include(Order.CUSTOMER_ID, Order.AMOUNT, Order.ORDERED_AT);
        return query;
    }

    private static void addOrder(Map<String, OrderTotals> totals, Document order) {
        Object amount = order.get(Order.AMOUNT);
        BigDecimal value = amount instanceof Decimal128 decimal ? decimal.bigDecimalValue()
                : amount == null ? BigDecimal.ZERO : new BigDecimal(amount.toString());
        Date at = order.getDate(Order.ORDERED_AT);
        totals.merge(String.valueOf(order.get(Order.CUSTOMER_ID)),
                OrderTotals.of(value, at == null ? null : at.toInstant()), OrderTotals::plus);
    }

    /** One order as the population fits read it. */
    public record OrderPoint(String customerId, Instant orderedAt, double amount) {
    }

    /**
     * @return every order as a three-field projection in (customerId, time) order, read {@link StreamBatches#SIZE}
     *         at a time; close it
     */
    public Stream<OrderPoint> orderPoints() {
        Query query = new Query().with(Sort.by(Order.CUSTOMER_ID, Order.ORDERED_AT));
        orderTotalFields(query);
        return mongo.stream(StreamBatches.batched(query), Document.class, ORDERS)
                .map(order -> new OrderPoint(order.getString(Order.CUSTOMER_ID),
                        order.getDate(Order.ORDERED_AT).toInstant(), money(order.get(Order.AMOUNT))));
    }

    /** One buyer's purchase days up to a date: a purchase day sums the orders of one UTC day. */
    public record PurchaseDays(String customerId, LocalDate first, LocalDate last, int days, double total,
                               double firstDayValue) {
    }

    /**
     * @return each buyer's purchase days up to the end of {@code asOf}, in customer order, as the store aggregates
     *         them (orders grouped into days per customer, then days per customer), so one document per buyer travels
     * @throws com.mongodb.MongoCommandException if the store refuses the pipeline
     */
    public List<PurchaseDays> purchaseDays(LocalDate asOf) {
        Date endOfAsOf = Date.from(asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        List<Document> pipeline = List.of(
                new Document("$match", new Document(Order.ORDERED_AT, new Document("$lt", endOfAsOf))),
                new Document("$group", new Document("_id", new Document("c", "$" + Order.CUSTOMER_ID)
                        .append("d", new Document("$dateToString", new Document("format", "%Y-%m-%d")
                                .append("date", "$" + Order.ORDERED_AT))))
                        .append("value", new Document("$sum", "$" + Order.AMOUNT))),
                new Document("$sort", new Document("_id.c", 1).append("_id.d", 1)),
                new Document("$group", new Document("_id", "$_id.c")
                        .append("first", new Document("$first", "$_id.d"))
                        .append("last", new Document("$last", "$_id.d"))
                        .append("days", new Document("$sum", 1))
                        .append("total", new Document("$sum", "$value"))
                        .append("firstValue", new Document("$first", "$value"))),
                new Document("$sort", new Document("_id", 1)));
        List<PurchaseDays> buyers = new ArrayList<>();
        for (Document buyer : mongo.getCollection(ORDERS).aggregate(pipeline).allowDiskUse(true)) {
            buyers.add(new PurchaseDays(String.valueOf(buyer.get("_id")), LocalDate.parse(buyer.getString("first")),
                    LocalDate.parse(buyer.getString("last")), buyer.getInteger("days"), money(buyer.get("total")),
                    money(buyer.get("firstValue"))));
        }
        return buyers;
    }

    private static double money(Object value) {
        return value instanceof Decimal128 decimal ? decimal.bigDecimalValue().doubleValue() : ((Number) value).doubleValue();
    }

    /**
     * @return a walk over the histories of a population read in ascending customer id order: one cursor per
     * history kind instead of one query per batch, each of which scans the collection on the embedded store
     */
    public HistoryWalk walk() {
        return new HistoryWalk(this);
    }

    Stream<Order> streamOrders(String fromCustomerId) {
        return stream(fromCustomerId, Order.class, Order.ORDERED_AT, null);
    }

    /** The walk serves scoring passes: surveys without their Kano answers, as {@link #surveysForModels}. */
    Stream<Survey> streamSurveys(String fromCustomerId) {
        return stream(fromCustomerId, Survey.class, "answeredAt", Survey.KANO);
    }

    Stream<Interaction> streamInteractions(String fromCustomerId) {
        return stream(fromCustomerId, Interaction.class, "openedAt", null);
    }

    /** @param leftOut a field not read, or null */
    private <T> Stream<T> stream(String fromCustomerId, Class<T> type, String timeField, String leftOut) {
        Query query = walkQuery(fromCustomerId, timeField);
        if (leftOut != null) {
            query.fields().exclude(leftOut);
        }
        return mongo.stream(StreamBatches.batched(query), type);
    }

    /**
     * Every entry from the customer on, in (customerId, time) order: on MongoDB a walk of the history's
     * {@code customer_time} index, with no sort in memory (sorted by the index's own keys).
     */
    static Query walkQuery(String fromCustomerId, String timeField) {
        return Query.query(Criteria.where(Order.CUSTOMER_ID).gte(fromCustomerId))
                .with(Sort.by(Order.CUSTOMER_ID, timeField));
    }

    /**
     * One query, unsorted: each customer's few entries are sorted here, which costs less than sorting the whole
     * batch in the store (the embedded store compares documents field by field).
     */
    private <T> Map<String, List<T>> load(Collection<String> customerIds, Class<T> type, Function<T, String> customerOf,
                                          Comparator<T> oldestFirst, String leftOut) {
        Map<String, List<T>> byCustomer = new HashMap<>();
        customerIds.forEach(id -> byCustomer.put(id, new ArrayList<>()));
        if (customerIds.isEmpty()) {
            return byCustomer;
        }
        Query query = Query.query(keys.anyOf(Order.CUSTOMER_ID, List.copyOf(customerIds)));
        if (leftOut != null) {
            query.fields().exclude(leftOut);
        }
        for (T entry : mongo.find(query, type)) {
            List<T> entries = byCustomer.get(customerOf.apply(entry));
            if (entries != null) { // null: a customer between two of the batch, not in it
                entries.add(entry);
            }
        }
        byCustomer.values().forEach(entries -> entries.sort(oldestFirst));
        return byCustomer;
    }
}
