package io.customerlens.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.ErrorType;

class CustomerGraphQlTest extends IntegrationTest {

    @Test
    void createsAndReadsACustomer() {
        String id = graphQl.documentName("createCustomer")
                .variable("input", Map.of("externalId", "C-1", "name", "  Ada Lovelace ", "email", "ada@example.com",
                        "phone", "+44 20 7946 0000", "region", "EU-West", "channel", "web", "joinedOn", "2024-01-15",
                        "membership", Map.of("level", "gold", "points", 1200), "tags", List.of("newsletter", "b2b")))
                .execute()
                .path("createCustomer.name").entity(String.class).isEqualTo("Ada Lovelace")
                .path("createCustomer.id").entity(String.class).get();

        graphQl.documentName("customerProfile").variable("id", id).execute()
                .path("customer.externalId").entity(String.class).isEqualTo("C-1")
                .path("customer.joinedOn").entity(String.class).isEqualTo("2024-01-15")
                .path("customer.membership.points").entity(Integer.class).isEqualTo(1200)
                .path("customer.tags").entityList(String.class).containsExactly("newsletter", "b2b")
                .path("customer.orderSummary.count").entity(Integer.class).isEqualTo(0)
                .path("customer.orderSummary.total").entity(Double.class).isEqualTo(0.0)
                .path("customer.createdAt").entity(String.class).isEqualTo("2025-06-30T12:00:00.000Z");
    }

    @Test
    void unknownCustomerIsNull() {
        graphQl.documentName("customerProfile").variable("id", "64b7f0c2a1b2c3d4e5f60718").execute()
                .path("customer").valueIsNull();
        graphQl.documentName("customerProfile").variable("id", "not-an-id").execute()
                .path("customer").valueIsNull();
    }

