package io.customerlens.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.security.Role;
import io.customerlens.support.ImportSupport;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.ObjectMapper;

/**
 * The CDNOW 1/10 sample's transaction log ({@code datasets/cdnow/CDNOW_sample.txt}, 2,357 customers, 6,919
 * transactions) uploaded through {@code POST /import/cdnow} and scored as of the end of the calibration period
 * (1997-09-30, week 39): the served models report, as components, the parameters they fitted on the population,
 * which must be the published ones — BG/NBD r 0.243, α 4.414, a 0.793, b 2.426 (Fader, Hardie and Lee 2005) and
 * Pareto/NBD r 0.553, α 10.578, s 0.606, β 11.669. Orders after that date are stored but not seen by the models.
 */
@TestPropertySource(properties = "customerlens.scoring.as-of=1997-09-30")
class CdnowSampleImportGraphQlTest extends IntegrationTest {

    static final Path SAMPLE = Path.of(System.getProperty("customerlens.test.data-dir", ".."),
            "datasets/cdnow/CDNOW_sample.txt");

    @Test
    void theServedModelsFitThePublishedParametersOnTheImportedSample() throws Exception {
        HttpResponse<String> upload = ImportSupport.upload(http, TestKeys.key(Role.EDITOR), "cdnow",
                "CDNOW_sample.txt", Files.readString(SAMPLE));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        Map<String, Object> job = ImportSupport.awaitEnd(graphQl,
                (String) new ObjectMapper().readValue(upload.body(), Map.class).get("id"));
        assertThat(job).containsEntry("state", "COMPLETED").containsEntry("read", 6919.0).containsEntry("inserted", 6919.0)
                .containsEntry("customersCreated", 2357.0).containsEntry("rejected", 0.0);

        Map<String, Double> bgNbd = fitted("bgnbd");
        assertThat(bgNbd.get("r")).isCloseTo(0.243, within(0.005));
        assertThat(bgNbd.get("alpha")).isCloseTo(4.414, within(0.005));
        assertThat(bgNbd.get("a")).isCloseTo(0.793, within(0.005));
        assertThat(bgNbd.get("b")).isCloseTo(2.426, within(0.005));

        Map<String, Double> paretoNbd = fitted("pareto-nbd");
        assertThat(paretoNbd.get("r")).isCloseTo(0.553, within(0.005));
        assertThat(paretoNbd.get("alpha")).isCloseTo(10.578, within(0.01));
        assertThat(paretoNbd.get("s")).isCloseTo(0.606, within(0.005));
        assertThat(paretoNbd.get("beta")).isCloseTo(11.669, within(0.01));
    }

    /** @return the components of the first customer's score under the model: the population fit among them */
    @SuppressWarnings("unchecked")
    private Map<String, Double> fitted(String model) {
        List<Map<String, Object>> components = graphQl.document("""
                        query($model: ID!) { customers(first: 1) { edges { node {
                          loyalty(model: $model) { components { name value } } } } } }""")
                .variable("model", model).execute()
                .path("customers.edges[0].node.loyalty.components").entity(List.class).get();
        return components.stream().collect(Collectors.toMap(c -> (String) c.get("name"),
                c -> ((Number) c.get("value")).doubleValue()));
    }
}
