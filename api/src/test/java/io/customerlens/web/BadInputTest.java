package io.customerlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import io.customerlens.web.MalformedRequests.BadRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 250 generated malformed requests (see {@link MalformedRequests}), sent over HTTP with the admin key so that
 * nothing is refused merely for want of a role: none may get a 5xx, every error must carry a classification and
 * no internals, and no document may be stored or removed.
 */
class BadInputTest extends IntegrationTest {

    private static final long SEED = 20_251_123L;
    private static final List<String> COLLECTIONS = List.of("customers", "orders", "surveys", "interactions", "api_keys");
    /** A Java class name, a stack frame or an exception name has no place in an error message. */
    private static final Pattern INTERNALS = Pattern.compile("\\b[a-z]+\\.[a-z]+\\.[a-zA-Z.]*[A-Z]\\w+|\\tat |Exception\\b");

    private final ObjectMapper json = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> malformedRequestsAreRefusedCleanly() {
        String customer = fixtures.customer("BAD-INPUT-1", LocalDate.parse("2024-01-01"));
        fixtures.order(customer, NOW.minusSeconds(86_400 * 10), 25.0);
        List<BadRequest> requests = new MalformedRequests(SEED, customer).generate();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(200);
        return requests.stream().map(request -> DynamicTest.dynamicTest(request.label(), () -> refusedCleanly(request)));
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
        for (HttpResponse<String> response : List.of(encodedSlash, hugeHeader)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
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

    private void refusedCleanly(BadRequest request) throws Exception {
        Map<String, Long> before = counts();
        HttpResponse<String> response = http.post(request.body(), TestKeys.key(Role.ADMIN));

        assertThat(response.statusCode()).as("status of %s: %s", request.label(), response.body()).isLessThan(500);
        JsonNode body = json.readTree(response.body());
        JsonNode errors = body.path("errors");
        assertThat(errors.isArray() && !errors.isEmpty()).as("errors of %s: %s", request.label(), response.body()).isTrue();
        for (JsonNode error : errors) {
            assertThat(error.path("extensions").path("classification").asString())
                    .as("classification in %s", response.body()).isNotBlank();
            assertThat(error.path("message").asString()).as("message of %s", request.label())
                    .isNotBlank().doesNotContainPattern(INTERNALS);
        }
        if (request.mutation()) {
            JsonNode data = body.path("data");
            assertThat(data.isMissingNode() || data.isNull() || data.iterator().next().isNull())
                    .as("data of %s: %s", request.label(), response.body()).isTrue();
        }
        assertThat(counts()).as("documents after %s", request.label()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return COLLECTIONS.stream().collect(Collectors.toMap(name -> name, name -> mongo.getCollection(name).countDocuments()));
    }
}
