package io.customerlens.customer;

import static io.customerlens.support.IntegrationTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

class HistoryGraphQlTest extends IntegrationTest {

    @Autowired
    private MeterRegistry meters;

    private String customer;

    @BeforeEach
    void customer() {
        customer = fixtures.customer("H-1", LocalDate.parse("2024-01-01"));
    }

    @Test
    void ordersMoveTheSummaryExactlyWhateverTheirOrder() {
        fixtures.order(customer, NOW.minus(Duration.ofDays(3)), 0.1);
        fixtures.order(customer, NOW.minus(Duration.ofDays(30)), 0.2);
        fixtures.order(customer, NOW.minus(Duration.ofDays(10)), 19.99);

        graphQl.documentName("customerProfile").variable("id", customer).execute()
                .path("customer.orderSummary.count").entity(Integer.class).isEqualTo(3)
                // 0.1 + 0.2 + 19.99 in decimal arithmetic; a double sum would give 20.290000000000003
                .path("customer.orderSummary.total").entity(Double.class).isEqualTo(20.29)
                .path("customer.orderSummary.firstOrderAt").entity(String.class).isEqualTo("2025-05-31T12:00:00.000Z")
                .path("customer.orderSummary.lastOrderAt").entity(String.class).isEqualTo("2025-06-27T12:00:00.000Z")
                .path("customer.revision").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void recordingTheSameExternalOrderTwiceCountsItOnce() {
        Map<String, Object> input = Map.of("customerId", customer, "externalId", "ORD-1",
                "orderedAt", "2025-06-01T10:00:00Z", "amount", 25.5, "items", 2);
        String first = recordOrder(input).path("recordOrder.id").entity(String.class).get();
        String second = recordOrder(input).path("recordOrder.id").entity(String.class).get();

        assertThat(second).isEqualTo(first);
        assertThat(mongo.count(new Query(), "orders")).isEqualTo(1);
        graphQl.documentName("customerProfile").variable("id", customer).execute()
                .path("customer.orderSummary.count").entity(Integer.class).isEqualTo(1)
                .path("customer.orderSummary.total").entity(Double.class).isEqualTo(25.5);
    }

    @Test
    void rejectsAnOrderBefore1900() {
        recordOrder(Map.of("customerId", customer, "orderedAt", "0000-01-01T00:00:00Z", "amount", 5.0)).errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage())
                        .isEqualTo("input.orderedAt: must be from 1900-01-01 to at most a day in the future"
                                + " (got 0000-01-01T00:00:00Z)")));
        assertThat(mongo.count(new Query(), "orders")).isZero();
    }

    @Test
    void rejectsABadOrderNamingEachFieldAndStoresNothing() {
        Map<String, Object> input = Map.of("customerId", customer, "orderedAt", "2025-07-05T10:00:00Z",
                "amount", -5.0, "items", 0, "discount", 1.005);

        recordOrder(input).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            assertThat(error.getMessage()).isEqualTo(
                    "input.orderedAt: must be from 1900-01-01 to at most a day in the future (got 2025-07-05T10:00:00Z); "
                            + "input.items: must be an integer from 1 to 10000 (got 0); "
                            + "input.amount: must be an amount from 0 to 1000000000 with at most 2 decimals (got -5.0); "
                            + "input.discount: must be an amount from 0 to 1000000000 with at most 2 decimals (got 1.005)");
            assertThat(error.getExtensions()).containsKey("problems");
        }));
        assertThat(mongo.count(new Query(), "orders")).isZero();
        graphQl.documentName("customerProfile").variable("id", customer).execute()
                .path("customer.revision").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void anOrderForAnUnknownCustomerIsNotFoundAndNotStored() {
        recordOrder(Map.of("customerId", "64b7f0c2a1b2c3d4e5f60718", "orderedAt", "2025-06-01T10:00:00Z", "amount", 5.0))
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
        assertThat(mongo.count(new Query(), "orders")).isZero();
    }

    @Test
    void wrongTypesAreRejectedBeforeAnythingRuns() {
        graphQl.document("""
                mutation {
                  recordOrder(input: {customerId: "x", orderedAt: "yesterday", amount: "ten"}) { id }
                }
                """)
                .execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).isNotEmpty().allSatisfy(error -> {
                        assertThat(error.getErrorType()).hasToString("ValidationError");
                        assertThat(error.getMessage()).doesNotContain("StringValue", "AST");
                    });
                });
        graphQl.document("""
                mutation {
                  recordOrder(input: {customerId: "x", orderedAt: "2025-01-01T00:00:00Z", amount: "ten"}) { id }
                }
                """)
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage())
                        .isEqualTo("Validation error (WrongType@[recordOrder]) : argument 'input.amount' with value 'ten' is not a valid 'Float'")));
        assertThat(mongo.count(new Query(), "orders")).isZero();
    }

    @Test
    void surveysAreCheckedAgainstTheirScales() {
        graphQl.documentName("recordSurvey")
                .variable("input", Map.of("customerId", customer, "answeredAt", "2025-06-01T10:00:00Z", "nps", 11,
                        "csat", 0, "dimensions", List.of(Map.of("name", "Reliability", "value", 101))))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage())
                        .contains("input.nps: must be an integer from 0 to 10 (got 11)")
                        .contains("input.csat: must be an integer from 1 to 5 (got 0)")
                        .contains("input.dimensions[0].name: must be 1-50 letters")
                        .contains("input.dimensions[0].value: must be a number from 0 to 100")));
        graphQl.documentName("recordSurvey")
                .variable("input", Map.of("customerId", customer, "answeredAt", "2025-06-01T10:00:00Z"))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage())
                        .isEqualTo("input.nps: at least one of nps, csat, ces, dimensions or kano is required")));
        assertThat(mongo.count(new Query(), "surveys")).isZero();
    }

    @Test
    void storesASurveyWithDimensions() {
        graphQl.documentName("recordSurvey")
                .variable("input", Map.of("customerId", customer, "answeredAt", "2025-06-01T10:00:00Z", "nps", 8,
                        "ces", 6, "dimensions", List.of(Map.of("name", "reliability", "value", 6),
                                Map.of("name", "empathy", "value", 5))))
                .execute()
                .path("recordSurvey.nps").entity(Integer.class).isEqualTo(8)
                .path("recordSurvey.dimensions[*].name").entityList(String.class).containsExactly("empathy", "reliability");
    }

    @Test
    void interactionOutcomeAndTimesMustAgree() {
        Map<String, Object> openButResolved = new HashMap<>(Map.of("customerId", customer,
                "openedAt", "2025-06-01T10:00:00Z", "resolvedAt", "2025-06-01T09:00:00Z", "kind", "COMPLAINT"));
        graphQl.documentName("recordInteraction").variable("input", openButResolved).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage())
                        .isEqualTo("input.resolvedAt: must not be before openedAt; "
                                + "input.resolvedAt: must be empty while the outcome is OPEN")));
        graphQl.documentName("recordInteraction")
                .variable("input", Map.of("customerId", customer, "openedAt", "2025-06-01T10:00:00Z",
                        "kind", "COMPLAINT", "outcome", "RESOLVED"))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage())
                        .isEqualTo("input.resolvedAt: is required when the outcome is RESOLVED")));
        assertThat(mongo.count(new Query(), "interactions")).isZero();

        graphQl.documentName("recordInteraction")
                .variable("input", Map.of("customerId", customer, "openedAt", "2025-06-01T10:00:00Z",
                        "resolvedAt", "2025-06-01T13:30:00Z", "kind", "COMPLAINT", "outcome", "RESOLVED", "channel", "phone"))
                .execute()
                .path("recordInteraction.outcome").entity(String.class).isEqualTo("RESOLVED");
    }

    @Test
    void historyIsPagedNewestFirst() {
        for (int day = 1; day <= 5; day++) {
            fixtures.order(customer, NOW.minus(Duration.ofDays(day)), day);
        }
        String cursor = graphQl.documentName("customerOrders").variable("id", customer).variable("first", 2).execute()
                .path("customer.orders.edges[*].node.amount").entityList(Double.class).containsExactly(1.0, 2.0)
                .path("customer.orders.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("customer.orders.pageInfo.endCursor").entity(String.class).get();

        String last = graphQl.documentName("customerOrders").variable("id", customer).variable("first", 2)
                .variable("after", cursor).execute()
                .path("customer.orders.edges[*].node.amount").entityList(Double.class).containsExactly(3.0, 4.0)
                .path("customer.orders.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true)
                .path("customer.orders.pageInfo.endCursor").entity(String.class).get();

        graphQl.documentName("customerOrders").variable("id", customer).variable("first", 2).variable("after", last)
                .execute()
                .path("customer.orders.edges[*].node.amount").entityList(Double.class).containsExactly(5.0)
                .path("customer.orders.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void historiesOfAPageOfCustomersLoadInOneQueryPerKind() {
        for (int i = 0; i < 8; i++) {
            String id = fixtures.customer("B-" + i, LocalDate.parse("2024-01-01"));
            fixtures.order(id, NOW.minus(Duration.ofDays(1)), 10);
            fixtures.survey(id, NOW.minus(Duration.ofDays(1)), 7, 4);
        }
        double ordersBefore = finds("orders");
        double surveysBefore = finds("surveys");

        graphQl.document("""
                        { customers(first: 20) { edges { node { id
                            orders(first: 5) { edges { node { amount } } }
                            surveys(first: 5) { edges { node { nps } } } } } } }""")
                .execute()
                .path("customers.edges[*].node.orders.edges[*].node.amount").entityList(Double.class).hasSize(8);

        assertThat(finds("orders") - ordersBefore).isEqualTo(1);
        assertThat(finds("surveys") - surveysBefore).isEqualTo(1);
    }

    private double finds(String collection) {
        var timer = meters.find("mongodb.driver.commands").tag("collection", collection).tag("command", "find").timer();
        return timer == null ? 0 : timer.count();
    }

    private GraphQlTester.Response recordOrder(Map<String, Object> input) {
        return graphQl.document("mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id } }")
                .variable("input", input).execute();
    }

    @Test
    void engagementIsSetOnCreateAndCountedUpAtomically() {
        graphQl.document("""
                        mutation($id: ID!) { recordEngagement(input: {customerId: $id, referrals: 2, events: 1}) {
                            engagement { referrals events communityPosts } revision } }""")
                .variable("id", customer).execute()
                .path("recordEngagement.engagement.referrals").entity(Integer.class).isEqualTo(2)
                .path("recordEngagement.engagement.events").entity(Integer.class).isEqualTo(1)
                .path("recordEngagement.engagement.communityPosts").entity(Integer.class).isEqualTo(0)
                .path("recordEngagement.revision").entity(Integer.class).isEqualTo(1);
        graphQl.document("""
                mutation($id: ID!) {
                  recordEngagement(input: {customerId: $id, referrals: 1}) { engagement { referrals } }
                }
                """)
                .variable("id", customer).execute()
                .path("recordEngagement.engagement.referrals").entity(Integer.class).isEqualTo(3);
        graphQl.document("""
                mutation($id: ID!) {
                  recordEngagement(input: {customerId: $id, referrals: -1}) { id }
                }
                """)
                .variable("id", customer).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage())
                        .isEqualTo("input.referrals: must be an integer from 0 to 1000 (got -1); "
                                + "input.referrals: at least one of referrals, events or communityPosts must be above 0")));
    }
}
