package io.customerlens.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.snapshot.Snapshot;
import io.customerlens.snapshot.SnapshotState;
import io.customerlens.transfer.ImportJob;
import io.customerlens.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.ErrorType;

/**
 * A customer with history, stored scores, segment memory and cached scores is exported whole, then erased: every
 * collection of the database is searched for any trace of them, and the other customer's data stays as it was.
 */
class ErasureGraphQlTest extends IntegrationTest {

    @Autowired
    private MeterRegistry meters;

    private String erased;
    private String kept;

    @BeforeEach
    void twoCustomersWithHistoryAndScores() {
        erased = fixtures.customer("ERASE-ME", LocalDate.parse("2024-01-01"));
        kept = fixtures.customer("KEEP-ME", LocalDate.parse("2024-01-01"));
        for (String id : List.of(erased, kept)) {
            fixtures.order(id, Instant.parse("2025-01-10T10:00:00Z"), 120);
            fixtures.order(id, Instant.parse("2025-03-10T10:00:00Z"), 80);
            fixtures.survey(id, Instant.parse("2025-03-11T10:00:00Z"), 9, 5);
            graphQl.document("""
                            mutation($id: ID!) { recordInteraction(input: {customerId: $id, openedAt: "2025-04-01T08:00:00Z",
                              kind: COMPLAINT, subject: "late parcel"}) { id } }""")
                    .variable("id", id).execute().path("recordInteraction.id").hasValue();
            // value-tier keeps segment memory; both fill the score cache
            graphQl.document("query($id: ID!) { customer(id: $id) { segment(model: \"value-tier\") { label } "
                    + "loyalty(model: \"behavioural\") { value } } }").variable("id", id).execute()
                    .path("customer.segment.label").hasValue();
        }
        String snapshot = graphQl.document("mutation { startSnapshot(input: {models: [{model: \"rfm\"}]}) { id } }")
                .execute().path("startSnapshot.id").entity(String.class).get();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"COMPLETED".equals(graphQl.document("query($id: ID!) { snapshot(id: $id) { state } }")
                .variable("id", snapshot).execute().path("snapshot.state").entity(String.class).get())) {
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
        }
    }

    @Test
    void exportHoldsTheWholeRecord() {
        Map<String, Object> export = graphQl.document("query($id: ID!) { exportCustomer(id: $id) }")
                .variable("id", erased).execute().path("exportCustomer").entity(Map.class).get();

        Map<String, Object> customer = cast(export.get("customer"));
        assertThat(customer).containsEntry("id", erased).containsEntry("externalId", "ERASE-ME")
                .containsEntry("name", "Test ERASE-ME").containsEntry("email", "erase-me@example.com");
        assertThat(cast(customer.get("orderSummary"))).containsEntry("count", 2);
        Map<String, Object> collections = cast(export.get("collections"));
        assertThat(sizes(collections)).containsEntry("orders", 2).containsEntry("surveys", 1)
                .containsEntry("interactions", 1).containsEntry("scores", 1).containsEntry("segment_states", 1);
        assertThat(cast(((List<?>) collections.get("interactions")).get(0))).containsEntry("subject", "late parcel")
                .containsEntry("customerId", erased);
    }

    @Test
    void exportAndErasureAreForAdminsWithThePersonalDataRight() {
        for (Role role : List.of(Role.VIEWER, Role.EDITOR)) {
            as(role).document("query($id: ID!) { exportCustomer(id: $id) }").variable("id", erased).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
            as(role).document("mutation($id: ID!) { eraseCustomer(id: $id) { id } }").variable("id", erased).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        }
        assertThat(mongo.count(new Query(), "customers")).isEqualTo(2);
    }

    @Test
    void erasureLeavesNoTraceAndIsAudited() {
        Map<String, Long> keptBefore = documentsMentioning(kept);
        assertThat(keptBefore).containsEntry("customers", 1L).containsEntry("orders", 2L).containsEntry("surveys", 1L)
                .containsEntry("interactions", 1L).containsEntry("scores", 1L).containsEntry("segment_states", 1L);
        assertThat(documentsMentioning(erased)).isEqualTo(keptBefore);
        double cachedBefore = cachedScores();

        Map<String, Object> erasure = graphQl.document("""
                        mutation($id: ID!) { eraseCustomer(id: $id) { id erasedBy erasedAt removed { collection documents } } }""")
                .variable("id", erased).execute().path("eraseCustomer").entity(Map.class).get();

        assertThat(erasure).containsEntry("erasedBy", "test admin").containsEntry("erasedAt", "2025-06-30T12:00:00.000Z");
        Map<String, Integer> removed = new HashMap<>();
        ((List<?>) erasure.get("removed")).forEach(entry -> removed.put((String) cast(entry).get("collection"),
                (Integer) cast(entry).get("documents")));
        assertThat(removed).containsEntry("customers", 1).containsEntry("orders", 2).containsEntry("surveys", 1)
                .containsEntry("interactions", 1).containsEntry("scores", 1).containsEntry("segment_states", 1);

        assertThat(documentsMentioning(erased)).isEmpty();
        assertThat(documentsMentioning(kept)).isEqualTo(keptBefore);
        // each customer had two cached results (value-tier, behavioural); the erased one's are gone
        assertThat(cachedScores()).isEqualTo(cachedBefore - 2);
        Document audit = mongo.findOne(new Query(), Document.class, "erasures");
        assertThat(audit.toJson()).doesNotContain(erased).doesNotContain("ERASE-ME");

        graphQl.document("mutation($id: ID!) { eraseCustomer(id: $id) { id } }").variable("id", erased).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
        assertThat(graphQl.document("{ erasures { edges { node { erasedBy } } } }").execute()
                .path("erasures.edges").entityList(Object.class).get()).hasSize(1);
    }

    @Test
    void erasureDropsTheCustomersQuotesFromSnapshotFailuresAndImportReportsOnly() {
        String snapshot = mongo.insert(new Snapshot(null, List.of(), Map.of(), SnapshotState.COMPLETED, 2, 0, 2,
                List.of("customer " + erased + ": model failed", "customer " + kept + ": model failed"), false,
                Instant.parse("2025-06-01T00:00:00Z"), Instant.parse("2025-06-01T00:01:00Z"), null, "test", null)).id();
        Document report = new Document("kind", "ORDERS").append("format", "CSV").append("state", "COMPLETED")
                .append("rejected", 2L).append("rejections", List.of(
                        new Document("line", 2L).append("reason", "externalId: 'ERASE-ME' is already stored"),
                        new Document("line", 3L).append("reason", "externalId: 'KEEP-ME' is already stored")));
        for (String counter : List.of("read", "inserted", "updated", "unchanged", "customersCreated", "bytesRead",
                "totalBytes")) {
            report.append(counter, 0L);
        }
        Object imported = mongo.insert(report, ImportJob.COLLECTION).get("_id");

        graphQl.document("mutation($id: ID!) { eraseCustomer(id: $id) { id } }").variable("id", erased).execute()
                .path("eraseCustomer.id").hasValue();

        assertThat(mongo.findById(snapshot, Snapshot.class).failures())
                .containsExactly("customer " + kept + ": model failed");
        assertThat(mongo.findById(imported, Document.class, ImportJob.COLLECTION).getList("rejections", Document.class))
                .extracting(rejection -> rejection.getString("reason"))
                .containsExactly("(erased)", "externalId: 'KEEP-ME' is already stored");
    }

    /**
     * @return for every collection in the database that has any, how many documents mention the customer: their
     *         id or their external id anywhere in the document, in any field
     */
    private Map<String, Long> documentsMentioning(String customerId) {
        String externalId = customerId.equals(erased) ? "ERASE-ME" : "KEEP-ME";
        Map<String, Long> counts = new HashMap<>();
        for (String collection : mongo.getCollectionNames()) {
            long count = mongo.findAll(Document.class, collection).stream().map(Document::toJson)
                    .filter(json -> json.contains(customerId) || json.contains(externalId)).count();
            if (count > 0) {
                counts.put(collection, count);
            }
        }
        return counts;
    }

    private double cachedScores() {
        return meters.get("cache.size").tag("cache", "scores").gauge().value();
    }

    private static Map<String, Integer> sizes(Map<String, Object> collections) {
        Map<String, Integer> sizes = new HashMap<>();
        collections.forEach((name, documents) -> sizes.put(name, ((List<?>) documents).size()));
        return sizes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
