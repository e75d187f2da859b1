package io.customerlens.scoring;

import static io.customerlens.support.IntegrationTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

/**
 * Per-query model choice over a population of five customers whose RFM scores are easy to work out by hand.
 * Customer c(k), k = 1..5, has 6-k orders of 100 each, the last one R(k) days ago, R = 5, 30, 60, 120, 240,
 * so recency, frequency and spend all fall with k.
 *
 * <p>Type-7 quintile cut points over five values x0..x4 are at h = 4p, p = 0.2, 0.4, 0.6, 0.8:
 * recency [5, 30, 60, 120, 240] -> 25, 48, 84, 144; frequency [1..5] -> 1.8, 2.6, 3.4, 4.2;
 * spend [100..500] -> 180, 260, 340, 420. So c1 = R5 F5 M5 (Champions), c2 = R4 F4 M4 (Loyal),
 * c3 = R3 F3 M3 (Need Attention), c4 = R2 F2 M2 (Hibernating), c5 = R1 F1 M1 (Lost).
 */
class ScoringGraphQlTest extends IntegrationTest {

    private static final int[] RECENCY_DAYS = {5, 30, 60, 120, 240};

    @Autowired
    private MeterRegistry meters;

    private final String[] ids = new String[5];

    @BeforeEach
    void population() {
        for (int k = 0; k < 5; k++) {
            ids[k] = fixtures.customer("S-" + (k + 1), LocalDate.parse("2024-06-30"));
            int orders = 5 - k;
            for (int n = 0; n < orders; n++) {
                fixtures.order(ids[k], NOW.minus(Duration.ofDays(RECENCY_DAYS[k] + 10L * n)), 100);
            }
        }
        fixtures.survey(ids[0], NOW.minus(Duration.ofDays(90)), 6, 5);
        fixtures.survey(ids[0], NOW.minus(Duration.ofDays(20)), 9, 3);
    }

    @Test
    void eachFieldUsesTheModelChosenInTheQuery() {
        graphQl.documentName("customerView").variable("id", ids[0]).execute()
                .path("customer.segment.code").entity(String.class).isEqualTo("champions")
                .path("customer.segment.label").entity(String.class).isEqualTo("Champions")
                .path("customer.segment.model.id").entity(String.class).isEqualTo("rfm")
                .path("customer.segment.model.params").entity(Map.class)
                .isEqualTo(Map.of("bins", 5, "scheme", "standard", "weightF", 1.0, "weightM", 1.0, "weightR", 1.0))
                // last NPS answer 9 -> Promoter; mean (6 + 9) / 2 = 7.5
                .path("customer.nps.value").entity(Double.class).isEqualTo(9.0)
                .path("customer.nps.band").entity(String.class).isEqualTo("Promoter")
                .path("customer.nps.components[?(@.name == 'mean')].value").entityList(Double.class).containsExactly(7.5)
                // CSAT answers 5 and 3: one of two is 4-5 -> 50 %
                .path("customer.csat.value").entity(Double.class).isEqualTo(50.0)
                // 5 orders, joined 365 days ago, last order 5 days ago:
                // 100 x (0.30 x 4/5 + 0.25 x (5 / (365/365.25)) / 12 + 0.15 x 365/730 + 0.30 x 0.5^(5/90)) = 70.7905
                .path("customer.loyalty.value").entity(Double.class).satisfies(value ->
                        assertThat(value).isCloseTo(70.7905, within(1e-4)))
                .path("customer.loyalty.band").entity(String.class).isEqualTo("Loyal");
    }

    @Test
    void rfmSegmentsTheWholePopulationByHandComputedQuintiles() {
        List<String> expected = List.of("champions", "loyal", "need-attention", "hibernating", "lost");
        for (int k = 0; k < 5; k++) {
            graphQl.document("""
                    query($id: ID!) {
                      customer(id: $id) { segment(model: "rfm") { code components { name value } } }
                    }
                    """)
                    .variable("id", ids[k]).execute()
                    .path("customer.segment.code").entity(String.class).isEqualTo(expected.get(k))
                    .path("customer.segment.components[?(@.name == 'recency')].value").entityList(Double.class)
                    .containsExactly(5.0 - k);
        }
    }

