package io.customerlens.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerlens.customer.DataVersion;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Quantiles;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Recency, frequency and monetary distributions over every customer with at least one order. Computed by
 * streaming the customers' order summaries (a projection of three fields, one pass) and cached until
 * customer data changes or the date moves on.
 */
@Service
public class PopulationStatisticsService {

    private final MongoTemplate mongo;
    private final DataVersion dataVersion;
    private final Cache<Key, PopulationStatistics> cache = Caffeine.newBuilder().maximumSize(4).build();

    PopulationStatisticsService(MongoTemplate mongo, DataVersion dataVersion) {
        this.mongo = mongo;
        this.dataVersion = dataVersion;
    }

    private record Key(long version, LocalDate asOf) {
    }

    /** The statistics and the data version they were computed at. */
    record Versioned(long version, PopulationStatistics statistics) {
    }

    /** @return the statistics as of the date, from the cache when the data has not changed since */
    Versioned statistics(LocalDate asOf) {
        long version = dataVersion.current();
        return new Versioned(version, cache.get(new Key(version, asOf), key -> compute(asOf)));
    }

    private PopulationStatistics compute(LocalDate asOf) {
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
