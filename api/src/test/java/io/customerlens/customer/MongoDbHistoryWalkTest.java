package io.customerlens.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.data.mongodb.core.query.Query;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * On MongoDB a population pass reads each history kind by walking its {@code customer_time} index: an index scan,
 * no collection scan, no sort in memory. Skipped without Docker; the embedded store has no {@code explain}, and
 * {@link HistoryRepositoryTest} checks there that the walk hands out what per-batch queries would.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbHistoryWalkTest extends IntegrationTest {

    @Container
    @ServiceConnection
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @ParameterizedTest
    @CsvSource({"orders, orderedAt", "surveys, answeredAt", "interactions, openedAt"})
    void eachHistoryIsWalkedAlongItsCustomerTimeIndex(String collection, String timeField) {
        Query query = HistoryRepository.walkQuery("000000000000000000000000", timeField);
        Document explained = mongo.getDb().runCommand(new Document("explain", new Document("find", collection)
                .append("filter", query.getQueryObject()).append("sort", query.getSortObject()))
                .append("verbosity", "queryPlanner"));
        Document winning = explained.get("queryPlanner", Document.class).get("winningPlan", Document.class);
        List<String> stages = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        collect(winning, stages, indexes);
        assertThat(stages).as("%s", winning.toJson()).contains("IXSCAN").doesNotContain("COLLSCAN", "SORT");
        assertThat(indexes).containsOnly("customer_time");
    }

    private static void collect(Object node, List<String> stages, List<String> indexes) {
        if (node instanceof Document document) {
            if (document.get("stage") instanceof String stage) {
                stages.add(stage);
            }
            if (document.get("indexName") instanceof String index) {
                indexes.add(index);
            }
            document.values().forEach(value -> collect(value, stages, indexes));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collect(value, stages, indexes));
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collect(value, stages, indexes));
        }
    }
}
