package io.customerlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** GraphiQL is served at /graphiql and opens with the example queries, and the actuator answers. */
class GraphiQlPageTest extends IntegrationTest {

    @Test
    void servesGraphiQlWithTheFirstQuery() {
        HttpResponse<String> page = http.get("/graphiql");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<title>Customer Lens · GraphiQL</title>")
                .contains("segment(model: \"rfm\") { label reasons }")
                .contains("loyalty(model: \"behavioural\") { value band }")
                .contains("defaultTabs")
                .contains("const EXAMPLES = ['compare-models', 'distributions', 'transitions', 'playbooks'];");
    }

    @Test
    void healthReportsTheStore() {
        HttpResponse<String> health = http.get("/actuator/health", TestKeys.key(Role.ADMIN));

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"store\"").contains("\"plugins\"");
    }
}
