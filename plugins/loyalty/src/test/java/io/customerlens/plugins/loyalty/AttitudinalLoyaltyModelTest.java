package io.customerlens.plugins.loyalty;

import static io.customerlens.plugins.loyalty.LoyaltyFixtures.component;
import static io.customerlens.plugins.loyalty.LoyaltyFixtures.mixedSurveys;
import static io.customerlens.plugins.loyalty.LoyaltyFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.SurveyResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Hand-computed attitudinal scores, as of 2025-06-30, default weights 0.4 / 0.2 / 0.2 / 0.2 (sum 1). */
class AttitudinalLoyaltyModelTest {

    private static final Offset<Double> CLOSE = within(1e-6);

    private final AttitudinalLoyaltyModel model = new AttitudinalLoyaltyModel();

    @Test
    void mixedAnswers() {
        Score score = evaluate(surveys(mixedSurveys()), Map.of());
        assertThat(component(score.components(), "recommendation")).isCloseTo(0.866667, CLOSE); // (10+7+9)/3 / 10
        assertThat(component(score.components(), "advocacy")).isCloseTo(0.666667, CLOSE); // 10 and 9 of 3 NPS
        assertThat(component(score.components(), "positivity")).isEqualTo(0.6); // T F T T F: 3 of 5 rated
        assertThat(component(score.components(), "consistency")).isEqualTo(0.25); // TF FT TT TF: 1 of 4 pairs
        // 100 * (0.4 * 0.866667 + 0.2 * 0.666667 + 0.2 * 0.6 + 0.2 * 0.25) = 34.6667 + 13.3333 + 12 + 5
        assertThat(score.value()).isCloseTo(65.0, CLOSE);
        assertThat(score.band()).isEqualTo("Loyal");
        assertThat(score.scale()).isEqualTo(WeightedIndex.SCALE);
        assertThat(score.components()).extracting(Component::description).containsExactly(
                "mean NPS 8.67 of 3 answers (weight 0.40)",
                "2 of 3 NPS answers 9-10 (weight 0.20)",
                "3 of 5 rated surveys positive (weight 0.20)",
                "1 of 4 consecutive survey pairs both positive (weight 0.20)");
        assertThat(score.explanation())
                .isEqualTo("65.00 points (Loyal): strongest recommendation 0.87, weakest consistency 0.25.");
    }

    @Test
    void lookbackKeepsTheLastDays() {
        // 60 days: [2025-05-02T00:00Z, 2025-07-01T00:00Z) keeps NPS 9 (06-01, positive) and CES 3 (06-15, not)
        // recommendation 0.9, advocacy 1, positivity 1/2, consistency 0/1
        // 100 * (0.4 * 0.9 + 0.2 * 1 + 0.2 * 0.5 + 0.2 * 0) = 36 + 20 + 10 + 0
        Score score = evaluate(surveys(mixedSurveys()), Map.of("lookbackDays", 60));
        assertThat(score.value()).isCloseTo(66.0, CLOSE);
        assertThat(component(score.components(), "consistency")).isZero();
    }

    @Test
    void lookbackWindowBoundaries() {
        // lookbackDays 1 is the as-of day itself: (endOfDay(asOf) - 1 day, endOfDay(asOf)]
        // = [2025-06-30T00:00Z, 2025-07-01T00:00Z)
        CustomerSnapshot customer = surveys(List.of(
                survey("2025-06-29T23:59:59Z", 0, null, null),  // 1 s before the window
                survey("2025-06-30T00:00:00Z", 10, null, null), // first instant of the window
                survey("2025-07-01T00:00:00Z", 0, null, null))); // the day after asOf
        // only NPS 10: recommendation, advocacy, positivity 1; consistency left out -> 100 * 0.8 / 0.8
        assertThat(evaluate(customer, Map.of("lookbackDays", 1)).value()).isCloseTo(100.0, CLOSE);
        // 2 days: NPS 0, 10: recommendation 0.5, advocacy 0.5, positivity 0.5, consistency (F,T) 0
        // 100 * (0.2 + 0.1 + 0.1 + 0) = 40
        assertThat(evaluate(customer, Map.of("lookbackDays", 2)).value()).isCloseTo(40.0, CLOSE);
        // 0 = every answer: NPS 0, 10, 0: recommendation 1/3, advocacy 1/3, positivity 1/3, consistency 0/2
        // 100 * (0.4 + 0.2 + 0.2) / 3 = 26.666667
        assertThat(evaluate(customer, Map.of()).value()).isCloseTo(26.666667, CLOSE);
    }