    @Test
    void rejectsInvalidProfileNamingEveryFieldAndStoresNothing() {
        graphQl.documentName("createCustomer")
                .variable("input", Map.of("externalId", "bad id!", "name", " ", "email", "not-an-email",
                        "phone", "call me", "joinedOn", "2025-07-05", "tags", List.of("a", "a")))
                .execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                        assertThat(error.getMessage())
                                .contains("input.externalId: must be 1-100 letters, digits or . _ : -")
                                .contains("input.name: must be non-blank text of at most 200 characters")
                                .contains("input.email: must be an e-mail address like name@example.com")
                                .contains("input.phone: must be a phone number")
                                .contains("input.joinedOn: must not be in the future (today is 2025-06-30)")
                                .contains("input.tags: must not repeat a tag");
                        assertThat(error.getPath()).isEqualTo("createCustomer");
                    });
                });
        assertThat(mongo.count(new Query(), "customers")).isZero();
    }

    @Test
    void membershipDatesAreCheckedAgainstEachOtherAndTheStoredStart() {
        graphQl.documentName("createCustomer")
                .variable("input", Map.of("externalId", "M-1", "name", "Member", "membership",
                        Map.of("startedOn", "2024-05-01", "endedOn", "2024-01-01")))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage())
                            .contains("input.membership.endedOn: must not be before membership.startedOn (2024-05-01)");
                }));
        assertThat(mongo.count(new Query(), "customers")).isZero();

        String id = fixtures.customer("M-2", LocalDate.parse("2024-01-01"));
        graphQl.document("""
                        mutation($id: ID!) { updateCustomer(id: $id, input: {membership: {endedOn: "2025-01-01"}}) { id } }""")
                .variable("id", id).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> {
                            assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                            assertThat(error.getMessage()).contains("membership.endedOn")
                                    .contains("needs membership.startedOn");
                        }));
        // An update's membership replaces the stored one: a start and an end together.
        graphQl.document("""
                        mutation($id: ID!) { updateCustomer(id: $id, input: {membership: {level: "gold",
                          startedOn: "2024-02-01", endedOn: "2025-01-31"}}) { membership { level startedOn endedOn } } }""")
                .variable("id", id).execute()
                .path("updateCustomer.membership.startedOn").entity(String.class).isEqualTo("2024-02-01")
                .path("updateCustomer.membership.endedOn").entity(String.class).isEqualTo("2025-01-31");
    }

    @Test
    void refusesADuplicateExternalId() {
        String id = fixtures.customer("C-7", LocalDate.parse("2024-01-01"));

        graphQl.documentName("createCustomer")
                .variable("input", Map.of("externalId", "C-7", "name", "Someone else"))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo(
                            "input.externalId: a customer with externalId 'C-7' already exists (id " + id + ")");
                }));
        assertThat(mongo.count(new Query(), "customers")).isEqualTo(1);
    }

    @Test
    void updatesOnlyTheGivenFieldsAndBumpsTheRevision() {
        String id = fixtures.customer("C-2", LocalDate.parse("2024-01-01"));

        graphQl.document("""
                        mutation($id: ID!) { updateCustomer(id: $id, input: {region: "APAC", tags: ["vip"]}) {
                            region channel tags revision } }""")
                .variable("id", id).execute()
                .path("updateCustomer.region").entity(String.class).isEqualTo("APAC")
                .path("updateCustomer.channel").entity(String.class).isEqualTo("web")
                .path("updateCustomer.tags").entityList(String.class).containsExactly("vip")
                .path("updateCustomer.revision").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void updatingOrDeletingAnUnknownCustomerIsNotFound() {
        for (String mutation : List.of(
                "mutation { updateCustomer(id: \"64b7f0c2a1b2c3d4e5f60718\", input: {region: \"x\"}) { id } }",
                "mutation { deleteCustomer(id: \"64b7f0c2a1b2c3d4e5f60718\") { deletedId } }")) {
            graphQl.document(mutation).execute().errors().satisfy(errors ->
                    assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
                        assertThat(error.getMessage()).isEqualTo("no customer with id '64b7f0c2a1b2c3d4e5f60718'");
                    }));
        }
    }

    @Test
    void deletesACustomerWithAllTheirHistory() {
        String id = fixtures.customer("C-3", LocalDate.parse("2024-01-01"));
        String other = fixtures.customer("C-4", LocalDate.parse("2024-01-01"));
        fixtures.order(id, IntegrationTest.NOW.minusSeconds(86_400), 10);
        fixtures.order(id, IntegrationTest.NOW.minusSeconds(2 * 86_400), 20);
        fixtures.order(other, IntegrationTest.NOW.minusSeconds(86_400), 30);
        fixtures.survey(id, IntegrationTest.NOW.minusSeconds(3600), 9, null);

        graphQl.document("""
                mutation($id: ID!) {
                  deleteCustomer(id: $id) { deletedId orders surveys interactions }
                }
                """)
                .variable("id", id).execute()
                .path("deleteCustomer").entity(Map.class)
                .isEqualTo(Map.of("deletedId", id, "orders", 2, "surveys", 1, "interactions", 0));

        assertThat(mongo.count(new Query(), "customers")).isEqualTo(1);
        assertThat(mongo.count(new Query(), "orders")).isEqualTo(1);
        assertThat(mongo.count(new Query(), "surveys")).isZero();
    }

    @Test
    void listsCustomersPageByPageOldestFirst() {
        for (int i = 1; i <= 5; i++) {
            fixtures.customer("P-" + i, LocalDate.parse("2024-01-0" + i));
        }
        String cursor = graphQl.documentName("customerList").variable("first", 2).execute()
                .path("customers.edges[*].node.externalId").entityList(String.class).containsExactly("P-1", "P-2")
                .path("customers.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("customers.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false)
                .path("customers.pageInfo.endCursor").entity(String.class).get();
        String next = graphQl.documentName("customerList").variable("first", 2).variable("after", cursor).execute()
                .path("customers.edges[*].node.externalId").entityList(String.class).containsExactly("P-3", "P-4")
                .path("customers.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("customerList").variable("first", 2).variable("after", next).execute()
                .path("customers.edges[*].node.externalId").entityList(String.class).containsExactly("P-5")
                .path("customers.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void aLongAddressIsRefusedForItsLengthBeforeThePatternSeesIt() {
        // "a@" + 60,000 dots + "@" made the e-mail pattern backtrack for seconds
        graphQl.documentName("createCustomer")
                .variable("input", Map.of("externalId", "LONG-1", "name", "Long", "email", "a@" + ".".repeat(60_000) + "@"))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).isEqualTo("input.email: must be at most 254 characters")));
        graphQl.documentName("createCustomer")
                .variable("input", Map.of("externalId", "JOINED-1", "name", "Old", "joinedOn", "1899-12-31"))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).isEqualTo("input.joinedOn: must not be before 1900-01-01"
                                + " (got 1899-12-31)")));
    }

    @Test
    void filterValuesTheStoreCannotTakeAreBadRequests() {
        Map<Map<String, Object>, String> refused = Map.of(
                Map.of("text", "a\u0000b"), "filter.text: must not contain control characters",
                Map.of("joinedFrom", "+999999999-12-31"), "filter.joinedFrom: must be a date from 1900-01-01 to 9999-12-31",
                Map.of("joinedTo", "1066-10-14"), "filter.joinedTo: must be a date from 1900-01-01 to 9999-12-31");
        refused.forEach((filter, message) -> graphQl.documentName("customerList").variable("filter", filter)
                .variable("first", 5).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> {
                            assertThat(error.getErrorType()).as("%s", filter).isEqualTo(ErrorType.BAD_REQUEST);
                            assertThat(error.getMessage()).as("%s", filter).isEqualTo(message);
                        })));
    }

    @Test
    void datesThatDoNotExistAreRefusedNotMovedAndScoreParamsMustBeAnObject() {
        graphQl.documentName("createCustomer")
                .variable("input", Map.of("externalId", "FEB-30", "name", "Feb", "joinedOn", "2025-02-30"))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    // graphql-java classifies a variable its scalar refuses as ValidationError
                    assertThat(error.getErrorType()).isEqualTo(graphql.ErrorType.ValidationError);
                    assertThat(error.getMessage()).contains("'2025-02-30' is not a date of the calendar");
                }));
        graphQl.document("{ customers(first: 5, filter: {joinedFrom: \"2025-02-31\"}) { edges { node { id } } } }")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).contains("'2025-02-31' is not a date of the calendar")));
        assertThat(mongo.count(new Query(), "customers")).isZero();

        String id = fixtures.customer("P-1", LocalDate.parse("2024-01-01"));
        graphQl.document("query($id: ID!) { customer(id: $id) { segment(model: \"rfm\", params: [1, 2]) { code } } }")
                .variable("id", id).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> {
                            assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                            assertThat(error.getMessage()).isEqualTo("params: must be an object of parameter values by"
                                    + " name, e.g. {bins: 3} (got a list)");
                        }));
    }

    @Test
    void filtersByEveryField() {
        String ada = fixtures.customer("F-1", LocalDate.parse("2023-05-01"));
        fixtures.customer("F-2", LocalDate.parse("2024-05-01"));
        fixtures.customer("F-3", LocalDate.parse("2025-05-01"));
        graphQl.document("""
                mutation($id: ID!) {
                  updateCustomer(id: $id, input: {name: "Ada Byron", region: "APAC", channel: "store", tags: ["b2b"]}) { id }
                }
                """)
                .variable("id", ada).execute().path("updateCustomer.id").hasValue();

        Map<Map<String, Object>, List<String>> expected = Map.of(
                Map.of("region", "APAC"), List.of("F-1"),
                Map.of("region", "eu-west"), List.of("F-2", "F-3"),
                Map.of("channel", "web"), List.of("F-2", "F-3"),
                Map.of("channel", "STORE"), List.of("F-1"),
                Map.of("tag", "b2b"), List.of("F-1"),
                Map.of("externalId", "F-3"), List.of("F-3"),
                Map.of("joinedFrom", "2024-01-01", "joinedTo", "2024-12-31"), List.of("F-2"),
                Map.of("text", "BYRON"), List.of("F-1"),
                Map.of("text", "f-2@example"), List.of("F-2"),
                Map.of("text", ".*"), List.of());
        expected.forEach((filter, externalIds) -> graphQl.documentName("customerList")
                .variable("filter", filter).variable("first", 10).execute()
                .path("customers.edges[*].node.externalId").entityList(String.class)
                .satisfies(found -> assertThat(found).as("filter %s", filter).containsExactlyElementsOf(externalIds)));
    }

    @Test
    void aRegionOrChannelNoCustomerHasIsAnErrorNamingTheKnownValues() {
        fixtures.customer("K-1", LocalDate.parse("2024-05-01"));

        graphQl.documentName("customerList").variable("filter", Map.of("region", "Mars")).variable("first", 10).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage())
                            .isEqualTo("filter.region: no customer has region 'Mars'; known values: EU-West");
                }));
        graphQl.documentName("customerList").variable("filter", Map.of("channel", "fax")).variable("first", 10).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(
                        error.getMessage()).isEqualTo("filter.channel: no customer has channel 'fax'; known values: web")));
    }

    /** The service checks the cursor; the page size is the controller's check (CustomerControllerTest). */
    @Test
    void theCursorIsChecked() {
        graphQl.documentName("customerList").variable("first", 5).variable("after", "garbage").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage())
                        .isEqualTo("after: is not a cursor from this API; pass an endCursor from a previous page")));
    }
}
