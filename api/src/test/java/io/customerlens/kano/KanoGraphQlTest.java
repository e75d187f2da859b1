package io.customerlens.kano;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.ErrorType;

/** Kano answers recorded through recordSurvey and analysed by kanoAnalysis, on a population counted by hand. */
class KanoGraphQlTest extends IntegrationTest {

    private static final String RECORD = """
            mutation($input: RecordSurveyInput!) { recordSurvey(input: $input) { kano { attribute functional dysfunctional } } }""";

    private void kano(String customer, Duration ago, Map<String, List<String>> answers) {
        List<Map<String, String>> pairs = answers.entrySet().stream().map(e -> Map.of("attribute", e.getKey(),
                "functional", e.getValue().get(0), "dysfunctional", e.getValue().get(1))).toList();
        graphQl.document(RECORD).variable("input", Map.of("customerId", customer,
                        "answeredAt", NOW.minus(ago).toString(), "kano", pairs))
                .execute().path("recordSurvey.kano").entityList(Object.class).hasSize(pairs.size());
    }

    @Test
    void classifiesTheLatestAnswersOfTheFilteredCustomers() {
        String a = fixtures.customer("K-1", LocalDate.parse("2024-01-01"));
        String b = fixtures.customer("K-2", LocalDate.parse("2024-01-01"));
        String c = fixtures.customer("K-3", LocalDate.parse("2024-01-01"));
        fixtures.customer("K-4", LocalDate.parse("2024-01-01"));
        // a answered delivery twice: the newer must-be answer replaces the older attractive one
        kano(a, Duration.ofDays(40), Map.of("delivery", List.of("LIKE", "NEUTRAL")));
        kano(a, Duration.ofDays(4), Map.of("delivery", List.of("NEUTRAL", "DISLIKE"), "chat", List.of("LIKE", "LIVE_WITH")));
        kano(b, Duration.ofDays(3), Map.of("delivery", List.of("LIKE", "DISLIKE"), "chat", List.of("NEUTRAL", "NEUTRAL")));
        kano(c, Duration.ofDays(2), Map.of("delivery", List.of("MUST_BE", "DISLIKE")));
        // delivery: M (a), O (b), M (c) -> must-be; better 1/3, worse -3/3 = -1
        // chat: A (a), I (b) -> tie, attractive before indifferent; better 1/2, worse 0
        var response = as(Role.ANALYST).document("""
                        { kanoAnalysis { customers respondents attributes { attribute respondents category better worse
                          counts { attractive performance mustBe indifferent reverse questionable } } } }""")
                .execute();
        response.path("kanoAnalysis.customers").entity(Integer.class).isEqualTo(4)
                .path("kanoAnalysis.respondents").entity(Integer.class).isEqualTo(3)
                .path("kanoAnalysis.attributes[*].attribute").entityList(String.class).containsExactly("chat", "delivery")
                .path("kanoAnalysis.attributes[*].category").entityList(String.class).containsExactly("ATTRACTIVE", "MUST_BE")
                .path("kanoAnalysis.attributes[*].respondents").entityList(Integer.class).containsExactly(2, 3)
                .path("kanoAnalysis.attributes[*].better").entityList(Double.class).containsExactly(0.5, 1.0 / 3)
                .path("kanoAnalysis.attributes[*].worse").entityList(Double.class).containsExactly(0.0, -1.0)
                .path("kanoAnalysis.attributes[1].counts").entity(Map.class).isEqualTo(Map.of("attractive", 0,
                        "performance", 1, "mustBe", 2, "indifferent", 0, "reverse", 0, "questionable", 0));
        graphQl.document("""
                {
                  kanoAnalysis(filter: {externalId: "K-2"}) { customers respondents attributes { attribute category } }
                }
                """)
                .execute()
                .path("kanoAnalysis.respondents").entity(Integer.class).isEqualTo(1)
                .path("kanoAnalysis.attributes[*].category").entityList(String.class).containsExactly("INDIFFERENT", "PERFORMANCE");
    }

    @Test
    void badKanoAnswersAreRefusedAndNothingIsStored() {
        String a = fixtures.customer("K-1", LocalDate.parse("2024-01-01"));
        graphQl.document(RECORD).variable("input", Map.of("customerId", a, "answeredAt", NOW.toString(), "kano", List.of(
                        Map.of("attribute", "Delivery speed", "functional", "LIKE", "dysfunctional", "DISLIKE"),
                        Map.of("attribute", "chat", "functional", "LIKE", "dysfunctional", "DISLIKE"),
                        Map.of("attribute", "chat", "functional", "NEUTRAL", "dysfunctional", "DISLIKE"))))
                .execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.get(0).getMessage()).contains("input.kano[0].attribute: must be 1-50 letters",
                            "input.kano: must not name an attribute twice");
                });
        assertThat(mongo.count(new Query(), "surveys")).isZero();
    }
}
