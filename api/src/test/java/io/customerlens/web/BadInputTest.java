package io.customerlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import io.customerlens.scoring.ModelRegistry;
import io.customerlens.web.MalformedRequests.BadRequest;
import io.customerlens.web.ReportedCases.Answer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Over a thousand bad or hostile requests: 500 generated malformed ones ({@link MalformedRequests}), bad parameters
 * for every model of the catalogue ({@link CatalogueParameterCases}) and the hand-written cases of
 * {@link ReportedCases}, GraphQL bodies sent with the admin key so that nothing is refused merely for want of a role,
 * HTTP-level ones as raw bytes. None may get a 5xx, every answer must be JSON in the error shape with a
 * classification and no internals, and no document may be stored or removed. The counts by category, with the
 * slowest answer, go to {@code target/bad-input-report.md} ({@link BadInputReport}).
 */
class BadInputTest extends IntegrationTest {

    private static final BadInputReport REPORT = new BadInputReport();

    private static final long SEED = 20_251_123L;
    private static final List<String> COLLECTIONS = List.of("customers", "orders", "surveys", "interactions", "api_keys");
    /** A Java class name, a stack frame or an exception name has no place in an error message. */
    private static final Pattern INTERNALS = Pattern.compile("\\b[a-z]+\\.[a-z]+\\.[a-zA-Z.]*[A-Z]\\w+|\\tat |Exception\\b");

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private ModelRegistry registry;

