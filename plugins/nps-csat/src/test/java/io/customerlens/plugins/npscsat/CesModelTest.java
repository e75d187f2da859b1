package io.customerlens.plugins.npscsat;

import static io.customerlens.plugins.npscsat.NpsModelTest.component;
import static io.customerlens.plugins.npscsat.SurveyFixtures.ces;
import static io.customerlens.plugins.npscsat.SurveyFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Score;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CesModelTest {

    private final CesModel model = new CesModel();

    /**
     * <pre>
     * 2025-03-01  CES 4
     * 2025-05-10  CES 7
     * 2025-06-20  CES 5
     * 2025-06-25  -      (NPS 9 only)
     * 2025-06-28  CES 4
     * </pre>
     */
    private static CustomerSnapshot fourCesAnswers() {
        return CustomerSnapshot.builder("c")
                .survey(ces("2025-06-28T10:00:00Z", 4)) // added out of order: the builder sorts
                .survey(ces("2025-03-01T10:00:00Z", 4))
                .survey(ces("2025-05-10T10:00:00Z", 7))
                .survey(ces("2025-06-20T10:00:00Z", 5))
                .survey(survey("2025-06-25T10:00:00Z", 9, null))
                .build();
    }

    @Test
    void meanOfAllAnswersByDefault() {
        Score score = evaluate(fourCesAnswers(), Map.of());
        // (4 + 7 + 5 + 4) / 4 = 20 / 4 = 5.0 -> >= 5 -> Low effort (on the boundary)
        assertThat(score.value()).isEqualTo(5.0);
        assertThat(score.band()).isEqualTo("Low effort");
        assertThat(score.scale()).isEqualTo(CesModel.SCALE);
        assertThat(score.components()).extracting(Component::name)
                .containsExactly("mean", "answers", "lowEffortShare", "last");
        assertThat(component(score, "mean")).isEqualTo(5.0);
        assertThat(component(score, "answers")).isEqualTo(4); // the NPS-only survey is not a CES answer
        assertThat(component(score, "lowEffortShare")).isEqualTo(0.5); // 7 and 5 -> 2 / 4
        assertThat(component(score, "last")).isEqualTo(4); // 2025-06-28
        assertThat(score.explanation())
                .isEqualTo("Mean ease 5.00 of 7 over 4 answers (50.00% rated 5-7, last answer 4): Low effort");
    }

    @Test
    void lookbackKeepsRecentAnswers() {
        // 60 days: window [2025-05-02T00:00Z, 2025-07-01T00:00Z) -> 7, 5, 4 -> 16 / 3 = 5.33 -> Low effort
        Score last60 = evaluate(fourCesAnswers(), Map.of("lookbackDays", 60));
        assertThat(last60.value()).isCloseTo(5.3333, within(1e-4));
        assertThat(last60.band()).isEqualTo("Low effort");
        assertThat(component(last60, "lowEffortShare")).isCloseTo(0.6667, within(1e-4)); // 7, 5 -> 2 / 3
        assertThat(last60.explanation())
                .isEqualTo("Mean ease 5.33 of 7 over 3 answers (66.67% rated 5-7, last answer 4): Low effort");
        // 30 days: window [2025-06-01T00:00Z, 2025-07-01T00:00Z) -> 5, 4 -> 9 / 2 = 4.5 -> Neutral
        Score last30 = evaluate(fourCesAnswers(), Map.of("lookbackDays", 30));
        assertThat(last30.value()).isEqualTo(4.5);
        assertThat(last30.band()).isEqualTo("Neutral");
        assertThat(component(last30, "lowEffortShare")).isEqualTo(0.5); // 5 -> 1 / 2
        // 5 days: window [2025-06-26T00:00Z, 2025-07-01T00:00Z) -> 4 only -> 4.0 -> Neutral, no answer 5-7
        Score last5 = evaluate(fourCesAnswers(), Map.of("lookbackDays", 5));
        assertThat(last5.value()).isEqualTo(4.0);
        assertThat(last5.band()).isEqualTo("Neutral");
        assertThat(component(last5, "answers")).isEqualTo(1);
        assertThat(component(last5, "lowEffortShare")).isZero();
        assertThat(last5.explanation())
                .isEqualTo("Mean ease 4.00 of 7 over 1 answer (0.00% rated 5-7, last answer 4): Neutral");
    }

    @Test
    void highEffort() {
        // (1 + 2 + 3) / 3 = 6 / 3 = 2.0 < 3 -> High effort; none of 5-7; last 3
        Score score = evaluate(ratings(1, 2, 3), Map.of());
        assertThat(score.value()).isEqualTo(2.0);
        assertThat(score.band()).isEqualTo("High effort");
        assertThat(component(score, "lowEffortShare")).isZero();
        assertThat(component(score, "last")).isEqualTo(3);
    }

    @Test
    void scaleEndsAndBandBoundaries() {
        assertThat(evaluate(ratings(7, 7), Map.of()).value()).isEqualTo(7.0); // (7 + 7) / 2
        assertThat(evaluate(ratings(1), Map.of()).value()).isEqualTo(1.0);
        // (3 + 3 + 2 + 4) / 4 = 12 / 4 = 3.0 -> Neutral on the lower boundary
        assertThat(evaluate(ratings(3, 3, 2, 4), Map.of()).band()).isEqualTo("Neutral");
        assertThat(CesModel.band(7)).isEqualTo("Low effort");
        assertThat(CesModel.band(5)).isEqualTo("Low effort");
        assertThat(CesModel.band(4.99)).isEqualTo("Neutral");
        assertThat(CesModel.band(3)).isEqualTo("Neutral");
        assertThat(CesModel.band(2.99)).isEqualTo("High effort");
        assertThat(CesModel.band(1)).isEqualTo("High effort");
    }

    @Test
    void noCesAnswersIsNoData() {
        CustomerSnapshot npsOnly = CustomerSnapshot.builder("n")
                .survey(survey("2025-06-01T00:00:00Z", 9, 4)).build();
        Score score = evaluate(npsOnly, Map.of());
        assertThat(score.value()).isNull();
        assertThat(score.band()).isEqualTo("No data");
        assertThat(score.explanation()).isEqualTo("no CES answers");
        assertThat(evaluate(CustomerSnapshot.builder("x").build(), Map.of()).value()).isNull();
        // 1 day: window [2025-06-30T00:00Z, 2025-07-01T00:00Z) holds no survey
        assertThat(evaluate(fourCesAnswers(), Map.of("lookbackDays", 1)).explanation())
                .isEqualTo("no CES answers in the last 1 day");
    }

    @Test
    void ratingOutsideTheScaleIsBadData() {
        assertThatThrownBy(() -> evaluate(ratings(5, 8), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("CES answer 8 is outside 1-7");
        assertThatThrownBy(() -> evaluate(ratings(0), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("CES answer 0 is outside 1-7");
    }

    @Test
    void deterministic() {
        assertThat(evaluate(fourCesAnswers(), Map.of("lookbackDays", 60)))
                .isEqualTo(evaluate(fourCesAnswers(), Map.of("lookbackDays", 60)));
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("lookbackDays", -1), "lookbackDays");
        assertInvalid(Map.of("lookbackDays", 3651), "lookbackDays");
        assertInvalid(Map.of("basis", "mean"), "basis");
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(CesModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    private static CustomerSnapshot ratings(int... answers) {
        CustomerSnapshot.Builder builder = CustomerSnapshot.builder("r");
        for (int i = 0; i < answers.length; i++) {
            builder.survey(ces("2025-06-0" + (i + 1) + "T12:00:00Z", answers[i]));
        }
        return builder.build();
    }

    private Score evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, SurveyFixtures.context(CesModel.DESCRIPTOR, raw));
    }
}
