package io.customerlens.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.ImportSupport;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.execution.ErrorType;
import tools.jackson.databind.ObjectMapper;

/**
 * Summaries that disagree with the stored orders are put right: by {@code repairSummaries}, and, for rows an import
 * stored without their summary effect (its write abandoned), by the next import before it counts them unchanged.
 */
class SummaryRepairGraphQlTest extends IntegrationTest {

    private static final String REPAIR = """
            mutation($ids: [ID!]) { repairSummaries(customerIds: $ids) { id state customers } }""";
    private static final String JOB = """
            query($id: ID!) { summaryRepair(id: $id) { state customers checked repaired leftBusy requestedBy error } }""";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void correctsTheSummariesThatDifferFromTheStoredOrders() {
        String broken = fixtures.customer("R-1", LocalDate.parse("2024-01-01"));
        String intact = fixtures.customer("R-2", LocalDate.parse("2024-01-01"));
        fixtures.order(broken, Instant.parse("2025-01-10T10:00:00Z"), 40.10);
        fixtures.order(broken, Instant.parse("2025-03-10T10:00:00Z"), 9.90);
        fixtures.order(intact, Instant.parse("2025-02-10T10:00:00Z"), 5.00);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(broken)),
                new Update().set(OrderTotals.COUNT, 7).set(OrderTotals.TOTAL, new BigDecimal("1.00")), Customer.class);

        Map<String, Object> all = awaitEnd(graphQl.document(REPAIR).execute().path("repairSummaries.id")
                .entity(String.class).get());
        assertThat(all).containsEntry("state", "COMPLETED").containsEntry("customers", 2.0)
                .containsEntry("checked", 2.0).containsEntry("repaired", 1.0).containsEntry("leftBusy", 0.0)
                .containsEntry("requestedBy", "test admin");
        OrderTotals summary = mongo.findById(broken, Customer.class).orderSummary();
        assertThat(summary.count()).isEqualTo(2);
        assertThat(summary.total()).isEqualByComparingTo("50.00");
        assertThat(summary.firstOrderAt()).isEqualTo(Instant.parse("2025-01-10T10:00:00Z"));
        assertThat(summary.lastOrderAt()).isEqualTo(Instant.parse("2025-03-10T10:00:00Z"));

        Map<String, Object> again = awaitEnd(graphQl.document(REPAIR).variable("ids", List.of(broken, intact)).execute()
                .path("repairSummaries.id").entity(String.class).get());
        assertThat(again).containsEntry("state", "COMPLETED").containsEntry("checked", 2.0).containsEntry("repaired", 0.0);
    }

    @Test
    void anImportCompletesTheRowsAnAbandonedImportStoredWithoutTheirSummary() {
        String customer = fixtures.customer("R-3", LocalDate.parse("2024-01-01"));
        // What a batch that failed between its two writes leaves: the order stored, the summary not moved, the note.
        mongo.insert(new RecordOrderInput(customer, "ORD-ABANDONED", Instant.parse("2025-04-01T10:00:00Z"), 12.50, null,
                null, null).toOrder(NOW));
        mongo.insert(new WriteIntent(null, WriteIntent.Kind.SUMMARY, List.of(customer), NOW));

        HttpResponse<String> upload = ImportSupport.upload(http, TestKeys.key(Role.EDITOR), "orders", "orders.csv", """
                externalId,customerExternalId,orderedAt,amount
                ORD-ABANDONED,R-3,2025-04-01T10:00:00Z,12.50
                """);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        Map<String, Object> job = ImportSupport.awaitEnd(graphQl,
                (String) JSON.readValue(upload.body(), Map.class).get("id"));

        assertThat(job).containsEntry("state", "COMPLETED").containsEntry("unchanged", 1.0).containsEntry("inserted", 0.0);
        OrderTotals summary = mongo.findById(customer, Customer.class).orderSummary();
        assertThat(summary.count()).isEqualTo(1);
        assertThat(summary.total()).isEqualByComparingTo("12.50");
        assertThat(mongo.count(new Query(), WriteIntent.class)).isZero();
    }

    @Test
    void isForAdminsAndNamesABadId() {
        graphQl.document(REPAIR).variable("ids", List.of("not-an-id")).execute().errors().satisfy(errors -> {
            assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                assertThat(error.getMessage()).contains("customerIds: 'not-an-id' is not a customer id");
            });
        });
        as(Role.EDITOR).document(REPAIR).execute().errors()
                .satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
        assertThat(mongo.count(new Query(), SummaryRepairJob.class)).isZero();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> awaitEnd(String id) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            Map<String, Object> job = graphQl.document(JOB).variable("id", id).execute()
                    .path("summaryRepair").entity(Map.class).get();
            if (!"RUNNING".equals(job.get("state")) || System.currentTimeMillis() > deadline) {
                return job;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