    @Test
    void parametersChangeTheResultAndAreEchoed() {
        // four-class: c2 = R4 F4 M4 -> core; c4 = R2 F2 M2 -> churn-warning
        graphQl.document("""
                query($id: ID!) {
                  customer(id: $id) { segment(model: "rfm", params: {scheme: "four-class"}) { code model { params } } }
                }
                """)
                .variable("id", ids[1]).execute()
                .path("customer.segment.code").entity(String.class).isEqualTo("core");
        graphQl.document("""
                query($id: ID!) {
                  customer(id: $id) { segment(model: "rfm", params: {scheme: "four-class"}) { code } }
                }
                """)
                .variable("id", ids[3]).execute()
                .path("customer.segment.code").entity(String.class).isEqualTo("churn-warning");
        // recency alone: 100 x 0.5^(5/90) = 96.2224
        graphQl.document("""
                        query($id: ID!) { customer(id: $id) { loyalty(model: "behavioural",
                            params: {weightRepurchase: 0, weightFrequency: 0, weightTenure: 0, weightRecency: 1}) { value } } }""")
                .variable("id", ids[0]).execute()
                .path("customer.loyalty.value").entity(Double.class).satisfies(value ->
                        assertThat(value).isCloseTo(96.2224, within(1e-4)));
    }

