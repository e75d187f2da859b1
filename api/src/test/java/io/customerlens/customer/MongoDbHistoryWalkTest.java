package io.customerlens.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.IntegrationTest;
import io.customerlens.support.QueryPlans;
import io.customerlens.support.QueryPlans.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * On MongoDB a population pass reads each history kind by walking its {@code customer_time} index: an index scan,
 * no collection scan, no sort in memory. Skipped without Docker; the embedded store has no {@code explain}, and
 * {@link HistoryStoreTest} checks there that the walk hands out what per-batch queries would.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbHistoryWalkTest extends IntegrationTest {

    @Container
    @ServiceConnection
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @ParameterizedTest
    @CsvSource({"orders, orderedAt", "surveys, answeredAt", "interactions, openedAt"})
    void eachHistoryIsWalkedAlongItsCustomerTimeIndex(String collection, String timeField) {
        Plan plan = QueryPlans.explain(mongo, collection,
                HistoryStore.walkQuery("000000000000000000000000", timeField));
        assertThat(plan.stages()).as("%s", plan).contains("IXSCAN").doesNotContain("COLLSCAN", "SORT");
        assertThat(plan.indexes()).containsOnly("customer_time");
    }
}
