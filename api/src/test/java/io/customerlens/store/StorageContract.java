package io.customerlens.store;

import static io.customerlens.support.IntegrationTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.IntegrationTest;
import io.customerlens.scoring.PurchasePatterns;
import io.customerlens.sdk.PurchasePattern;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.index.IndexInfo;

/**
 * What the application needs from its store, run against the embedded server and, where Docker is available,
 * a real MongoDB ({@link EmbeddedStorageTest}, {@link MongoDbStorageTest}).
 */
abstract class StorageContract extends IntegrationTest {

    @Test
    void createsTheIndexesQueriesFilterBy() {
        assertThat(indexes("customers")).contains("externalId unique", "region", "channel", "tags", "joinedOn");
        assertThat(indexes("orders")).contains("customerId,orderedAt", "externalId unique sparse");
        assertThat(indexes("surveys")).contains("customerId,answeredAt");
        assertThat(indexes("interactions")).contains("customerId,openedAt");
    }

    @Test
    void concurrentOrdersForOneCustomerAreCountedExactly() throws Exception {
        String customer = fixtures.customer("K-1", LocalDate.parse("2024-01-01"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                double amount = i / 100.0;
                Duration age = Duration.ofHours(i);
                done.add(pool.submit(() -> fixtures.order(customer, NOW.minus(age), amount)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        // 0.01 + 0.02 + ... + 0.50 = 0.01 x 50 x 51 / 2 = 12.75
        Document summary = mongo.getCollection("customers").find().first().get("orderSummary", Document.class);
        assertThat(summary.getInteger("count")).isEqualTo(50);
        assertThat(summary.get("total", Decimal128.class).bigDecimalValue()).isEqualByComparingTo("12.75");
        assertThat(summary.getDate("firstOrderAt").toInstant()).isEqualTo(NOW.minus(Duration.ofHours(50)));
        assertThat(summary.getDate("lastOrderAt").toInstant()).isEqualTo(NOW.minus(Duration.ofHours(1)));
    }

    @Autowired
    private PurchasePatterns purchasePatterns;

    @Test
    void purchasePatternsByAggregationEqualTheHandComputedOnesAndTheFallback() {
        String a = fixtures.customer("P-A", LocalDate.parse("2024-01-01"));
        fixtures.order(a, Instant.parse("2025-01-10T09:00:00Z"), 5.00);
        fixtures.order(a, Instant.parse("2025-01-10T18:00:00Z"), 7.00);
        fixtures.order(a, Instant.parse("2025-03-01T12:00:00Z"), 3.00);
        fixtures.order(a, Instant.parse("2025-07-01T11:00:00Z"), 99.00);
        String b = fixtures.customer("P-B", LocalDate.parse("2024-01-01"));
        fixtures.order(b, Instant.parse("2025-06-01T08:00:00Z"), 10.00);
        String c = fixtures.customer("P-C", LocalDate.parse("2024-01-01"));
        fixtures.order(c, Instant.parse("2025-02-01T10:00:00Z"), 4.00);
        fixtures.order(c, Instant.parse("2025-04-01T10:00:00Z"), 6.00);
        fixtures.order(c, Instant.parse("2025-06-29T23:30:00Z"), 2.50);
        LocalDate asOf = LocalDate.parse("2025-06-30");

        // A: two orders on 01-10 are one purchase; 07-01 is after asOf. x = 1, t_x = 01-10 -> 03-01 = 21 + 28 + 1
        //    = 50 days, T = 01-10 -> 06-30 = 21 + 28 + 31 + 30 + 31 + 30 = 171, mean repeat value 3.00
        // B: one purchase: x = 0, t_x = 0, T = 29, mean 0
        // C: x = 2, t_x = 02-01 -> 06-29 = 148, T = 149, mean (6.00 + 2.50) / 2 = 4.25
        List<PurchasePattern> expected = List.of(new PurchasePattern(1, 50, 171, 3.0), new PurchasePattern(0, 0, 29, 0),
                new PurchasePattern(2, 148, 149, 4.25));
        assertThat(purchasePatterns.byAggregation(asOf)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(purchasePatterns.byStreaming(asOf)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private List<String> indexes(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream().map(StorageContract::describe).toList();
    }

    private static String describe(IndexInfo index) {
        String fields = String.join(",", index.getIndexFields().stream().map(field -> field.getKey()).toList());
        return fields + (index.isUnique() ? " unique" : "") + (index.isSparse() ? " sparse" : "");
    }
}
