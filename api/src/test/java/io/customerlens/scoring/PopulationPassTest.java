package io.customerlens.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.customer.Customer;
import io.customerlens.customer.CustomerDeleted;
import io.customerlens.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.TestPropertySource;

/**
 * A population view over several batches reads each collection it needs with one query for the whole population,
 * not one per batch, and scores every customer as a page of them would; a second view of the same data takes the
 * results the first computed.
 */
@TestPropertySource(properties = "customerlens.analytics.batch-size=3")
class PopulationPassTest extends IntegrationTest {

    private static final int CUSTOMERS = 10;

    @Autowired
    MeterRegistry meters;
    @Autowired
    PopulationResults viewResults;
    @Autowired
    BatchScoring batchScoring;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void population() {
        for (int k = 1; k <= CUSTOMERS; k++) {
            String id = fixtures.customer("P-" + k, LocalDate.parse("2024-01-01"));
            fixtures.order(id, NOW.minus(Duration.ofDays(5L * k)), 40.0 * k);
            if (k % 2 == 0) {
                fixtures.order(id, NOW.minus(Duration.ofDays(40L * k)), 15.0 * k);
                fixtures.survey(id, NOW.minus(Duration.ofDays(k)), k - 1, null);
            }
        }
    }

    @Test
    void fourBatchesReadEachCollectionOnceAndScoreAsAPageDoes() {
        double ordersBefore = finds("orders");
        double surveysBefore = finds("surveys");
        double interactionsBefore = finds("interactions");
        double statesBefore = finds("segment_states");
        double customersBefore = finds("customers");
        long valueTierBefore = evaluations("value-tier");

        List<Map<String, Object>> segments = graphQl.document("""
                        { compareModels(a: {model: "value-tier"}, b: {model: "driver-index"}) { customers failed } \
                          segmentDistribution(model: "value-tier") { customers segments { code count } } }""")
                .execute().path("compareModels.customers").entity(Integer.class).isEqualTo(CUSTOMERS)
                .path("compareModels.failed").entity(Integer.class).isEqualTo(0)
                .path("segmentDistribution.customers").entity(Integer.class).isEqualTo(CUSTOMERS)
                .path("segmentDistribution.segments").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();

        // compareModels scores value-tier (memory) and driver-index (the three histories) in four batches of three.
        assertThat(finds("orders") - ordersBefore).as("order queries").isEqualTo(1);
        assertThat(finds("surveys") - surveysBefore).as("survey queries").isEqualTo(1);
        assertThat(finds("interactions") - interactionsBefore).as("interaction queries").isEqualTo(1);
        assertThat(finds("segment_states") - statesBefore).as("segment memory queries").isEqualTo(1);
        // segmentDistribution takes the tiers compareModels computed: value-tier ran once per customer.
        assertThat(evaluations("value-tier") - valueTierBefore).as("value-tier evaluations").isEqualTo(CUSTOMERS);
        // One read per view, and one for the population statistics value-tier compares against.
        assertThat(finds("customers") - customersBefore).as("customer queries").isEqualTo(3);

        // A page scores each customer on its own (the tiers it remembers are those the views assigned).
        Map<String, Long> byPage = graphQl.document("""
                        { customers(first: 10) { edges { node { segment(model: "value-tier") { code } } } } }""")
                .execute().path("customers.edges[*].node.segment.code").entityList(String.class).get().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> byView = segments.stream().filter(segment -> ((Number) segment.get("count")).longValue() > 0)
                .collect(Collectors.toMap(segment -> (String) segment.get("code"),
                        segment -> ((Number) segment.get("count")).longValue()));
        assertThat(byView).isEqualTo(byPage);
    }

    @Test
    void aWriteMakesTheNextViewScoreAgain() {
        String query = "{ segmentDistribution(model: \"value-tier\") { customers } }";
        long before = evaluations("value-tier");
        graphQl.document(query).execute().path("segmentDistribution.customers").entity(Integer.class).isEqualTo(CUSTOMERS);
        graphQl.document(query).execute().path("segmentDistribution.customers").entity(Integer.class).isEqualTo(CUSTOMERS);
        assertThat(evaluations("value-tier") - before).as("the second view reuses the first").isEqualTo(CUSTOMERS);

        fixtures.customer("P-new", LocalDate.parse("2025-01-01"));
        graphQl.document(query).execute().path("segmentDistribution.customers").entity(Integer.class)
                .isEqualTo(CUSTOMERS + 1);
        assertThat(evaluations("value-tier") - before).as("after a write, scored again").isEqualTo(2L * CUSTOMERS + 1);
    }

    @Test
    void aDeletedCustomersResultsLeaveTheSharedViewResultsAtOnce() {
        graphQl.document("{ segmentDistribution(model: \"rfm\") { customers } }").execute()
                .path("segmentDistribution.customers").entity(Integer.class).isEqualTo(CUSTOMERS);
        String deleted = mongo.findAll(Customer.class).get(0).id();
        assertThat(viewResults.column(viewResults.key(batchScoring.choose("rfm", null)))).containsKey(deleted);

        events.publishEvent(new CustomerDeleted(deleted));

        assertThat(viewResults.column(viewResults.key(batchScoring.choose("rfm", null))))
                .hasSize(CUSTOMERS - 1).doesNotContainKey(deleted);
    }

    private long evaluations(String model) {
        return meters.find("customerlens.model.evaluation").tag("model", model).timers().stream()
                .mapToLong(Timer::count).sum();
    }

    private double finds(String collection) {
        return meters.find("mongodb.driver.commands").tag("collection", collection).tag("command", "find").timers()
                .stream().mapToDouble(Timer::count).sum();
    }
}