    @TestFactory
    Stream<DynamicTest> malformedRequestsAreRefusedCleanly() {
        String customer = fixtures.customer("BAD-INPUT-1", LocalDate.parse("2024-01-01"));
        fixtures.order(customer, NOW.minusSeconds(86_400 * 10), 25.0);
        List<BadRequest> requests = new ArrayList<>(new MalformedRequests(SEED, customer).generate());
        requests.addAll(new CatalogueParameterCases(customer).generate(registry.list(null)));
        requests.addAll(ReportedCases.graphQl(customer));
        assertThat(requests).hasSizeGreaterThanOrEqualTo(1_000);
        return requests.stream().map(request -> DynamicTest.dynamicTest(request.category() + ": " + request.label(),
                () -> refusedCleanly(request.category(), request.label(), request.mutation(), () -> {
                    HttpResponse<String> response = http.post(request.body(), TestKeys.key(Role.ADMIN));
                    return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                            response.body());
                })));
    }

    @TestFactory
    Stream<DynamicTest> requestsRefusedAtTheHttpLevelAreCleanToo() {
        fixtures.customer("BAD-INPUT-2", LocalDate.parse("2024-01-01"));
        return ReportedCases.http(http).stream().map(request -> DynamicTest.dynamicTest(request.label(), () -> {
            Answer answer = refusedCleanly(request.category(), request.label(), false, request.send());
            if (request.status() != 0) {
                assertThat(answer.status()).as("status of %s: %s", request.label(), answer.body()).isEqualTo(request.status());
            }
        }));
    }

    @AfterAll
    static void writeReport() {
        REPORT.write();
    }

    @Test
    void otherMethodsThanPostAreRefusedInTheErrorShape() throws Exception {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(http.url("/graphql")))
                    .header("X-API-Key", TestKeys.key(Role.ADMIN)).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{\"query\": \"{ me { name } }\"}")));
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).contains("POST");
            assertThat(json.readTree(response.body()).path("errors").get(0).path("message").asString())
                    .startsWith(method + " is not supported on /graphql: send POST with");
        }
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFoundInTheErrorShape() throws Exception {
        HttpResponse<String> response = http.get("/error", TestKeys.key(Role.ADMIN));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).path("errors").get(0).path("extensions").path("classification")
                .asString()).isEqualTo("NOT_FOUND");
        // a real failure still reaches the error page: an unknown path is a 404 as before, not this message
        assertThat(http.get("/no-such-page", TestKeys.key(Role.ADMIN)).statusCode()).isEqualTo(404);
    }

    @Test
    void requestsTomcatRefusesItselfGetTheErrorShapeNotAnHtmlPage() throws Exception {
        HttpResponse<String> encodedSlash = http.send(HttpRequest.newBuilder(URI.create(http.url("/graphql%2F")))
                .header("X-API-Key", TestKeys.key(Role.ADMIN)).POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> hugeHeader = http.send(HttpRequest.newBuilder(URI.create(http.url("/graphql")))
                .header("X-Padding", "x".repeat(100_000)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ me { name } }\"}")));
        assertThat(encodedSlash.statusCode()).as(encodedSlash.body()).isEqualTo(400);
        assertThat(hugeHeader.statusCode()).as(hugeHeader.body()).isEqualTo(431);
        for (HttpResponse<String> response : List.of(encodedSlash, hugeHeader)) {
            assertThat(response.headers().firstValue("Content-Type")).get(InstanceOfAssertFactories.STRING)
                    .startsWith("application/json");
            assertThat(json.readTree(response.body()).path("errors").get(0).path("extensions").path("classification")
                    .asString()).isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void aGetOrABodyWithoutTheJsonContentTypeIsExplainedNotEmpty() throws Exception {
        HttpResponse<String> get = http.get("/graphql", TestKeys.key(Role.ADMIN));
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(json.readTree(get.body()).path("errors").get(0).path("message").asString())
                .startsWith("GET is not supported on /graphql: send POST with");

        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(http.url("/graphql")))
                .header("X-API-Key", TestKeys.key(Role.ADMIN)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ me { name } }\"}")));
        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(json.readTree(plain.body()).path("errors").get(0).path("message").asString())
                .startsWith("send the request as Content-Type: application/json");
    }

    @Test
    void anUnknownEnumValueIsNamedWithoutJavaInternals() {
        graphQl.document("{ models(family: FOO) { id } }").execute().errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(error -> assertThat(error.getMessage())
                        .contains("with value 'FOO' is not a valid 'ModelFamily'").doesNotContain("EnumValue")));
        String longName = "x".repeat(100_000);
        graphQl.document("query q { me { name } }").operationName(longName).execute().errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty());
    }

    private Answer refusedCleanly(String category, String label, boolean mutation, Supplier<Answer> send) throws Exception {
        Map<String, Long> before = counts();
        long started = System.nanoTime();
        Answer answer = send.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Long> after = counts();
        boolean json = answer.contentType().startsWith("application/json") && !answer.body().isBlank();
        JsonNode body = json ? this.json.readTree(answer.body()) : null;
        boolean internals = INTERNALS.matcher(answer.body()).find();
        REPORT.record(category, answer.status(), !json, internals, !after.equals(before), millis);

        assertThat(answer.status()).as("status of %s: %s", label, answer.body()).isLessThan(500);
        assertThat(json).as("JSON body of %s: %s %s", label, answer.contentType(), answer.body()).isTrue();
        JsonNode errors = body.path("errors");
        assertThat(errors.isArray() && !errors.isEmpty()).as("errors of %s: %s", label, answer.body()).isTrue();
        for (JsonNode error : errors) {
            assertThat(error.path("extensions").path("classification").asString())
                    .as("classification in %s", answer.body()).isNotBlank();
            assertThat(error.path("message").asString()).as("message of %s", label)
                    .isNotBlank().doesNotContainPattern(INTERNALS);
        }
        if (mutation) {
            JsonNode data = body.path("data");
            assertThat(data.isMissingNode() || data.isNull() || data.iterator().next().isNull())
                    .as("data of %s: %s", label, answer.body()).isTrue();
        }
        assertThat(after).as("documents after %s", label).isEqualTo(before);
        return answer;
    }

    private Map<String, Long> counts() {
        return COLLECTIONS.stream().collect(Collectors.toMap(name -> name, name -> mongo.getCollection(name).countDocuments()));
    }
}
