package io.customerlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GraphiQL is served at /graphiql and opens with the example queries, and the actuator answers. */
class GraphiQlPageTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void servesGraphiQlWithTheFirstQuery() throws Exception {
        HttpResponse<String> page = get("/graphiql");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<title>Customer Lens · GraphiQL</title>")
                .contains("segment(model: \"rfm\") { label reasons }")
                .contains("loyalty(model: \"behavioural\") { value band }")
                .contains("defaultTabs")
                .contains("const EXAMPLES = ['compare-models', 'distributions', 'transitions'];");
    }

    @Test
    void healthReportsTheStore() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"store\"").contains("\"plugins\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