    @Test
    void oneSurveyLeavesConsistencyOutAndRenormalises() {
        // recommendation 1, advocacy 1, positivity 1; 100 * (0.4 + 0.2 + 0.2) / (0.4 + 0.2 + 0.2) = 100
        Score score = evaluate(surveys(List.of(survey("2025-06-01T10:00:00Z", 10, null, null))), Map.of());
        assertThat(score.value()).isCloseTo(100.0, CLOSE);
        assertThat(score.band()).isEqualTo("Highly loyal");
        assertThat(score.components()).extracting(Component::name)
                .containsExactly("recommendation", "advocacy", "positivity");
        assertThat(score.explanation()).isEqualTo("100.00 points (Highly loyal): strongest recommendation 1.00,"
                + " weakest recommendation 1.00. Consistency left out: only one rated survey.");
    }

    @Test
    void withoutNpsOnlyPositivityAndConsistencyCount() {
        // CSAT 3 (not positive), CES 6 (positive): positivity 1/2, consistency 0/1
        // 100 * (0.2 * 0.5 + 0.2 * 0) / (0.2 + 0.2) = 25, exactly the Developing threshold
        Score score = evaluate(surveys(List.of(survey("2025-05-01T10:00:00Z", null, 3, null),
                survey("2025-06-01T10:00:00Z", null, null, 6))), Map.of());
        assertThat(score.value()).isCloseTo(25.0, CLOSE);
        assertThat(score.components()).extracting(Component::name).containsExactly("positivity", "consistency");
        assertThat(score.explanation()).endsWith(" Recommendation and advocacy left out: no NPS answers.");
        // one CSAT 3 alone: positivity 0 is the only component -> 0 points
        Score single = evaluate(surveys(List.of(survey("2025-05-01T10:00:00Z", null, 3, null))), Map.of());
        assertThat(single.value()).isEqualTo(0.0);
        assertThat(single.band()).isEqualTo("Low");
    }

    @Test
    void advocacyAndPositivityStartAtNine() {
        // NPS 8 then 9: recommendation 0.85, advocacy 1/2, positivity 1/2, consistency (F,T) 0
        // 100 * (0.4 * 0.85 + 0.2 * 0.5 + 0.2 * 0.5 + 0.2 * 0) = 34 + 10 + 10
        Score score = evaluate(surveys(List.of(survey("2025-05-01T10:00:00Z", 8, null, null),
                survey("2025-06-01T10:00:00Z", 9, null, null))), Map.of());
        assertThat(component(score.components(), "advocacy")).isEqualTo(0.5);
        assertThat(score.value()).isCloseTo(54.0, CLOSE);
    }

    @Test
    void positivityBoundaries() {
        assertThat(SurveyAnswers.positive(survey("2025-01-01T00:00:00Z", 9, null, null))).isTrue();
        assertThat(SurveyAnswers.positive(survey("2025-01-01T00:00:00Z", 8, 5, 7))).isFalse(); // NPS decides
        assertThat(SurveyAnswers.positive(survey("2025-01-01T00:00:00Z", null, 4, 1))).isTrue(); // CSAT decides
        assertThat(SurveyAnswers.positive(survey("2025-01-01T00:00:00Z", null, 3, 7))).isFalse();
        assertThat(SurveyAnswers.positive(survey("2025-01-01T00:00:00Z", null, null, 5))).isTrue();
        assertThat(SurveyAnswers.positive(survey("2025-01-01T00:00:00Z", null, null, 4))).isFalse();
    }

