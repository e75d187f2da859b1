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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/**
 * The "High End" retention cohort of Fader and Hardie (2007) ({@code datasets/retention/high-end.csv}) imported as
 * 1,000 customers with yearly memberships begun on 2018-01-01 (those lost in year t ending half-way through it, 491
 * still running on the test's date, 2025-06-30, after 7 whole years): the served shifted-beta-geometric model must
 * report the published fit, α 0.668 and β 3.806.
 */
class SbgRetentionGraphQlTest extends IntegrationTest {

    private static final Path COHORT = Path.of(System.getProperty("customerlens.test.data-dir", ".."),
            "datasets/retention/high-end.csv");
    private static final LocalDate START = LocalDate.parse("2018-01-01");

    @Test
    @SuppressWarnings("unchecked")
    void theServedModelFitsThePublishedParametersOnImportedMemberships() throws Exception {
        List<Integer> alive = Files.readAllLines(COHORT).stream().skip(1).map(line -> Integer.parseInt(line.split(",")[1]))
                .toList();
        StringBuilder csv = new StringBuilder("externalId,name,membershipStartedOn,membershipEndedOn\n");
        int n = 0;
        for (int year = 1; year < alive.size(); year++) {
            for (int k = 0; k < alive.get(year - 1) - alive.get(year); k++) {
                csv.append("M").append(n++).append(",Member,").append(START).append(',')
                        .append(START.plusYears(year - 1).plusMonths(6)).append('\n');
            }
        }
        for (int k = 0; k < alive.get(alive.size() - 1); k++) {
            csv.append("M").append(n++).append(",Member,").append(START).append(",\n");
        }
        HttpResponse<String> upload = ImportSupport.upload(http, TestKeys.key(Role.EDITOR), "customers",
                "members.csv", csv.toString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        Map<String, Object> job = ImportSupport.awaitEnd(graphQl,
                (String) new ObjectMapper().readValue(upload.body(), Map.class).get("id"));
        assertThat(job).containsEntry("state", "COMPLETED").containsEntry("inserted", 1000.0)
                .containsEntry("rejected", 0.0);

        Map<String, Object> running = graphQl.document("""
                        { customers(filter: {externalId: "M999"}) { edges { node {
                            membership { startedOn endedOn }
                            loyalty(model: "sbg-retention") { value band components { name value } } } } } }""")
                .execute().path("customers.edges[0].node").entity(Map.class).get();
        assertThat((Map<String, Object>) running.get("membership")).containsEntry("startedOn", "2018-01-01")
                .containsEntry("endedOn", null);
        Map<String, Object> loyalty = (Map<String, Object>) running.get("loyalty");
        Map<String, Double> components = ((List<Map<String, Object>>) loyalty.get("components")).stream()
                .collect(Collectors.toMap(c -> (String) c.get("name"), c -> ((Number) c.get("value")).doubleValue()));
        assertThat(components.get("alpha")).isCloseTo(0.668, within(0.001));
        assertThat(components.get("beta")).isCloseTo(3.806, within(0.002));
        assertThat(components.get("periodsCompleted")).isEqualTo(7.0);
        // r_8 = (beta + 7) / (alpha + beta + 7) = 10.806 / 11.474 with the published values
        assertThat((Double) loyalty.get("value")).isCloseTo(100 * 10.806 / 11.474, within(0.02));

        String ended = graphQl.document("""
                        { customers(filter: {externalId: "M0"}) { edges { node {
                            loyalty(model: "sbg-retention") { band explanation } } } } }""")
                .execute().path("customers.edges[0].node.loyalty.band").entity(String.class).get();
        assertThat(ended).isEqualTo("No data");
    }
}
