package io.customerlens.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The JSON twin of {@code customers(first:)} answers what the GraphQL query answers, and refuses what it refuses. */
class ScoredCustomersEndpointTest extends IntegrationTest {

    private static final String QUERY = """
            { customers(first: 2) { edges { node { id externalId orderSummary { count total }
                segment(model: "rfm") { code rank components { name value } } satisfaction(model: "nps") { value band }
                loyalty(model: "behavioural") { value } } } pageInfo { endCursor hasNextPage } } }""";

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void population() {
        for (int i = 1; i <= 3; i++) {
            String id = fixtures.customer("R" + i, LocalDate.of(2024, 1, 1));
            for (int n = 0; n < i; n++) {
                fixtures.order(id, NOW.minus(Duration.ofDays(30L * (n + i))), 20.0 * i);
            }
            fixtures.survey(id, NOW.minus(Duration.ofDays(3)), 4 + 2 * i, null);
        }
    }

    @Test
    void answersWhatTheGraphQlQueryAnswers() throws Exception {
        HttpResponse<String> response = http.get("/api/customers?first=2&segmentation=rfm&satisfaction=nps&loyalty=behavioural",
                TestKeys.key(Role.VIEWER));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(response.body());
        List<Map<String, Object>> nodes = graphQl.document(QUERY).execute().path("customers.edges[*].node").entityList(
                new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).get();

        assertThat(page.get("customers")).hasSize(2);
        assertThat(page.get("hasNextPage").asBoolean()).isTrue();
        for (int i = 0; i < 2; i++) {
            JsonNode row = page.get("customers").get(i);
            JsonNode node = json.valueToTree(nodes.get(i));
            assertThat(row.get("id")).isEqualTo(node.get("id"));
            assertThat(row.get("orders").asInt()).isEqualTo(node.at("/orderSummary/count").asInt()).isEqualTo(i + 1);
            assertThat(row.get("revenue").asDouble()).isEqualTo(node.at("/orderSummary/total").asDouble());
            assertThat(row.at("/segment/code")).isEqualTo(node.at("/segment/code"));
            assertThat(row.at("/segment/rank")).isEqualTo(node.at("/segment/rank"));
            assertThat(row.at("/satisfaction/value").asDouble()).isEqualTo(node.at("/satisfaction/value").asDouble());
            assertThat(row.at("/satisfaction/band")).isEqualTo(node.at("/satisfaction/band"));
            assertThat(row.at("/loyalty/value").asDouble()).isEqualTo(node.at("/loyalty/value").asDouble());
            assertThat(row.has("name")).as("no personal data").isFalse();
            assertThat(row.at("/segment/model").asString()).isEqualTo("rfm");
            assertThat(row.get("segment").has("components")).as("a summary").isFalse();
        }

        JsonNode full = json.readTree(http.get("/api/customers?first=2&segmentation=rfm&detail=full",
                TestKeys.key(Role.VIEWER)).body());
        JsonNode components = full.at("/customers/0/segment/components");
        assertThat(components).isNotEmpty();
        JsonNode expected = json.valueToTree(nodes.get(0)).at("/segment/components");
        assertThat(components).hasSameSizeAs(expected);
        for (int i = 0; i < components.size(); i++) {
            assertThat(components.get(i).get("name")).isEqualTo(expected.get(i).get("name"));
            assertThat(components.get(i).get("value").asDouble()).isEqualTo(expected.get(i).get("value").asDouble());
            assertThat(components.get(i).get("description").asString()).isNotBlank();
        }
        assertThat(full.at("/customers/0/segment/model/id").asString()).isEqualTo("rfm");

        JsonNode next = json.readTree(http.get("/api/customers?first=2&segmentation=rfm&after=" + page.get("endCursor").asString(),
                TestKeys.key(Role.VIEWER)).body());
        assertThat(next.get("customers")).hasSize(1);
        assertThat(next.at("/customers/0/externalId").asString()).isEqualTo("R3");
        assertThat(next.at("/customers/0").has("loyalty")).isFalse();
        assertThat(next.get("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void refusesUnknownModelsModelsOfAnotherFamilyAndBadPageSizes() throws Exception {
        HttpResponse<String> unknown = http.get("/api/customers?first=2&loyalty=nope", TestKeys.key(Role.VIEWER));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("BAD_REQUEST").contains("nope");

        HttpResponse<String> family = http.get("/api/customers?first=2&segmentation=nps", TestKeys.key(Role.VIEWER));
        assertThat(family.statusCode()).isEqualTo(400);
        assertThat(json.readTree(family.body()).at("/errors/0/message").asString())
                .contains("segmentation").contains("'nps' is a satisfaction model");

        HttpResponse<String> detail = http.get("/api/customers?first=2&detail=everything", TestKeys.key(Role.VIEWER));
        assertThat(detail.statusCode()).isEqualTo(400);
        assertThat(detail.body()).contains("detail").contains("summary or full");

        HttpResponse<String> size = http.get("/api/customers?first=1000", TestKeys.key(Role.VIEWER));
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(size.body()).contains("first").contains("from 1 to 100");
    }

    @Test
    void needsAnApiKey() {
        assertThat(http.get("/api/customers?first=2", null).statusCode()).isEqualTo(401);
    }
}
