package io.customerlens.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A page of customers costs a fixed number of store queries, whatever its size: one per history kind the models
 * read, one for the segment memory, one pass for the population statistics. Counted with the Mongo driver's
 * command metrics ({@code mongodb.driver.commands}) and the caches' own metrics.
 */
class BatchingTest extends IntegrationTest {

    private static final int PAGE = 8;
    private static final String PAGE_QUERY = """
            { customers(first: 8) { edges { node { id
                segment(model: "value-tier") { code } rfm: segment(model: "rfm") { code }
                satisfaction(model: "nps") { value } loyalty(model: "behavioural") { value } } } } }""";

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void population() {
        for (int k = 1; k <= PAGE; k++) {
            String id = fixtures.customer("B-" + k, LocalDate.parse("2024-01-01"));
            fixtures.order(id, NOW.minus(Duration.ofDays(3L * k)), 100.0 * k);
            fixtures.survey(id, NOW.minus(Duration.ofDays(k)), k, null);
        }
    }

    @Test
    void aPageQueriesEachKindOfDataOnceNotOncePerCustomer() {
        double statesBefore = finds("segment_states");
        double surveysBefore = finds("surveys");
        double customersBefore = finds("customers");

        List<String> tiers = graphQl.document(PAGE_QUERY).execute()
                .path("customers.edges[*].node.segment.code").entityList(String.class).hasSize(PAGE).get();

        assertThat(tiers).contains("vip", "basic");
        assertThat(finds("segment_states") - statesBefore).as("segment memory lookups").isEqualTo(1);
        assertThat(finds("surveys") - surveysBefore).as("survey loads").isEqualTo(1);
        // The page itself and one pass for the population statistics (rfm and value-tier share it).
        assertThat(finds("customers") - customersBefore).as("customer queries").isEqualTo(2);
    }

    @Test
    void aBatchWhoseResultsAreCachedQueriesNoHistory() {
        String page = "/api/customers?first=8&satisfaction=nps&segmentation=value-tier";
        double surveysBefore = finds("surveys");
        assertThat(http.get(page, TestKeys.key(Role.VIEWER)).statusCode()).isEqualTo(200);
        assertThat(finds("surveys") - surveysBefore).as("first page: one survey load").isEqualTo(1);
        http.get(page, TestKeys.key(Role.VIEWER));
        http.get(page, TestKeys.key(Role.VIEWER));
        assertThat(finds("surveys") - surveysBefore).as("then none: nps results come from the cache").isEqualTo(1);
    }

    @Test
    void populationStatisticsAreComputedOncePerDataVersionAndEveryEvaluationIsTimedPerModel() {
        double missesBefore = cache("population-statistics", "miss");
        double hitsBefore = cache("population-statistics", "hit");
        long evaluationsBefore = evaluations("value-tier");

        graphQl.document(PAGE_QUERY).execute().path("customers.edges").entityList(Object.class).hasSize(PAGE);

        assertThat(cache("population-statistics", "miss") - missesBefore).isEqualTo(1);
        // rfm and value-tier read them for each of the eight customers: 16 look-ups, the first one missed.
        assertThat(cache("population-statistics", "hit") - hitsBefore).isEqualTo(2 * PAGE - 1);
        assertThat(evaluations("value-tier") - evaluationsBefore).isEqualTo(PAGE);

        // The first evaluation wrote each customer's tier memory, which is part of the cache key: evaluated once more.
        graphQl.document(PAGE_QUERY).execute().path("customers.edges").entityList(Object.class).hasSize(PAGE);
        assertThat(evaluations("value-tier") - evaluationsBefore).isEqualTo(2 * PAGE);
        long rfmBefore = evaluations("rfm");
        graphQl.document(PAGE_QUERY).execute().path("customers.edges").entityList(Object.class).hasSize(PAGE);
        assertThat(evaluations("value-tier") - evaluationsBefore).as("then from the score cache").isEqualTo(2 * PAGE);
        assertThat(evaluations("rfm")).isEqualTo(rfmBefore);
    }

    @Test
    void aPopulationViewWritesTheTiersItAssignsWithOneBulkWrite() {
        double updatesBefore = commands("segment_states", "update");
        double insertsBefore = commands("segment_states", "insert");

        List<Object> segments = graphQl.document("{ segmentDistribution(model: \"value-tier\") { segments { code } } }")
                .execute().path("segmentDistribution.segments").entityList(Object.class).get();

        assertThat(segments).isNotEmpty();
        assertThat(mongo.count(new Query(), SegmentStates.COLLECTION))
                .as("one remembered tier per customer").isEqualTo(PAGE);
        // First tiers: inserted together, with no upsert.
        assertThat(commands("segment_states", "insert") - insertsBefore).as("written together").isEqualTo(1);
        assertThat(commands("segment_states", "update") - updatesBefore).as("upserts").isZero();
    }

    private double finds(String collection) {
        return commands(collection, "find");
    }

    private double commands(String collection, String command) {
        return meters.find("mongodb.driver.commands").tag("collection", collection).tag("command", command).timers()
                .stream().mapToDouble(Timer::count).sum();
    }

    private double cache(String name, String result) {
        FunctionCounter counter = meters.find("cache.gets").tag("cache", name).tag("result", result).functionCounter();
        return counter == null ? 0 : counter.count();
    }

    private long evaluations(String model) {
        return meters.find("customerlens.model.evaluation").tag("model", model).timers().stream()
                .mapToLong(Timer::count).sum();
    }
}