    @Test
    void anUnknownModelIsAnErrorListingTheFamilysModels() {
        List<String> segmentation = graphQl.document("{ models(family: SEGMENTATION) { id } }").execute()
                .path("models[*].id").entityList(String.class).get();
        assertThat(segmentation).contains("rfm", "value-tier", "lifecycle");
        graphQl.document("""
                query($id: ID!) {
                  customer(id: $id) { name segment(model: "rfn") { code } loyalty(model: "behavioural") { band } }
                }
                """)
                .variable("id", ids[0]).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo("unknown segmentation model 'rfn'; available: "
                            + String.join(", ", segmentation.stream().sorted().toList()));
                    assertThat(error.getPath()).isEqualTo("customer.segment");
                    assertThat(error.getExtensions()).containsEntry("availableModels", segmentation.stream().sorted().toList());
                }))
                .path("customer.segment").valueIsNull()
                .path("customer.name").entity(String.class).isEqualTo("Test S-1")
                .path("customer.loyalty.band").entity(String.class).isEqualTo("Loyal");
    }

    @Test
    void aBadParameterIsAnErrorNamingItAndWhatIsAllowed() {
        graphQl.document("""
                query($id: ID!) {
                  customer(id: $id) { segment(model: "rfm", params: {bins: 7}) { code } }
                }
                """)
                .variable("id", ids[0]).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo("model 'rfm': parameter 'bins' is 7; allowed: an integer from 3 to 5");
                }));
        graphQl.document("""
                query($id: ID!) {
                  customer(id: $id) {
                    loyalty(model: "behavioural", params: {weightRepurchase: 0, weightFrequency: 0, weightTenure: 0, weightRecency: 0}) { value }
                  }
                }
                """)
                .variable("id", ids[0]).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).startsWith("model 'behavioural': at least one weight must be above 0");
                }));
    }

    @Test
    void aThrowingPluginNullsOnlyItsFieldWithAnErrorNamingTheModel() {
        graphQl.document("""
                        query($id: ID!) { customer(id: $id) { name
                            loyalty(model: "exploding") { value }
                            satisfaction(model: "wrong-scale") { value }
                            nan: loyalty(model: "not-a-number") { value }
                            segment(model: "rfm") { code } } }""")
                .variable("id", ids[0]).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(3).allSatisfy(error -> {
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
                        assertThat(error.getMessage()).doesNotContain("secret", "Exception", "io.customerlens");
                    });
                    assertThat(errors).extracting(error -> error.getMessage()).containsExactlyInAnyOrder(
                            "model 'exploding' (plugin faulty 1.0.0) failed to score this customer",
                            "model 'wrong-scale' (plugin faulty 1.0.0) returned a score on 0.0..1000.0 instead of its declared scale 0.0..10.0",
                            "model 'not-a-number' (plugin faulty 1.0.0) failed to score this customer");
                })
                .path("customer.nan").valueIsNull()
                .path("customer.loyalty").valueIsNull()
                .path("customer.satisfaction").valueIsNull()
                .path("customer.name").entity(String.class).isEqualTo("Test S-1")
                .path("customer.segment.code").entity(String.class).isEqualTo("champions");
    }

    @Test
    void aHangingModelIsCutAtTheTimeoutAndTheRestIsServed() {
        long started = System.nanoTime();
        graphQl.document("""
                        query($id: ID!) { customer(id: $id) { name
                            loyalty(model: "hanging") { value }
                            segment(model: "rfm") { code } } }""")
                .variable("id", ids[0]).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
                    assertThat(error.getMessage()).isEqualTo("model 'hanging' (plugin faulty 1.0.0) did not answer within 1000 ms");
                }))
                .path("customer.loyalty").valueIsNull()
                .path("customer.segment.code").entity(String.class).isEqualTo("champions");
        // The model sleeps 60 s; the answer came after the 1 s limit, not after the sleep.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void cachedScoresAreReusedButNeverStaleAfterAChange() {
        // language=GraphQL
        String query = """
                query($id: ID!) {
                  customer(id: $id) { loyalty(model: "behavioural") { value components { name value } } }
                }
                """;
        double hitsBefore = hits();
        double before = graphQl.document(query).variable("id", ids[4]).execute()
                .path("customer.loyalty.value").entity(Double.class).get();
        graphQl.document(query).variable("id", ids[4]).execute()
                .path("customer.loyalty.value").entity(Double.class).isEqualTo(before);
        assertThat(hits() - hitsBefore).isEqualTo(1);

        fixtures.order(ids[4], NOW.minus(Duration.ofDays(1)), 50);

        // 2 orders now, the last 1 day ago: repurchase 1/2, recency 0.5^(1/90)
        graphQl.document(query).variable("id", ids[4]).execute()
                .path("customer.loyalty.components[?(@.name == 'repurchase')].value").entityList(Double.class).containsExactly(0.5)
                .path("customer.loyalty.value").entity(Double.class).satisfies(after -> assertThat(after).isGreaterThan(before));
    }

    @Test
    void populationModelsFollowChangesToOtherCustomers() {
        // language=GraphQL
        String query = """
                query($id: ID!) {
                  customer(id: $id) { segment(model: "rfm") { code } }
                }
                """;
        graphQl.document(query).variable("id", ids[1]).execute()
                .path("customer.segment.code").entity(String.class).isEqualTo("loyal");

        // Five newer, bigger customers push c2 down the quintiles although c2 itself did not change.
        for (int i = 0; i < 5; i++) {
            String id = fixtures.customer("N-" + i, LocalDate.parse("2025-01-01"));
            for (int n = 0; n < 8; n++) {
                fixtures.order(id, NOW.minus(Duration.ofDays(1 + n)), 1000);
            }
        }
        graphQl.document(query).variable("id", ids[1]).execute()
                .path("customer.segment.code").entity(String.class).isNotEqualTo("loyal");
    }

    @Test
    void theFirstQueryOfTheReadmeAnswersForAPage() {
        graphQl.documentName("readmeFirstQuery").execute()
                .path("customers.edges[*].node.segment.label").entityList(String.class)
                .containsExactly("Champions", "Loyal", "Need Attention", "Hibernating", "Lost")
                .path("customers.edges[*].node.loyalty.band").entityList(String.class).hasSize(5)
                .path("customers.edges[0].node.satisfaction.value").entity(Double.class).isEqualTo(9.0)
                .path("customers.edges[1].node.satisfaction.value").valueIsNull();
    }

    private double hits() {
        var counter = meters.find("cache.gets").tag("cache", "scores").tag("result", "hit").functionCounter();
        return counter == null ? 0 : counter.count();
    }
}
