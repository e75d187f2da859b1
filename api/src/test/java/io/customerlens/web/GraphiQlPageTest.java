package io.customerlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GraphiQL is served at /graphiql, opens with the example queries and loads GraphiQL from the server (see
 * {@link GraphiQlBrowserTest} for the page in a browser), and the actuator answers.
 */
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
                .contains("const EXAMPLES = ['compare-models', 'distributions', 'backtest', 'transitions', 'playbooks'];")
                .contains("import { renderGraphiQL } from './graphiql/graphiql.js';")
                .doesNotContain("https://");
    }

    @Test
    void servesGraphiQlItselfAndTheEditorsWorkers() {
        for (String asset : List.of("graphiql.js", "graphiql.css", "editor.worker.js", "json.worker.js", "graphql.worker.js")) {
            HttpResponse<String> response = http.get("/graphiql/" + asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.body()).as(asset).isNotBlank();
        }
        assertThat(http.get("/graphiql/graphiql.js").body()).contains("renderGraphiQL").contains("graphql.worker.js");
    }

    @Test
    void healthReportsTheStore() {
        HttpResponse<String> health = http.get("/actuator/health", TestKeys.key(Role.ADMIN));

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"store\"").contains("\"plugins\"");
    }
}
