package io.customerlens.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.support.TestPlugins;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The lifetime models on the real CDNOW log through GraphQL: the server imports the log, computes every
 * customer's purchase pattern, fits BG/NBD once, and scores. The probability alive it returns must equal the
 * closed form of Fader, Hardie and Lee (2005) evaluated here by hand from the fitted parameters it reports:
 * P(alive) = 1 / (1 + a / (b + x - 1) x ((alpha + T) / (alpha + t_x))^(r + x)) for x > 0.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "customerlens.store.embedded.file=", "customerlens.scoring.as-of=1998-06-30",
        "customerlens.security.anonymous-role=viewer"})
@AutoConfigureHttpGraphQlTester
class CdnowLifetimeGraphQlTest {

    private static final LocalDate AS_OF = LocalDate.parse("1998-06-30");

    @Autowired
    private HttpGraphQlTester graphQl;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("customerlens.plugins.dir", () -> TestPlugins.folder().toString());
        registry.add("customerlens.cdnow.file", () -> CdnowLoaderTest.CDNOW.toString());
    }

    @Test
    void probabilityAliveFollowsTheClosedFormWithTheFittedParameters() throws Exception {
        // The first customer in the log with at least three purchase days.
        String id = null;
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String line : Files.readAllLines(CdnowLoaderTest.CDNOW).subList(1, 2_000)) {
            String[] fields = line.trim().split("\\s+");
            if (!fields[0].equals(id)) {
                if (days.size() >= 3) {
                    break;
                }
                id = fields[0];
                days.clear();
            }
            days.add(LocalDate.parse(fields[1], DateTimeFormatter.BASIC_ISO_DATE));
        }
        int x = days.size() - 1;
        double tx = ChronoUnit.DAYS.between(days.first(), days.last()) / 7.0;
        double bigT = ChronoUnit.DAYS.between(days.first(), AS_OF) / 7.0;

        Map<String, Double> components = graphQl.document("""
                        query($filter: CustomerFilter) { customers(filter: $filter, first: 1) { edges { node {
                            loyalty(model: "bgnbd") { value band components { name value } } } } } }""")
                .variable("filter", Map.of("externalId", "CDNOW-" + id))
                .execute()
                .path("customers.edges[0].node.loyalty.components").entityList(Map.class).get().stream()
                .collect(Collectors.toMap(c -> (String) c.get("name"), c -> ((Number) c.get("value")).doubleValue()));

        assertThat(components.get("x")).isEqualTo(x);
        assertThat(components.get("t_x")).isCloseTo(tx, within(1e-9));
        assertThat(components.get("T")).isCloseTo(bigT, within(1e-9));
        double r = components.get("r"), alpha = components.get("alpha"), a = components.get("a"), b = components.get("b");
        double pAlive = 1 / (1 + a / (b + x - 1) * Math.pow((alpha + bigT) / (alpha + tx), r + x));
        assertThat(components.get("pAlive")).isCloseTo(pAlive, within(1e-9));
        assertThat(List.of(r, alpha, a, b)).allSatisfy(parameter -> assertThat(parameter).isPositive().isFinite());
    }
}
