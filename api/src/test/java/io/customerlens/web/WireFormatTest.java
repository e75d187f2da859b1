package io.customerlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.ImportSupport;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import io.customerlens.support.TestPlugins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What clients see on the wire, compared byte for byte with responses recorded from an earlier build in
 * {@code src/test/resources/wire/}: GraphQL data and errors (the JSON scalar both ways), the JSON endpoint and
 * its errors, rows read by the NDJSON import, and Actuator's health. A framework upgrade that changes a byte of
 * these fails here. Generated ids are replaced by {@code <id1>}, {@code <id2>}, ... in order of appearance (cursors are
 * decoded first), and the test plugin folder by {@code <plugins>}, so the files hold nothing that differs from run
 * to run.
 *
 * <p>{@code -Dcustomerlens.test.record-wire=true} writes the files instead of comparing (run it on the build whose
 * output is the reference, then review the diff).
 */
class WireFormatTest extends IntegrationTest {

    private static final Path RECORDED = Path.of("src/test/resources/wire");
    private static final boolean RECORD = Boolean.getBoolean("customerlens.test.record-wire");
    private static final Pattern OBJECT_ID = Pattern.compile("\\b[0-9a-f]{24}\\b");
    /** Relay cursors: "cursor:" and an id, base64url-encoded. */
    private static final Pattern CURSOR = Pattern.compile("Y3Vyc29yO[A-Za-z0-9_-]+");

    private static final String CUSTOMERS = String.join("\n",
            "{\"externalId\":\"W1\",\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\",\"region\":\"EU-West\","
                    + "\"joinedOn\":\"2024-01-05\",\"tags\":[\"vip\",\"early\"],\"membershipLevel\":\"gold\","
                    + "\"membershipPoints\":120}",
            "{\"externalId\":\"W2\",\"name\":\"Grace Hopper\",\"region\":\"US-East\",\"joinedOn\":\"2024-02-10\"}",
            "{\"externalId\":\"W3\",\"name\":\"Alan Turing\",\"joinedOn\":\"2024-03-15\",\"channel\":\"web\"}",
            "");

    private static final String ORDERS = String.join("\n",
            "{\"externalId\":\"WO1\",\"customerExternalId\":\"W1\",\"orderedAt\":\"2025-01-10T10:00:00Z\","
                    + "\"amount\":120.50,\"items\":2,\"channel\":\"web\"}",
            "{\"externalId\":\"WO2\",\"customerExternalId\":\"W1\",\"orderedAt\":\"2025-05-11T10:00:00.123Z\","
                    + "\"amount\":80.25,\"items\":1,\"discount\":5}",
            "{\"externalId\":\"WO3\",\"customerExternalId\":\"W2\",\"orderedAt\":\"2025-03-01\",\"amount\":1e2}",
            "{\"externalId\":\"WO4\",\"customerExternalId\":\"W2\",\"orderedAt\":\"2025-06-01T08:00:00Z\","
                    + "\"amount\":\"45.5\",\"items\":\"3\"}",
            "{\"externalId\":\"WO5\",\"customerExternalId\":\"W3\",\"orderedAt\":\"2025-04-01T10:00:00Z\",\"amount\":12",
            "{\"externalId\":\"WO6\",\"customerExternalId\":\"W3\",\"orderedAt\":\"2025-04-01T10:00:00Z\","
                    + "\"amount\":12,\"items\":{\"nested\":{\"deep\":1}}}",
            "{\"externalId\":\"WO7\",\"customerExternalId\":\"W3\",\"orderedAt\":\"2025-04-01T10:00:00Z\",\"amount\":NaN}",
            "");

    private static final String SURVEYS = String.join("\n",
            "{\"externalId\":\"WS1\",\"customerExternalId\":\"W1\",\"answeredAt\":\"2025-03-01T09:00:00Z\",\"nps\":9,"
                    + "\"csat\":5,\"dimensions\":{\"reliability_p1\":6},\"comment\":\"Great \\u00e9 \\\"quoted\\\"\"}",
            "{\"externalId\":\"WS2\",\"customerExternalId\":\"W2\",\"answeredAt\":\"2025-03-02T09:00:00Z\",\"nps\":3}",
            "");

    private final Map<String, String> ids = new LinkedHashMap<>();

