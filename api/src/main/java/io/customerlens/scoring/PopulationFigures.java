package io.customerlens.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerlens.customer.CustomerStore;
import io.customerlens.customer.DataVersion;
import io.customerlens.customer.OrderTotals;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.MembershipSpan;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Quantiles;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Population-wide figures models compare customers against, cached until customer data changes or the date
 * moves on: recency, frequency and monetary distributions over every customer with at least one order (one
 * pass over a three-field projection of the customers), and, only for models that ask, every buyer's purchase
 * pattern (by aggregation, see {@link PurchasePatterns}) and every membership's start and end. The quantiles are computed in this server on every store:
 * models get the exact distribution (type-7 quantiles at any probability), which neither {@code $percentile}
 * (approximate only, and absent from the embedded store) nor any other aggregation operator returns. Hits and
 * misses are published as {@code cache.*} metrics with {@code cache=population-statistics} and
 * {@code cache=purchase-patterns}.
 */
@Service
public class PopulationFigures {

    private final CustomerStore customers;
    private final DataVersion dataVersion;
    private final PurchasePatterns purchasePatterns;
    // A few entries suffice: one per data version and evaluation date in use at the same time.
    private final Cache<Key, PopulationStatistics> statistics = Caffeine.newBuilder().maximumSize(4).recordStats().build();
    private final Cache<Key, PopulationStatistics> statisticsWithPatterns = Caffeine.newBuilder().maximumSize(2).recordStats().build();
    private final Cache<MembershipsKey, PopulationStatistics> statisticsWithMemberships =
            Caffeine.newBuilder().maximumSize(2).recordStats().build();

    PopulationFigures(CustomerStore customers, DataVersion dataVersion, PurchasePatterns purchasePatterns,
                                MeterRegistry meters) {
        this.customers = customers;
        this.dataVersion = dataVersion;
        this.purchasePatterns = purchasePatterns;
        CaffeineCacheMetrics.monitor(meters, statistics, "population-statistics");
        CaffeineCacheMetrics.monitor(meters, statisticsWithPatterns, "purchase-patterns");
        CaffeineCacheMetrics.monitor(meters, statisticsWithMemberships, "memberships");
    }

    private record Key(long version, LocalDate asOf) {
    }

    /** The statistics of a key with every membership, with or without the purchase patterns. */
    private record MembershipsKey(Key key, boolean withPatterns) {
    }

    /** The statistics and the data version they were computed at. */
    record Versioned(long version, PopulationStatistics statistics) {
    }

    /**
     * @param asOf   the evaluation date
     * @param inputs what the model declares: every buyer's purchase pattern is included for
     *               {@link CustomerData#PURCHASE_PATTERNS}, every membership for {@link CustomerData#MEMBERSHIPS}
     * @return the statistics, from the cache when the data has not changed since
     */
    Versioned statistics(LocalDate asOf, Set<CustomerData> inputs) {
        long version = dataVersion.current();
        Key key = new Key(version, asOf);
        PopulationStatistics stats = statistics.get(key, k -> distributions(asOf));
        if (inputs.contains(CustomerData.PURCHASE_PATTERNS)) {
            // Built once per key, not per customer: the statistics copy the patterns, one per buyer.
            PopulationStatistics distributions = stats;
            stats = statisticsWithPatterns.get(key, k -> distributions.withPurchasePatterns(purchasePatterns.asOf(asOf)));
        }
        if (inputs.contains(CustomerData.MEMBERSHIPS)) {
            // Built once per key too, not a copy per customer.
            PopulationStatistics without = stats;
            MembershipsKey withMemberships = new MembershipsKey(key, inputs.contains(CustomerData.PURCHASE_PATTERNS));
            stats = statisticsWithMemberships.get(withMemberships, k -> without.withMemberships(memberships(asOf)));
        }
        return new Versioned(version, stats);
    }

    /** @return every stored membership as known on {@code asOf} */
    private List<MembershipSpan> memberships(LocalDate asOf) {
        return customers.membershipSpans().stream().map(span -> span.asOf(asOf)).filter(Objects::nonNull).toList();
    }

    private PopulationStatistics distributions(LocalDate asOf) {
        Columns columns = new Columns();
        try (Stream<OrderTotals> buyers = customers.buyerSummaries()) {
            buyers.forEach(summary -> {
                LocalDate last = summary.lastOrderAt().atZone(ZoneOffset.UTC).toLocalDate();
                columns.add(Math.max(0, ChronoUnit.DAYS.between(last, asOf)), summary.count(),
                        summary.total().doubleValue());
            });
        }
        return new PopulationStatistics(columns.size, columns.quantiles(0), columns.quantiles(1),
                columns.quantiles(2), asOf);
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
