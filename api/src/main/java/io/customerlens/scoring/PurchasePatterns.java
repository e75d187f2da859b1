package io.customerlens.scoring;

import com.mongodb.MongoCommandException;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.PurchasePattern;
import io.customerlens.store.EmbeddedStore;
import io.customerlens.store.StreamBatches;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Every buyer's purchase pattern (x, t_x, T, mean repeat value; see {@link PurchasePattern}), the input of the
 * population fits. The store computes them by aggregation — orders grouped into purchase days per customer, then
 * days into one pattern per customer — so one document per buyer travels instead of every order. A store that
 * refuses the pipeline gets the fallback: the orders streamed in customer order and summarised here, with the
 * SDK's own {@link PurchasePattern#of}. Both give the same patterns (tested on the embedded server and MongoDB).
 */
@Component
public class PurchasePatterns {

    private static final Logger log = LoggerFactory.getLogger(PurchasePatterns.class);

    private final MongoTemplate mongo;
    private final boolean embedded;
    private volatile boolean aggregationRefused;

    PurchasePatterns(MongoTemplate mongo, ObjectProvider<EmbeddedStore> embeddedStore) {
        this.mongo = mongo;
        this.embedded = embeddedStore.getIfAvailable() != null;
    }

    List<PurchasePattern> asOf(LocalDate asOf) {
        // The embedded store evaluates the pipeline's expressions document by document in one thread: for a million
        // orders, streaming them in customer order and summarising here is several times faster.
        if (!aggregationRefused && !embedded) {
            try {
                return byAggregation(asOf);
            } catch (MongoCommandException e) {
                aggregationRefused = true;
                log.warn("The store refused the purchase-pattern aggregation ({}); computing patterns in the server", e.getErrorMessage());
            }
        }
        return byStreaming(asOf);
    }

    /** @return the patterns as the store aggregates them */
    public List<PurchasePattern> byAggregation(LocalDate asOf) {
        Date endOfAsOf = Date.from(asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        List<Document> pipeline = List.of(
                new Document("$match", new Document("orderedAt", new Document("$lt", endOfAsOf))),
                // one purchase per customer and UTC day, of the day's summed value
                new Document("$group", new Document("_id", new Document("c", "$customerId")
                        .append("d", new Document("$dateToString", new Document("format", "%Y-%m-%d").append("date", "$orderedAt"))))
                        .append("value", new Document("$sum", "$amount"))),
                new Document("$sort", new Document("_id.c", 1).append("_id.d", 1)),
                new Document("$group", new Document("_id", "$_id.c")
                        .append("first", new Document("$first", "$_id.d"))
                        .append("last", new Document("$last", "$_id.d"))
                        .append("days", new Document("$sum", 1))
                        .append("total", new Document("$sum", "$value"))
                        .append("firstValue", new Document("$first", "$value"))),
                new Document("$sort", new Document("_id", 1)));
        List<PurchasePattern> patterns = new ArrayList<>();
        for (Document buyer : mongo.getCollection("orders").aggregate(pipeline).allowDiskUse(true)) {
            LocalDate first = LocalDate.parse(buyer.getString("first"));
            LocalDate last = LocalDate.parse(buyer.getString("last"));
            int repeats = buyer.getInteger("days") - 1;
            double repeatValue = money(buyer.get("total")) - money(buyer.get("firstValue"));
            patterns.add(new PurchasePattern(repeats, ChronoUnit.DAYS.between(first, last),
                    ChronoUnit.DAYS.between(first, asOf), repeats == 0 ? 0 : Math.max(0, repeatValue) / repeats));
        }
        return patterns;
    }

    /** @return the patterns summarised here from the streamed orders: the fallback */
    public List<PurchasePattern> byStreaming(LocalDate asOf) {
        Query query = new Query().with(Sort.by("customerId", "orderedAt"));
        query.fields().include("customerId", "orderedAt", "amount");
        List<PurchasePattern> result = new ArrayList<>();
        List<OrderRecord> current = new ArrayList<>();
        String[] customer = {null};
        try (var stream = mongo.stream(StreamBatches.batched(query), Document.class, "orders")) {
            stream.forEach(order -> {
                String id = order.getString("customerId");
                if (!id.equals(customer[0])) {
                    add(result, current, asOf);
                    customer[0] = id;
                }
                current.add(new OrderRecord(order.getDate("orderedAt").toInstant(), money(order.get("amount")), 1, 0, null));
            });
        }
        add(result, current, asOf);
        return result;
    }

    private static void add(List<PurchasePattern> result, List<OrderRecord> orders, LocalDate asOf) {
        PurchasePattern pattern = orders.isEmpty() ? null : PurchasePattern.of(orders, asOf);
        if (pattern != null) {
            result.add(pattern);
        }
        orders.clear();
    }

    static double money(Object value) {
        return value instanceof Decimal128 decimal ? decimal.bigDecimalValue().doubleValue() : ((Number) value).doubleValue();
    }
}
