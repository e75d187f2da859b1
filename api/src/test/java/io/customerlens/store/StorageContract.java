package io.customerlens.store;

import static io.customerlens.support.IntegrationTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
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

    private List<String> indexes(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream().map(StorageContract::describe).toList();
    }

    private static String describe(IndexInfo index) {
        String fields = String.join(",", index.getIndexFields().stream().map(field -> field.getKey()).toList());
        return fields + (index.isUnique() ? " unique" : "") + (index.isSparse() ? " sparse" : "");
    }
}
