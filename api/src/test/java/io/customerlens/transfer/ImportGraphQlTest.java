package io.customerlens.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Order;
import io.customerlens.security.Role;
import io.customerlens.support.ImportSupport;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports through the HTTP upload and {@code startImport}, with deliberately corrupted files: every report is
 * checked row by row, a second run changes nothing, and the order summaries equal a recount of the orders.
 */
@TestPropertySource(properties = "customerlens.import.dir=target/import-test-files")
class ImportGraphQlTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String CUSTOMERS = """
            externalId,name,email,region,joinedOn,tags,membershipLevel,membershipPoints
            C1,Ada Lovelace,ada@example.com,EU-West,2024-01-05,vip|early,gold,120
            C2,"Hopper, Grace",grace@example.com,US-East,2024-02-10,,,
            C3,Alan Turing,,EU-West,2024-03-15,,,
            """;

    /** Line numbers as in the file: line 1 is the header. */
    static final String ORDERS = """
            externalId,customerExternalId,orderedAt,amount,items,discount,channel
            O1,C1,2025-01-10T10:00:00Z,120.50,2,0,web
            O2,C1,2025-02-11T10:00:00Z,80.25,1,,store
            O3,C2,2025-03-01,45.00,1,,
            O4,C2,2025-13-01T10:00:00Z,10.00,1,,
            O5,C3,2025-04-01T10:00:00Z,-5.00,1,,
            O6,C9,2025-04-02T10:00:00Z,15.00,1,,
            O7,C3,2025-05-01T10:00:00Z,12.345,1,,
            O8,C3,2025-05-02T10:00:00Z,30.00,1,0,web,extra
            O1,C1,2025-01-10T10:00:00Z,120.50,2,0,web
            O2,C1,2025-02-11T10:00:00Z,99.00,1,,store
            O9,C3,2025-06-01T10:00:00Z,20,3,,web
            ,C3,2025-06-02T10:00:00Z,20,1,,
            O10,C1,2026-01-01T00:00:00Z,5,1,,
            """;

    static final List<List<Object>> ORDER_REJECTIONS = List.of(
            List.of(5, "orderedAt: '2025-13-01T10:00:00Z' is not a date-time like 2025-03-01T10:15:00Z or a date like 2025-03-01"),
            List.of(6, "amount: must be an amount from 0 to 1000000000 with at most 2 decimals (got -5.0)"),
            List.of(7, "customerExternalId: no customer 'C9' is stored; import the customers first"),
            List.of(8, "amount: must be an amount from 0 to 1000000000 with at most 2 decimals (got 12.345)"),
            List.of(9, "expected 7 cells as in the header, found 8"),
            List.of(11, "externalId: 'O2' is already stored with other values or for another customer; an import does"
                    + " not change stored history"),
            List.of(13, "externalId: is required"),
            List.of(14, "orderedAt: must be from 1900-01-01 to at most a day in the future (got 2026-01-01T00:00:00Z)"));

    static final String SURVEYS = String.join("\n",
            "{\"externalId\":\"S1\",\"customerExternalId\":\"C1\",\"answeredAt\":\"2025-03-01T09:00:00Z\",\"nps\":9,"
                    + "\"csat\":5,\"dimensions\":{\"reliability_p1\":6,\"reliability_e1\":7},\"comment\":\"Great\"}",
            "{\"externalId\":\"S2\",\"customerExternalId\":\"C2\",\"answeredAt\":\"2025-03-02T09:00:00Z\",\"nps\":11}",
            "{\"externalId\":\"S3\",\"customerExternalId\":\"C2\",\"answeredAt\":\"2025-03-02T09:00:00Z\",\"nps\":7",
            "",
            "[\"not\", \"an\", \"object\"]",
            "{\"externalId\":\"S4\",\"customerExternalId\":\"C3\",\"answeredAt\":\"yesterday\",\"nps\":5}",
            "{\"externalId\":\"S5\",\"customerExternalId\":\"C3\",\"answeredAt\":\"2025-03-05T09:00:00Z\",\"npss\":5}",
            "{\"externalId\":\"S6\",\"customerExternalId\":\"C3\",\"answeredAt\":\"2025-03-05T09:00:00Z\",\"ces\":3}",
            "");

    @BeforeEach
    void importCustomers() {
        Map<String, Object> job = upload(Role.EDITOR, "customers", "customers.csv", CUSTOMERS);
        assertThat(job).containsEntry("state", "COMPLETED").containsEntry("read", 3.0).containsEntry("inserted", 3.0)
                .containsEntry("rejected", 0.0).containsEntry("requestedBy", "test editor");
    }

    @Test
    void aCorruptedOrderFileGetsAnExactReportAndExactSummaries() {
        Map<String, Object> job = upload(Role.EDITOR, "orders", "orders.csv", ORDERS);

        assertThat(job).containsEntry("state", "COMPLETED").containsEntry("format", "CSV").containsEntry("read", 13.0)
                .containsEntry("inserted", 4.0).containsEntry("unchanged", 1.0).containsEntry("updated", 0.0)
                .containsEntry("rejected", 8.0).containsEntry("bytesRead", (double) ORDERS.length())
                .containsEntry("totalBytes", (double) ORDERS.length()).containsEntry("etaSeconds", null);
        assertThat(rejections(job)).isEqualTo(ORDER_REJECTIONS);

        Customer ada = customer("C1");
        assertThat(ada.orderSummary().count()).isEqualTo(2);
        assertThat(ada.orderSummary().total()).isEqualByComparingTo("200.75");
        assertThat(ada.orderSummary().firstOrderAt()).isEqualTo(Instant.parse("2025-01-10T10:00:00Z"));
        assertThat(ada.orderSummary().lastOrderAt()).isEqualTo(Instant.parse("2025-02-11T10:00:00Z"));
        assertThat(customer("C2").orderSummary().firstOrderAt()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertSummariesEqualRecounts();
    }

    @Test
    void reImportingChangesNothing() {
        upload(Role.EDITOR, "orders", "orders.csv", ORDERS);
        upload(Role.EDITOR, "surveys", "surveys.ndjson", SURVEYS);
        Map<String, Long> counts = collectionCounts();
        Map<String, Long> revisions = revisions();

        Map<String, Object> customers = upload(Role.EDITOR, "customers", "customers.csv", CUSTOMERS);
        Map<String, Object> orders = upload(Role.EDITOR, "orders", "orders.csv", ORDERS);
        Map<String, Object> surveys = upload(Role.EDITOR, "surveys", "surveys.ndjson", SURVEYS);

        assertThat(customers).containsEntry("unchanged", 3.0).containsEntry("inserted", 0.0).containsEntry("updated", 0.0);
        // O1, O2, O3, O1 again and O9 are stored as they are; the same 8 rows are rejected for the same reasons
        assertThat(orders).containsEntry("unchanged", 5.0).containsEntry("inserted", 0.0).containsEntry("rejected", 8.0);
        assertThat(rejections(orders)).isEqualTo(ORDER_REJECTIONS);
        assertThat(surveys).containsEntry("unchanged", 2.0).containsEntry("inserted", 0.0).containsEntry("rejected", 5.0);
        counts.remove("import_jobs");
        Map<String, Long> after = collectionCounts();
        after.remove("import_jobs");
        assertThat(after).isEqualTo(counts);
        assertThat(revisions()).isEqualTo(revisions);
        assertSummariesEqualRecounts();
    }

    @Test
    void aLineWithMoreThanOneJsonValueIsRejectedNotHalfRead() {
        String surveys = "{\"externalId\":\"T1\",\"customerExternalId\":\"C1\",\"answeredAt\":\"2025-03-01\",\"nps\":9}"
                + " {\"externalId\":\"T2\",\"customerExternalId\":\"C1\",\"answeredAt\":\"2025-03-02\",\"nps\":1}\n";
        Map<String, Object> job = upload(Role.EDITOR, "surveys", "surveys.ndjson", surveys);

        assertThat(job).containsEntry("read", 1.0).containsEntry("inserted", 0.0).containsEntry("rejected", 1.0);
        assertThat(rejections(job)).containsExactly(List.of(1, "not valid JSON: more than one value on the line"));
        assertThat(mongo.count(new Query(), "surveys")).isZero();
    }

    @Test
    void brokenJsonLinesAndBadValuesAreRejectedByLine() {
        Map<String, Object> job = upload(Role.EDITOR, "surveys", "surveys.ndjson", SURVEYS);

        assertThat(job).containsEntry("state", "COMPLETED").containsEntry("format", "NDJSON").containsEntry("read", 7.0)
                .containsEntry("inserted", 2.0).containsEntry("rejected", 5.0);
        List<List<Object>> rejections = rejections(job);
        assertThat(rejections).hasSize(5);
        assertThat(rejections.get(0)).isEqualTo(List.of(2, "nps: must be an integer from 0 to 10 (got 11)"));
        assertThat(rejections.get(1).get(0)).isEqualTo(3);
        assertThat((String) rejections.get(1).get(1)).startsWith("not valid JSON: ");
        assertThat(rejections.get(2)).isEqualTo(List.of(5, "not a JSON object"));
        assertThat(rejections.get(3)).isEqualTo(List.of(6,
                "answeredAt: 'yesterday' is not a date-time like 2025-03-01T10:15:00Z or a date like 2025-03-01"));
        assertThat(rejections.get(4)).isEqualTo(List.of(7, "unknown field 'npss'; allowed: externalId, customerExternalId,"
                + " answeredAt, nps, csat, ces, comment, dimensions.<name>, kano.<name>"));
        Map<String, Double> dimensions = graphQl.document("""
                        query($id: ID!) { customer(id: $id) { surveys { edges { node { dimensions { name value } } } } } }""")
                .variable("id", customer("C1").id()).execute()
                .path("customer.surveys.edges[0].node.dimensions").entityList(Map.class).get().stream()
                .collect(Collectors.toMap(d -> (String) d.get("name"), d -> ((Number) d.get("value")).doubleValue()));
        assertThat(dimensions).containsExactlyInAnyOrderEntriesOf(Map.of("reliability_p1", 6.0, "reliability_e1", 7.0));
    }

    @Test
    void aChangedCustomerRowUpdatesOnlyWhatDiffers() {
        Map<String, Object> job = upload(Role.EDITOR, "customers", "more.ndjson", String.join("\n",
                "{\"externalId\":\"C1\",\"name\":\"Ada Lovelace\",\"region\":\"EU-North\",\"tags\":[\"vip\",\"early\"]}",
                "{\"externalId\":\"C2\",\"name\":\"Hopper, Grace\"}",
                "{\"externalId\":\"C4\",\"name\":\"Edsger Dijkstra\",\"email\":\"not-an-address\"}",
                "{\"externalId\":\"C5\",\"name\":\"Barbara Liskov\",\"referrals\":2}"));

        assertThat(job).containsEntry("read", 4.0).containsEntry("inserted", 1.0).containsEntry("updated", 1.0)
                .containsEntry("unchanged", 1.0).containsEntry("rejected", 1.0);
        assertThat(rejections(job)).containsExactly(List.of(3, "email: must be an e-mail address like name@example.com"));
        Customer ada = customer("C1");
        assertThat(ada.region()).isEqualTo("EU-North");
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(ada.membership().points()).isEqualTo(120);
        assertThat(ada.revision()).isEqualTo(1);
        assertThat(customer("C5").engagement().referrals()).isEqualTo(2);
        assertThat(customer("C5").joinedOn()).isEqualTo(NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }

    @Test
    void interactionsImportWithTheirChecks() {
        Map<String, Object> job = upload(Role.ADMIN, "interactions", "tickets.csv", """
                externalId,customerExternalId,openedAt,resolvedAt,kind,outcome,subject
                T1,C1,2025-04-01T08:00:00Z,2025-04-02T08:00:00Z,complaint,resolved,Late parcel
                T2,C2,2025-04-01T08:00:00Z,,praise,,
                T3,C2,2025-04-03T08:00:00Z,2025-04-02T08:00:00Z,REQUEST,RESOLVED,
                """);
        assertThat(job).containsEntry("inserted", 1.0).containsEntry("rejected", 2.0);
        assertThat(rejections(job)).containsExactly(
                List.of(3, "kind: 'praise' is not one of INQUIRY, REQUEST, COMPLAINT, FEEDBACK"),
                List.of(4, "resolvedAt: must not be before openedAt"));
        assertThat(mongo.count(new Query(), "interactions")).isEqualTo(1);
    }

    @Test
    void kanoAnswersImportAsFunctionalSlashDysfunctionalPairs() {
        // fast_delivery: C1, C2 LIKE/DISLIKE (O), C3 MUST_BE/DISLIKE (M): performance. gift_wrap: C1 LIKE/NEUTRAL (A),
        // C3 NEUTRAL/NEUTRAL (I): a tie, which goes to attractive (ties: must-be, performance, attractive, indifferent).
        // Line 5 is not a pair, line 6 not an answer.
        Map<String, Object> job = upload(Role.EDITOR, "surveys", "kano.csv", """
                externalId,customerExternalId,answeredAt,kano.fast_delivery,kano.gift_wrap
                K1,C1,2025-03-01T09:00:00Z,LIKE/DISLIKE,like/neutral
                K2,C2,2025-03-01T09:00:00Z,like/dislike,
                K3,C3,2025-03-01T09:00:00Z,MUST_BE/DISLIKE,NEUTRAL/NEUTRAL
                K4,C3,2025-03-02T09:00:00Z,LIKE,
                K5,C3,2025-03-02T09:00:00Z,LIKE/HATE,
                """);
        assertThat(job).containsEntry("inserted", 3.0).containsEntry("rejected", 2.0);
        assertThat(rejections(job)).containsExactly(
                List.of(5, "kano.fast_delivery: 'LIKE' is not a FUNCTIONAL/DYSFUNCTIONAL pair of LIKE, MUST_BE, NEUTRAL,"
                        + " LIVE_WITH, DISLIKE, e.g. LIKE/DISLIKE"),
                List.of(6, "kano.fast_delivery (dysfunctional): 'HATE' is not one of LIKE, MUST_BE, NEUTRAL, LIVE_WITH,"
                        + " DISLIKE"));
        graphQl.document("{ kanoAnalysis { respondents attributes { attribute category } } }").execute()
                .path("kanoAnalysis.respondents").entity(Integer.class).isEqualTo(3)
                .path("kanoAnalysis.attributes[?(@.attribute == 'fast_delivery')].category").entityList(String.class)
                .containsExactly("PERFORMANCE")
                .path("kanoAnalysis.attributes[?(@.attribute == 'gift_wrap')].category").entityList(String.class)
                .containsExactly("ATTRACTIVE");
    }

    @Test
    void aFileWithAnUnknownColumnFailsBeforeStoringAnything() {
        Map<String, Object> job = upload(Role.EDITOR, "orders", "orders.csv",
                "externalId,customerExternalId,orderedAt,amount,colour\nO1,C1,2025-01-10T10:00:00Z,1.00,red\n");
        assertThat(job).containsEntry("state", "FAILED").containsEntry("read", 0.0).containsEntry("error",
                "line 1: unknown column 'colour'; allowed: externalId, customerExternalId, orderedAt, amount, items,"
                        + " discount, channel");
        assertThat(mongo.count(new Query(), Order.class)).isZero();
    }

    @Test
    void startImportReadsOnlyFromTheImportFolder() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/import-test-files"));
        Files.writeString(dir.resolve("orders.csv"), ORDERS);
        String id = graphQl.document("""
                        mutation { startImport(input: {kind: ORDERS, path: "orders.csv"}) { id kind format source } }""")
                .execute().path("startImport.source").entity(String.class).isEqualTo("orders.csv")
                .path("startImport.id").entity(String.class).get();
        assertThat(ImportSupport.awaitEnd(graphQl, id)).containsEntry("inserted", 4.0).containsEntry("rejected", 8.0);

        graphQl.document("mutation { startImport(input: {kind: ORDERS, path: \"../pom.xml\"}) { id } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).startsWith("input.path: must name a file inside the import folder");
                }));
        graphQl.document("mutation { startImport(input: {kind: ORDERS, path: \"missing.csv\"}) { id } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).startsWith("input.path: no readable file 'missing.csv'")));
    }

    @Test
    void onlyEditorsAndAdminsImport() {
        HttpResponse<String> viewer = ImportSupport.upload(http, TestKeys.key(Role.ANALYST), "orders", "o.csv", ORDERS);
        assertThat(viewer.statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = ImportSupport.upload(http, null, "orders", "o.csv", ORDERS);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        as(Role.ANALYST).document("mutation { startImport(input: {kind: ORDERS, path: \"orders.csv\"}) { id } }")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        assertThat(mongo.count(new Query(), Order.class)).isZero();

        HttpResponse<String> badKind = ImportSupport.upload(http, TestKeys.key(Role.EDITOR), "invoices", "o.csv", ORDERS);
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.body()).contains("kind: 'invoices' is not a kind of import; allowed: customers, orders,"
                + " surveys, interactions, cdnow");
    }

    @Test
    void anUploadsFileNameIsReducedToItsLastSegmentWithoutControlCharacters() {
        HttpResponse<String> slash = ImportSupport.upload(http, TestKeys.key(Role.EDITOR), "orders", "/", ORDERS);
        assertThat(slash.statusCode()).as(slash.body()).isEqualTo(400);
        assertThat(slash.body()).contains("\"classification\":\"BAD_REQUEST\"").contains("format");

        Map<String, Object> job = upload(Role.EDITOR, "customers", "exports/2025/a\u0007b.csv", CUSTOMERS);
        assertThat(job).containsEntry("state", "COMPLETED").containsEntry("source", "ab.csv");
        // a NUL in the part's header is refused by the container's parser: a classified 400, not a 500
        HttpResponse<String> nul = ImportSupport.upload(http, TestKeys.key(Role.EDITOR), "orders", "a\u0000b.csv", ORDERS);
        assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
        assertThat(nul.body()).contains("\"classification\":\"BAD_REQUEST\"")
                .contains("file: the upload is not a readable multipart/form-data body");
        assertThat(ImportUploadController.fileName("C:\\exports\\orders.csv")).isEqualTo("orders.csv");
        assertThat(ImportUploadController.fileName(" \t ")).isEqualTo("upload");
        assertThat(ImportUploadController.fileName(null)).isEqualTo("upload");
    }

    private Map<String, Object> upload(Role role, String kind, String name, String content) {
        HttpResponse<String> response = ImportSupport.upload(http, TestKeys.key(role), kind, name, content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = (String) JSON.readValue(response.body(), Map.class).get("id");
        return ImportSupport.awaitEnd(graphQl, id);
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> rejections(Map<String, Object> job) {
        List<Map<String, Object>> edges = (List<Map<String, Object>>) ((Map<String, Object>) job.get("rejections")).get("edges");
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> edge : edges) {
            Map<String, Object> node = (Map<String, Object>) edge.get("node");
            rows.add(List.of(((Number) node.get("line")).intValue(), node.get("reason")));
        }
        return rows;
    }

    private Customer customer(String externalId) {
        return mongo.findOne(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("externalId")
                .is(externalId)), Customer.class);
    }

    private Map<String, Long> collectionCounts() {
        Map<String, Long> counts = new HashMap<>();
        mongo.getCollectionNames().forEach(name -> counts.put(name, mongo.count(new Query(), name)));
        return counts;
    }

    private Map<String, Long> revisions() {
        return mongo.findAll(Customer.class).stream().collect(Collectors.toMap(Customer::externalId, Customer::revision));
    }

    /** Every customer's order summary equals a count and sum over their stored orders. */
    private void assertSummariesEqualRecounts() {
        Map<String, List<Order>> orders = mongo.findAll(Order.class).stream().collect(Collectors.groupingBy(Order::customerId));
        for (Customer customer : mongo.findAll(Customer.class)) {
            List<Order> own = orders.getOrDefault(customer.id(), List.of());
            assertThat(customer.orderSummary().count()).as(customer.externalId()).isEqualTo(own.size());
            assertThat(customer.orderSummary().total()).as(customer.externalId())
                    .isEqualByComparingTo(own.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(customer.orderSummary().firstOrderAt()).isEqualTo(
                    own.stream().map(Order::orderedAt).min(Comparator.naturalOrder()).orElse(null));
            assertThat(customer.orderSummary().lastOrderAt()).isEqualTo(
                    own.stream().map(Order::orderedAt).max(Comparator.naturalOrder()).orElse(null));
        }
    }
}
