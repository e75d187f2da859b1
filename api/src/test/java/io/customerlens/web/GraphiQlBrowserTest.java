package io.customerlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.HeadlessChromium;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GraphiQL in headless Chromium with every host but the server cut off, as on a network without internet access:
 * the page loads GraphiQL and its editor from the server, the first example query, run with the page's execute
 * button, shows its data in the result pane, the explorer plugin lists the schema's fields, and the editor's
 * GraphQL and JSON workers check what is typed.
 */
class GraphiQlBrowserTest extends IntegrationTest {

    /** Generous: the first load compiles a few megabytes of script on a possibly busy machine. */
    private static final Duration WAIT = Duration.ofSeconds(90);

    /** The text of an element, spaces normalised (the editor draws spaces as non-breaking ones). */
    private static final String TEXT = "const text = (selector) => (document.querySelector(selector)?.innerText ?? '').replace(/\\s+/g, ' ');";

    /** The editor markers (problems) of GraphiQL's model whose name ends so, after setting its text. */
    private static final String MARKERS = """
            const model = (name) => globalThis.__MONACO.editor.getModels().find((m) => m.uri.path.endsWith(name));
            const markers = (name) => globalThis.__MONACO.editor.getModelMarkers({resource: model(name).uri})
                .map((marker) => marker.message).join('; ');""";

    @TempDir
    Path dir;

    @Test
    void runsTheFirstExampleQueryWithoutInternetAccess() {
        HeadlessChromium.assumeInstalled();
        fixtures.customer("GQ-1", LocalDate.parse("2024-01-01"));

        try (HeadlessChromium chromium = HeadlessChromium.start(dir)) {
            // what a user types into GraphiQL's Headers tab outside the demo profile
            chromium.extraHeaders(Map.of("X-API-Key", TestKeys.key(Role.ADMIN)));
            chromium.open(http.url("/graphiql"));
            chromium.waitFor("GraphiQL showing the first example", TEXT + """
                    document.querySelector('.graphiql-execute-button') !== null
                        && text('.graphiql-query-editor').includes('query FirstLook')""", WAIT);
            chromium.evaluate("document.querySelector('.graphiql-execute-button').click()");
            String result = chromium.waitFor("the customer in the result pane", TEXT + """
                    text('.result-window').includes('Test GQ-1') && text('.result-window')""", WAIT);

            assertThat(result).contains("\"edges\"").contains("\"name\": \"Test GQ-1\"").doesNotContain("\"errors\"");

            // The explorer plugin lists the schema's fields.
            chromium.evaluate("document.querySelector('button[aria-label=\"Show GraphiQL Explorer\"]').click()");
            chromium.waitFor("the explorer listing the queries", TEXT
                    + "text('.graphiql-explorer-root').includes('customers') && text('.graphiql-explorer-root').includes('models')",
                    WAIT);

            // Problems in the query and the variables are found by Monaco's GraphQL and JSON workers.
            chromium.evaluate(MARKERS + "model('operation.graphql').setValue('{ customers(first: 1) { nope } }')");
            chromium.evaluate(MARKERS + "model('variables.json').setValue('{\"first\": ')");
            chromium.waitFor("the GraphQL worker's finding", MARKERS + "markers('operation.graphql').includes('nope')", WAIT);
            chromium.waitFor("the JSON worker's finding", MARKERS + "markers('variables.json')", WAIT);

            assertThat(chromium.requests()).containsKeys(http.url("/graphiql/graphiql.js"),
                    http.url("/graphiql/graphql.worker.js"), http.url("/graphiql/json.worker.js"));
            chromium.assertServedLocallyWithoutErrors();
        }
    }
}
