package io.customerlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every example operation the server ships under /examples runs without errors against a small population. */
class ExampleOperationsTest extends IntegrationTest {

    @BeforeEach
    void population() {
        // twelve buyers: BG/NBD needs at least ten purchase patterns to fit
        for (int i = 1; i <= 12; i++) {
            String id = fixtures.customer("EX-" + i, LocalDate.parse("2023-06-01"));
            for (int k = 0; k < 1 + i % 5; k++) {
                fixtures.order(id, NOW.minus(Duration.ofDays(15L * i + 50L * k)), 20.0 + 7 * i + k);
            }
            fixtures.survey(id, NOW.minus(Duration.ofDays(3)), i % 11, null);
        }
    }

    /** @return the names of the document's operations */
    private static List<String> operations(String document) {
        return Pattern.compile("(?m)^(?:query|mutation) (\\w+)").matcher(document).results().map(m -> m.group(1)).toList();
    }

    /** @return the id of a new, completed snapshot scoring rfm */
    private String snapshot() throws InterruptedException {
        String id = graphQl.document("mutation { startSnapshot(input: {models: [{model: \"rfm\"}]}) { id } }").execute()
                .path("startSnapshot.id").entity(String.class).get();
        for (int attempt = 0; attempt < 200; attempt++) {
            String state = graphQl.document("query($id: ID!) { snapshot(id: $id) { state } }").variable("id", id).execute()
                    .path("snapshot.state").entity(String.class).get();
            if (!state.equals("RUNNING")) {
                assertThat(state).isEqualTo("COMPLETED");
                return id;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("snapshot " + id + " did not finish");
    }

    @TestFactory
    Stream<DynamicTest> everyShippedExampleRuns() throws Exception {
        Resource[] examples = new PathMatchingResourcePatternResolver().getResources("classpath:static/examples/*.graphql");
        assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
        return Stream.of(examples).map(Resource::getFilename).map(name -> DynamicTest.dynamicTest(name, () -> {
            HttpResponse<String> shipped = http.get("/examples/" + name);
            assertThat(shipped.statusCode()).isEqualTo(200);
            for (String operation : operations(shipped.body())) {
                var request = graphQl.document(shipped.body()).operationName(operation);
                if (shipped.body().contains("$from")) {
                    request = request.variable("from", snapshot()).variable("to", snapshot());
                }
                request.execute().errors().verify().path("").hasValue();
            }
        }));
    }
}
