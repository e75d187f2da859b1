package io.customerlens.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerlens.customer.DataVersion;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PurchasePattern;
import io.customerlens.sdk.Quantiles;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Population-wide figures models compare customers against, cached until customer data changes or the date
 * moves on: recency, frequency and monetary distributions over every customer with at least one order (one
 * pass over a three-field projection of the customers), and, only for models that ask, every buyer's purchase
 * pattern (one pass over the orders sorted by customer). Both are computed in this server rather than by
 * aggregation, because the embedded store lacks {@code $setWindowFields} and {@code $percentile}.
 */
@Service
public class PopulationStatisticsService {

    private final MongoTemplate mongo;
    private final DataVersion dataVersion;
    private final Cache<Key, PopulationStatistics> statistics = Caffeine.newBuilder().maximumSize(4).build();
    private final Cache<Key, List<PurchasePattern>> patterns = Caffeine.newBuilder().maximumSize(2).build();

    PopulationStatisticsService(MongoTemplate mongo, DataVersion dataVersion) {
        this.mongo = mongo;
        this.dataVersion = dataVersion;
    }

    private record Key(long version, LocalDate asOf) {
    }

    /** The statistics and the data version they were computed at. */
    record Versioned(long version, PopulationStatistics statistics) {
    }

    /**
     * @param asOf         the evaluation date
     * @param withPatterns whether to include every buyer's purchase pattern
     * @return the statistics, from the cache when the data has not changed since
     */
    Versioned statistics(LocalDate asOf, boolean withPatterns) {
        long version = dataVersion.current();
        Key key = new Key(version, asOf);
        PopulationStatistics stats = statistics.get(key, k -> distributions(asOf));
        if (withPatterns) {
            stats = stats.withPurchasePatterns(patterns.get(key, k -> purchasePatterns(asOf)));
        }
        return new Versioned(version, stats);
    }

    private PopulationStatistics distributions(LocalDate asOf) {
        Query query = Query.query(Criteria.where("orderSummary.count").gt(0));
        query.fields().include("orderSummary.count", "orderSummary.total", "orderSummary.lastOrderAt");
        Columns columns = new Columns();
        try (var stream = mongo.stream(query, Document.class, "customers")) {
            stream.forEach(document -> {
                Document summary = document.get("orderSummary", Document.class);
                Date last = summary.getDate("lastOrderAt");
                long days = ChronoUnit.DAYS.between(last.toInstant().atZone(ZoneOffset.UTC).toLocalDate(), asOf);
                columns.add(Math.max(0, days), summary.getInteger("count"), money(summary.get("total")));
            });
        }
        return new PopulationStatistics(columns.size, columns.quantiles(0), columns.quantiles(1),
                columns.quantiles(2), asOf);
    }

    private List<PurchasePattern> purchasePatterns(LocalDate asOf) {
        Query query = new Query().with(Sort.by("customerId", "orderedAt"));
        query.fields().include("customerId", "orderedAt", "amount");
        List<PurchasePattern> result = new ArrayList<>();
        List<OrderRecord> current = new ArrayList<>();
        String[] customer = {null};
        try (var stream = mongo.stream(query, Document.class, "orders")) {
            stream.forEach(order -> {
                String id = order.getString("customerId");
                if (!id.equals(customer[0])) {
                    addPattern(result, current, asOf);
                    customer[0] = id;
                }
                current.add(new OrderRecord(order.getDate("orderedAt").toInstant(), money(order.get("amount")), 1, 0, null));
            });
        }
        addPattern(result, current, asOf);
        return result;
    }

    private static void addPattern(List<PurchasePattern> result, List<OrderRecord> orders, LocalDate asOf) {
        PurchasePattern pattern = orders.isEmpty() ? null : PurchasePattern.of(orders, asOf);
        if (pattern != null) {
            result.add(pattern);
        }
        orders.clear();
    }

    private static double money(Object value) {
        return value instanceof Decimal128 decimal ? decimal.bigDecimalValue().doubleValue() : ((Number) value).doubleValue();
    }

    /** Three growable columns of doubles: recency, frequency, monetary. */
    private static final class Columns {
        private double[][] values = new double[3][1024];
        private int size;

        void add(double recency, double frequency, double monetary) {
            if (size == values[0].length) {
                for (int i = 0; i < 3; i++) {
                    values[i] = Arrays.copyOf(values[i], size * 2);
                }
            }
            values[0][size] = recency;
            values[1][size] = frequency;
            values[2][size] = monetary;
            size++;
        }

        Quantiles quantiles(int column) {
            return Quantiles.of(Arrays.copyOf(values[column], size));
        }
    }
}
