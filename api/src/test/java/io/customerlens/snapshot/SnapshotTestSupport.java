package io.customerlens.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.customerlens.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the snapshot tests: one server for all of them, with batches of 2 (so that seven customers take four
 * batches, the last one short) and two scheduled models (the schedule itself is off).
 *
 * <p>The population, in id order: c1..c5 have 5, 4, 3, 2, 1 orders of 100, the last one 5, 30, 60, 120, 240
 * days ago (then every 10 days back); p6 and p7 have no orders; all joined 2024-06-30, 365 days before "now";
 * p7 alone is in region US-East. As {@code ScoringGraphQlTest} works out, RFM quintiles over c1..c5 put them in
 * champions (rank 1), loyal (2), need-attention (6), hibernating (10) and lost (11); p6 and p7 are prospects
 * (12). Behavioural loyalty = 100 x (0.30 x (n-1)/n + 0.25 x min(1, n / (365/365.25) / 12) + 0.15 x 365/730
 * + 0.30 x 0.5^(R/90)) for n orders, the last R days ago: c1 70.7905, c2 62.1501, c3 52.6531, c4 38.5750,
 * c5 14.3095; without orders only tenure counts: p6 = p7 = 100 x 0.15 x 0.5 = 7.5.
 */
@TestPropertySource(properties = {"customerlens.snapshots.batch-size=2",
        "customerlens.snapshots.models[0].model=rfm",
        "customerlens.snapshots.models[0].params.bins=3",
        "customerlens.snapshots.models[0].params.scheme=four-class",
        "customerlens.snapshots.models[1].model=behavioural"})
abstract class SnapshotTestSupport extends IntegrationTest {

    static final LocalDate JOINED = LocalDate.parse("2024-06-30");
    static final int[] RECENCY_DAYS = {5, 30, 60, 120, 240};
    static final List<String> RFM = List.of("champions", "loyal", "need-attention", "hibernating", "lost",
            "prospect", "prospect");
    static final List<Double> BEHAVIOURAL = List.of(70.79051647668737, 62.1500568754134, 52.65309657034091,
            38.5750284377067, 14.309464211078376, 7.5, 7.5);
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /** Every test ends with no run in progress, so that none writes into the next test's store. */
    @AfterEach
    void noRunLeftBehind() {
        Instant deadline = Instant.now().plus(DEADLINE);
        Query running = Query.query(Criteria.where("state").is("RUNNING"));
        while (mongo.count(running, Snapshot.COLLECTION) > 0) {
            if (Instant.now().isAfter(deadline)) {
                fail("a snapshot is still running after " + DEADLINE);
            }
            pause();
        }
    }

    /** @return the ids of c1..c5, p6, p7, in id order */
    List<String> population() {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            String id = fixtures.customer("C-" + (k + 1), JOINED);
            for (int n = 0; n < 5 - k; n++) {
                fixtures.order(id, NOW.minus(Duration.ofDays(RECENCY_DAYS[k] + 10L * n)), 100);
            }
            ids.add(id);
        }
        ids.add(fixtures.customer("P-6", JOINED));
        ids.add(graphQl.document("mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }")
                .variable("input", Map.of("externalId", "P-7", "name", "Test P-7", "joinedOn", JOINED.toString(),
                        "region", "US-East"))
                .execute().path("createCustomer.id").entity(String.class).get());
        return ids;
    }

    static Map<String, Object> model(String id) {
        return Map.of("model", id);
    }

    static Map<String, Object> model(String id, Map<String, Object> params) {
        return Map.of("model", id, "params", params);
    }

    /** @return the id of the snapshot started */
    String start(List<Map<String, Object>> models, Map<String, Object> filter) {
        Map<String, Object> input = filter == null ? Map.of("models", models) : Map.of("models", models, "filter", filter);
        return graphQl.documentName("startSnapshot").variable("input", input).execute()
                .path("startSnapshot.state").entity(String.class).isEqualTo("RUNNING")
                .path("startSnapshot.id").entity(String.class).get();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> snapshot(String id) {
        return graphQl.documentName("snapshot").variable("id", id).execute().path("snapshot").entity(Map.class).get();
    }

    /** @return the snapshot once it holds, polled with a deadline */
    Map<String, Object> awaitSnapshot(String id, Predicate<Map<String, Object>> condition) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (true) {
            Map<String, Object> snapshot = snapshot(id);
            if (condition.test(snapshot)) {
                return snapshot;
            }
            if (Instant.now().isAfter(deadline)) {
                fail("snapshot " + id + " still " + snapshot + " after " + DEADLINE);
            }
            pause();
        }
    }

    /** @return the snapshot once it ended */
    Map<String, Object> awaitEnd(String id) {
        return awaitSnapshot(id, snapshot -> !"RUNNING".equals(snapshot.get("state")));
    }

    /** @return the id of a snapshot that scored the models and COMPLETED */
    String completed(List<Map<String, Object>> models, Map<String, Object> filter) {
        String id = start(models, filter);
        assertThat(awaitEnd(id)).containsEntry("state", "COMPLETED");
        return id;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
