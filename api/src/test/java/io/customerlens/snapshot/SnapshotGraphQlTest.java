package io.customerlens.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.customer.Customers;
import io.customerlens.scoring.BatchScoring;
import io.customerlens.security.Role;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.ErrorType;
import tools.jackson.databind.ObjectMapper;

/** Snapshot runs through the API: what they store, progress, cancelling, history, the schedule, refusals. */
class SnapshotGraphQlTest extends SnapshotTestSupport {

    /** SHA-256 of {"bins":5,"scheme":"standard","weightF":1.0,"weightM":1.0,"weightR":1.0} (sha256sum). */
    private static final String RFM_DEFAULTS_HASH = "2c79b25ca8608bd3cb5473d3505e779158c94bfdcda8dbe41accc006e321a615";

    @Autowired
    private SnapshotSchedule schedule;
    @Autowired
    private Customers customers;
    @Autowired
    private BatchScoring scoring;
    @Autowired
    private SnapshotStore store;
    @Autowired
    private SnapshotProperties properties;
    @Autowired
    private ObjectMapper json;

    @Test
    void storesEveryResultAndTheyEqualTheLiveFields() {
        List<String> ids = population();

        String id = graphQl.documentName("startSnapshot")
                .variable("input", Map.of("models", List.of(model("rfm"), model("behavioural"))))
                .execute()
                .path("startSnapshot.state").entity(String.class).isEqualTo("RUNNING")
                .path("startSnapshot.total").entity(Integer.class).isEqualTo(7)
                .path("startSnapshot.requestedBy").entity(String.class).isEqualTo("test admin")
                .path("startSnapshot.models[0].model.version").entity(String.class).isEqualTo("1.1.0")
                .path("startSnapshot.models[0].family").entity(String.class).isEqualTo("SEGMENTATION")
                .path("startSnapshot.models[0].paramsHash").entity(String.class).isEqualTo(RFM_DEFAULTS_HASH)
                .path("startSnapshot.models[1].family").entity(String.class).isEqualTo("LOYALTY")
                .path("startSnapshot.id").entity(String.class).get();

        Map<String, Object> ended = awaitEnd(id);
        assertThat(ended).containsEntry("state", "COMPLETED").containsEntry("total", 7).containsEntry("done", 7)
                .containsEntry("failed", 0).containsEntry("failures", List.of()).containsEntry("error", null)
                .containsEntry("filter", null).containsEntry("finishedAt", "2025-06-30T12:00:00.000Z");
        assertThat((Double) ended.get("ratePerSecond")).isPositive();

        List<Document> rfm = stored(id, "rfm");
        List<Document> behavioural = stored(id, "behavioural");
        assertThat(rfm).extracting(score -> score.getString("customerId")).containsExactlyElementsOf(ids);
        assertThat(behavioural).extracting(score -> score.getString("customerId")).containsExactlyElementsOf(ids);
        assertThat(rfm).extracting(score -> score.getString("segment")).containsExactlyElementsOf(RFM);
        assertThat(rfm).extracting(score -> score.getInteger("rank")).containsExactly(1, 2, 6, 10, 11, 12, 12);
        assertThat(rfm.get(0)).containsEntry("label", "Champions").containsEntry("modelVersion", "1.1.0")
                .containsEntry("pluginId", "rfm").containsEntry("pluginVersion", "1.1.1")
                .containsEntry("paramsHash", RFM_DEFAULTS_HASH).containsEntry("family", "SEGMENTATION")
                .containsEntry("computedAt", Date.from(NOW)).doesNotContainKey("value");
        for (int k = 0; k < 7; k++) {
            Double value = behavioural.get(k).getDouble("value");
            assertThat(value).as("behavioural of customer %d", k + 1).isCloseTo(BEHAVIOURAL.get(k), within(1e-9));
            graphQl.document("""
                            query($id: ID!) { customer(id: $id) {
                                segment(model: "rfm") { code rank } loyalty(model: "behavioural") { value } } }""")
                    .variable("id", ids.get(k)).execute()
                    .path("customer.segment.code").entity(String.class).isEqualTo(rfm.get(k).getString("segment"))
                    .path("customer.segment.rank").entity(Integer.class).isEqualTo(rfm.get(k).getInteger("rank"))
                    .path("customer.loyalty.value").entity(Double.class).isEqualTo(value);
        }
    }

    @Autowired
    private MeterRegistry meters;

    @Test
    void aSnapshotLeavesTheLiveScoreCacheAlone() {
        List<String> ids = population();
        double before = cachedScores();
        String id = graphQl.documentName("startSnapshot").variable("input", Map.of("models", List.of(model("rfm"))))
                .execute().path("startSnapshot.id").entity(String.class).get();
        assertThat(awaitEnd(id)).containsEntry("state", "COMPLETED").containsEntry("done", 7);
        assertThat(cachedScores()).isEqualTo(before);

        graphQl.document("query($id: ID!) { customer(id: $id) { segment(model: \"rfm\") { code } } }")
                .variable("id", ids.get(0)).execute().path("customer.segment.code").hasValue();
        assertThat(cachedScores()).isEqualTo(before + 1);
    }