    @Test
    void responsesAreTheRecordedOnes() {
        String admin = TestKeys.key(Role.ADMIN);
        String viewer = TestKeys.key(Role.VIEWER);
        importFile(admin, "customers", "customers.ndjson", CUSTOMERS, "import-customers");
        importFile(admin, "orders", "orders.ndjson", ORDERS, "import-orders");
        importFile(admin, "surveys", "surveys.ndjson", SURVEYS, "import-surveys");
        String ada = customerId("W1");

        graphQl("first-query", admin, """
                { customers(first: 5) { pageInfo { hasNextPage endCursor } edges { cursor node {
                    externalId name joinedOn tags orderSummary { count total firstOrderAt lastOrderAt }
                    segment(model: "rfm") { code label rank reasons model { id version params } }
                    satisfaction(model: "nps") { value band explanation }
                    loyalty(model: "behavioural") { value band components { name value description } } } } } }""");
        graphQl("json-scalar-in", admin, """
                { customers(first: 2) { edges { node {
                    terciles: segment(model: "rfm", params: {bins: 3, scheme: "four-class"}) { code model { params } }
                    loyalty(model: "behavioural") { model { params } } } } } }""");
        graphQl("catalogue", viewer, """
                { clv: model(id: "clv") { parameters { name defaultValue } } model(id: "rfm") { id family version name formula source inputs
                    parameters { name type defaultValue min max allowedValues allowed description } } }""");
        graphQl("distribution", admin, """
                { segmentDistribution(model: "rfm", params: {bins: 3}) { customers failed model { params } segments { code label rank count share meanSpend } } }""");
        // The export lists every collection of the store, and which exist depends on the tests run before: the empty
        // ones are left out of the comparison.
        HttpResponse<String> export = http.postQuery("{ exportCustomer(id: \"" + ada + "\") }", admin);
        compare("export", export, withoutEmptyCollections(export.body()));
        graphQl("history", admin, "{ customer(id: \"" + ada + "\") { orders(first: 5) { edges { node { externalId"
                + " orderedAt amount items discount channel } } } surveys(first: 5) { edges { node {"
                + " answeredAt nps csat dimensions { name value } comment } } } } }");
        graphQl("error-validation", admin, "{ customers(first: 1) { edges { node { nosuchfield } } } }");
        graphQl("error-bad-params", admin, "{ customers(first: 1) { edges { node {"
                + " segment(model: \"rfm\", params: {bins: 99}) { code } } } } }");
        graphQl("error-unknown-model", admin, "{ customers(first: 1) { edges { node {"
                + " loyalty(model: \"nosuch\") { value } } } } }");
        graphQl("error-forbidden", viewer, "{ exportCustomer(id: \"" + ada + "\") }");
        graphQl("error-no-key", null, "{ customers(first: 1) { edges { cursor } } }");
        graphQl("error-syntax", admin, "{ customers(first: 1 { edges } }");

        get("rest-summary", "/api/customers?first=2&segmentation=rfm&satisfaction=nps&loyalty=behavioural", viewer);
        get("rest-full", "/api/customers?first=1&segmentation=rfm&loyalty=behavioural&detail=full", viewer);
        get("rest-error-model", "/api/customers?first=2&segmentation=nps", viewer);
        get("rest-error-first", "/api/customers?first=0", viewer);
        get("rest-error-no-key", "/api/customers", null);

        get("health-anonymous", "/actuator/health", null);
        get("health-store", "/actuator/health/store", admin);
        get("info", "/actuator/info", admin);
    }

    private void importFile(String key, String kind, String fileName, String content, String name) {
        HttpResponse<String> upload = ImportSupport.upload(http, key, kind, fileName, content);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        Matcher id = OBJECT_ID.matcher(upload.body());
        assertThat(id.find()).as(upload.body()).isTrue();
        ImportSupport.awaitEnd(graphQl, id.group());
        HttpResponse<String> response = http.postQuery("{ importJob(id: \"" + id.group() + "\") { state kind format"
                + " source read inserted updated unchanged rejected customersCreated error"
                + " rejections(first: 20) { edges { node { line reason } } } } }", key);
        compare(name, response);
    }

    private String customerId(String externalId) {
        String body = http.postQuery("{ customers(first: 1, filter: {externalId: \"" + externalId + "\"})"
                + " { edges { node { id } } } }", TestKeys.key(Role.ADMIN)).body();
        Matcher id = OBJECT_ID.matcher(body);
        assertThat(id.find()).as(body).isTrue();
        return id.group();
    }

    private void graphQl(String name, String key, String query) {
        compare(name, http.postQuery(query, key));
    }

    private void get(String name, String path, String key) {
        compare(name, http.get(path, key));
    }

    private void compare(String name, HttpResponse<String> response) {
        compare(name, response, response.body());
    }

    /** @return the body with the collections of the export that hold nothing left out */
    private static String withoutEmptyCollections(String body) {
        int collections = body.indexOf("\"collections\":{");
        assertThat(collections).as(body).isPositive();
        return body.substring(0, collections) + body.substring(collections)
                .replaceAll("\"\\w+\":\\[\\],", "").replaceAll(",\"\\w+\":\\[\\]}", "}");
    }

    private void compare(String name, HttpResponse<String> response, String body) {
        String contentType = response.headers().firstValue("Content-Type").orElse("-");
        String actual = "HTTP " + response.statusCode() + "\n" + contentType + "\n" + normalise(body) + "\n";
        Path file = RECORDED.resolve(name + ".txt");
        try {
            if (RECORD) {
                Files.createDirectories(RECORDED);
                Files.writeString(file, actual);
                return;
            }
            assertThat(file).as("recorded response " + name + " (record with -Dcustomerlens.test.record-wire=true)")
                    .exists();
            assertThat(actual).as("response " + name + " against " + file).isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces what differs between runs: generated ids (also inside cursors) and the test plugin folder. */
    private String normalise(String body) {
        Matcher cursor = CURSOR.matcher(body.replace(TestPlugins.folder().toString(), "<plugins>"));
        StringBuilder decoded = new StringBuilder();
        while (cursor.find()) {
            String text = new String(Base64.getUrlDecoder().decode(cursor.group()), StandardCharsets.UTF_8);
            cursor.appendReplacement(decoded, Matcher.quoteReplacement("<" + text + ">"));
        }
        cursor.appendTail(decoded);
        Matcher id = OBJECT_ID.matcher(decoded);
        StringBuilder out = new StringBuilder();
        while (id.find()) {
            String placeholder = ids.computeIfAbsent(id.group(), found -> "<id" + (ids.size() + 1) + ">");
            id.appendReplacement(out, Matcher.quoteReplacement(placeholder));
        }
        id.appendTail(out);
        return out.toString();
    }
}