    @Test
    void noRatedSurveyIsNoData() {
        Score none = evaluate(CustomerSnapshot.builder("x").build(), Map.of());
        assertThat(none.value()).isNull();
        assertThat(none.band()).isEqualTo("No data");
        assertThat(none.explanation()).isEqualTo("no NPS, CSAT or CES answers");
        SurveyResponse dimensionsOnly = new SurveyResponse(Instant.parse("2025-06-01T10:00:00Z"), null, null, null,
                Map.of("reliability", 6.0));
        assertThat(evaluate(surveys(List.of(dimensionsOnly)), Map.of()).value()).isNull();
        // the latest rated answer (CES, 2025-06-15) is 15 days before asOf: none in the last 10 days
        Score old = evaluate(surveys(mixedSurveys()), Map.of("lookbackDays", 10));
        assertThat(old.value()).isNull();
        assertThat(old.explanation()).isEqualTo("no NPS, CSAT or CES answers in the last 10 days");
    }

    @Test
    void onlyZeroWeightedComponentsWithDataIsNoData() {
        CustomerSnapshot csatOnly = surveys(List.of(survey("2025-05-01T10:00:00Z", null, 5, null),
                survey("2025-06-01T10:00:00Z", null, 4, null)));
        Score score = evaluate(csatOnly, Map.of("weightPositivity", 0, "weightConsistency", 0));
        assertThat(score.value()).isNull();
        assertThat(score.explanation()).isEqualTo("no data for any component weighted above 0."
                + " Recommendation and advocacy left out: no NPS answers.");
    }

    @Test
    void weightsAreNormalisedByTheirSum() {
        // recommendation alone: 0.866667
        assertThat(evaluate(surveys(mixedSurveys()), Map.of("weightRecommendation", 1, "weightAdvocacy", 0,
                "weightPositivity", 0, "weightConsistency", 0)).value()).isCloseTo(86.666667, CLOSE);
        // positivity and consistency at 1 each: (0.6 + 0.25) / 2
        assertThat(evaluate(surveys(mixedSurveys()), Map.of("weightRecommendation", 0, "weightAdvocacy", 0,
                "weightPositivity", 1, "weightConsistency", 1)).value()).isCloseTo(42.5, CLOSE);
    }

    @Test
    void allWeightsZeroIsRejected() {
        Map<String, Object> zeros = Map.of("weightRecommendation", 0, "weightAdvocacy", 0, "weightPositivity", 0,
                "weightConsistency", 0);
        assertThatThrownBy(() -> evaluate(surveys(mixedSurveys()), zeros))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("weightRecommendation"))
                .hasMessageStartingWith("at least one weight must be above 0");
    }

    @Test
    void outOfRangeParametersAreRejected() {
        assertInvalid(Map.of("weightAdvocacy", 1.5), "weightAdvocacy");
        assertInvalid(Map.of("weightConsistency", -0.1), "weightConsistency");
        assertInvalid(Map.of("lookbackDays", 3651), "lookbackDays");
        assertInvalid(Map.of("lookbackDays", -1), "lookbackDays");
        assertInvalid(Map.of("lookbackDays", 7.5), "lookbackDays");
        assertInvalid(Map.of("weight", 1), "weight");
    }

    @Test
    void ratingsOutsideTheirScaleAreRejected() {
        assertThatThrownBy(() -> evaluate(surveys(List.of(survey("2025-06-01T10:00:00Z", 11, null, null))),
                Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessage("NPS answer 11 is outside 0-10");
        assertThatThrownBy(() -> evaluate(surveys(List.of(survey("2025-06-01T10:00:00Z", null, null, 0))),
                Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessage("CES answer 0 is outside 1-7");
    }

    @Test
    void deterministic() {
        CustomerSnapshot customer = surveys(mixedSurveys());
        assertThat(evaluate(customer, Map.of())).isEqualTo(evaluate(customer, Map.of()));
    }

    private static CustomerSnapshot surveys(List<SurveyResponse> surveys) {
        return LoyaltyFixtures.withSurveys(CustomerSnapshot.builder("s"), surveys).build();
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(AttitudinalLoyaltyModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    private Score evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, LoyaltyFixtures.context(AttitudinalLoyaltyModel.DESCRIPTOR, raw));
    }
}