    private double cachedScores() {
        return meters.get("cache.size").tag("cache", "scores").gauge().value();
    }

    @Test
    void progressShowsWhileItRunsAndCancelStopsItAfterTheBatch() {
        population();
        // "hanging" takes the whole 1 s timeout per customer: batches of 2 take 2 s each.
        String id = start(List.of(model("hanging")), null);

        Map<String, Object> running = awaitSnapshot(id, snapshot -> (Integer) snapshot.get("done") > 0);
        assertThat(running).containsEntry("state", "RUNNING").containsEntry("total", 7);
        assertThat((Integer) running.get("done")).isLessThan(7);

        graphQl.documentName("startSnapshot").variable("input", Map.of("models", List.of(model("rfm")))).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).startsWith("snapshot " + id + " is running; one snapshot runs at a time");
                    assertThat(error.getExtensions()).containsEntry("runningSnapshot", id);
                }));

        graphQl.document("mutation($id: ID!) { cancelSnapshot(id: $id) { state cancelRequested } }")
                .variable("id", id).execute()
                .path("cancelSnapshot.state").entity(String.class).isEqualTo("RUNNING")
                .path("cancelSnapshot.cancelRequested").entity(Boolean.class).isEqualTo(true);

        Map<String, Object> cancelled = awaitEnd(id);
        assertThat(cancelled).containsEntry("state", "CANCELLED").containsEntry("cancelRequested", true);
        int done = (Integer) cancelled.get("done");
        assertThat(done).isLessThan(7).isEven();
        assertThat(cancelled).containsEntry("failed", done);
        assertThat((List<?>) cancelled.get("failures")).hasSize(done).first().asString()
                .contains("model 'hanging' (plugin faulty 1.0.0)").contains("did not answer within 1000 ms");
        assertThat(mongo.count(new Query(), StoredScore.COLLECTION)).as("failed results are not stored").isZero();

        graphQl.document("mutation($id: ID!) { cancelSnapshot(id: $id) { state } }").variable("id", id).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo("id: snapshot " + id
                            + " already ended CANCELLED; only a RUNNING snapshot can be cancelled");
                }));
    }

    @Test
    void aFilteredSnapshotScoresOnlyTheMatchingCustomers() {
        List<String> ids = population();
        String all = completed(List.of(model("rfm")), null);

        String usEast = completed(List.of(model("rfm")), Map.of("region", "US-East"));
        assertThat(snapshot(usEast)).containsEntry("total", 1).containsEntry("done", 1)
                .containsEntry("filter", Map.of("region", "US-East"));
        assertThat(stored(usEast, "rfm")).extracting(score -> score.getString("customerId")).containsExactly(ids.get(6));

        // A filter by segment reads the first snapshot's stored segments.
        Map<String, Object> bestTwo = Map.of("segment", Map.of("model", "rfm", "in", List.of("loyal", "champions"),
                "snapshot", all));
        String best = completed(List.of(model("behavioural")), bestTwo);
        assertThat(snapshot(best)).containsEntry("total", 2).containsEntry("filter", bestTwo);
        assertThat(stored(best, "behavioural")).extracting(score -> score.getString("customerId"))
                .containsExactly(ids.get(0), ids.get(1));
    }

    @Test
    void snapshotsAreListedNewestFirst() {
        String first = completed(List.of(model("rfm")), null);
        String second = completed(List.of(model("rfm")), null);
        String third = completed(List.of(model("rfm")), null);

        String cursor = graphQl.document("""
                        query($after: String) { snapshots(first: 2, after: $after) {
                            edges { node { id } } pageInfo { hasNextPage endCursor } } }""")
                .execute()
                .path("snapshots.edges[*].node.id").entityList(String.class).containsExactly(third, second)
                .path("snapshots.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("snapshots.pageInfo.endCursor").entity(String.class).get();
        graphQl.document("query($after: String) { snapshots(first: 2, after: $after) { edges { node { id } } "
                        + "pageInfo { hasNextPage } } }")
                .variable("after", cursor).execute()
                .path("snapshots.edges[*].node.id").entityList(String.class).containsExactly(first)
                .path("snapshots.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void theScheduleScoresTheConfiguredModelsWithTypedParameters() {
        population();

        Snapshot started = schedule.runScheduled();

        assertThat(started.requestedBy()).isEqualTo("schedule");
        assertThat(started.models()).extracting(SnapshotModel::modelId).containsExactly("rfm", "behavioural");
        // "3" and "four-class" in configuration are read as the integer and choice parameters declare.
        assertThat(started.models().get(0).params()).containsEntry("bins", 3).containsEntry("scheme", "four-class");
        assertThat(awaitEnd(started.id())).containsEntry("state", "COMPLETED").containsEntry("done", 7)
                .containsEntry("requestedBy", "schedule");
        // four-class over terciles: c1 is R, F, M 5 after rescaling -> core; p6, p7 -> prospect with rank 5.
        List<Document> rfm = stored(started.id(), "rfm");
        assertThat(rfm.get(0)).containsEntry("segment", "core").containsEntry("rank", 1);
        assertThat(rfm.get(6)).containsEntry("segment", "prospect").containsEntry("rank", 5);
    }

    @Test
    void aRunLeftRunningWhenTheServerStoppedIsMarkedFailedAtStart() throws Exception {
        Instant earlier = NOW.minusSeconds(3600);
        Snapshot left = store.insert(new Snapshot(null, List.of(), null, SnapshotState.RUNNING, 10, 4, 0, List.of(),
                false, earlier, null, 12.5, "test admin", null));

        SnapshotJobs restarted = new SnapshotJobs(customers, scoring, store, properties, json,
                Clock.fixed(NOW, ZoneOffset.UTC), event -> { });
        try {
            restarted.afterSingletonsInstantiated();
        } finally {
            restarted.destroy();
        }

        assertThat(snapshot(left.id())).containsEntry("state", "FAILED").containsEntry("done", 4)
                .containsEntry("error", "interrupted by a server restart")
                .containsEntry("finishedAt", "2025-06-30T12:00:00.000Z");
    }

    @Test
    void badChoicesAreRefusedNamingEveryFieldAndNothingStarts() {
        graphQl.documentName("startSnapshot")
                .variable("input", Map.of("models", List.of(model("rfm", Map.of("bins", 7)), model("rfn"),
                        model("behavioural"), model("behavioural", Map.of()))))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage())
                            .startsWith("input.models[0].params: model 'rfm': parameter 'bins' is 7; allowed: an "
                                    + "integer from 3 to 5; input.models[1].model: unknown model 'rfn'; available: ")
                            .contains("; input.models[3]: repeats input.models[2] (behavioural {");
                    assertThat(error.getExtensions().get("problems")).asInstanceOf(InstanceOfAssertFactories.LIST).extracting("field")
                            .containsExactly("input.models[0].params", "input.models[1].model", "input.models[3]");
                }));
        graphQl.documentName("startSnapshot").variable("input", Map.of("models", List.of())).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).isEqualTo("input.models: must list 1 to 10 models (got 0)")));
        graphQl.documentName("startSnapshot").variable("input", Map.of("models", List.of(model("rfm")),
                        "filter", Map.of("joinedFrom", "2025-01-01", "joinedTo", "2024-01-01"))).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).isEqualTo("filter.joinedTo: must not be before joinedFrom")));
        assertThat(mongo.count(new Query(), Snapshot.COLLECTION)).isZero();
    }

    @Test
    void unknownSnapshotsAreNullToReadAndNotFoundToCancel() {
        graphQl.documentName("snapshot").variable("id", "64b7f0c2a1b2c3d4e5f60718").execute().path("snapshot").valueIsNull();
        graphQl.documentName("snapshot").variable("id", "not-an-id").execute().path("snapshot").valueIsNull();
        graphQl.document("mutation { cancelSnapshot(id: \"64b7f0c2a1b2c3d4e5f60718\") { state } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
                    assertThat(error.getMessage()).isEqualTo("no snapshot with id '64b7f0c2a1b2c3d4e5f60718'");
                }));
    }

    @Test
    void onlyAdminsRunSnapshotsAndAnalystsReadThem() {
        String id = completed(List.of(model("rfm")), null);
        for (Role role : List.of(Role.VIEWER, Role.ANALYST, Role.EDITOR)) {
            as(role).documentName("startSnapshot").variable("input", Map.of("models", List.of(model("rfm")))).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                        assertThat(error.getMessage()).startsWith("startSnapshot needs the admin role");
                    }));
        }
        as(Role.VIEWER).documentName("snapshot").variable("id", id).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        as(Role.ANALYST).documentName("snapshot").variable("id", id).execute()
                .path("snapshot.state").entity(String.class).isEqualTo("COMPLETED");
        assertThat(mongo.count(new Query(), Snapshot.COLLECTION)).isEqualTo(1);
    }

    /** @return the snapshot's stored results of the model, in customer id order */
    private List<Document> stored(String snapshotId, String model) {
        return mongo.find(Query.query(Criteria.where("snapshotId").is(snapshotId).and("model").is(model))
                .with(Sort.by("customerId")), Document.class, StoredScore.COLLECTION);
    }
}
