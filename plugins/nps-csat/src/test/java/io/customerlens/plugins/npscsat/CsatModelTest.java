package io.customerlens.plugins.npscsat;

import static io.customerlens.plugins.npscsat.NpsModelTest.component;
import static io.customerlens.plugins.npscsat.SurveyFixtures.fourSurveys;
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

class CsatModelTest {

    private final CsatModel model = new CsatModel();

    @Test
    void shareOfTopTwoBoxAnswers() {
        Score score = evaluate(fourSurveys(), Map.of());
        // CSAT 3, 4, 5, 2 -> 4 and 5 satisfied -> 100 * 2 / 4 = 50 < 60
        assertThat(score.value()).isEqualTo(50.0);
        assertThat(score.band()).isEqualTo("Dissatisfied");
        assertThat(score.scale()).isEqualTo(CsatModel.SCALE);
        assertThat(score.components()).extracting(Component::name)
                .containsExactly("satisfiedAnswers", "answers", "meanRating");
        assertThat(component(score, "satisfiedAnswers")).isEqualTo(2);
        assertThat(component(score, "answers")).isEqualTo(4);
        assertThat(component(score, "meanRating")).isEqualTo(3.5); // (3 + 4 + 5 + 2) / 4 = 14 / 4
        assertThat(score.explanation())
                .isEqualTo("2 of 4 answers rated 4 or 5 (50.00% satisfied, mean rating 3.50): Dissatisfied");
    }

    @Test
    void bandBoundaries() {
        // 4, 5, 5, 3, 5 -> 4 of 5 -> 80 -> Satisfied; mean 22 / 5 = 4.4
        Score eighty = evaluate(ratings(4, 5, 5, 3, 5), Map.of());
        assertThat(eighty.value()).isEqualTo(80.0);
        assertThat(eighty.band()).isEqualTo("Satisfied");
        assertThat(component(eighty, "meanRating")).isCloseTo(4.4, within(1e-12));
        // 4, 3, 5, 2, 5 -> 3 of 5 -> 60 -> Neutral
        Score sixty = evaluate(ratings(4, 3, 5, 2, 5), Map.of());
        assertThat(sixty.value()).isEqualTo(60.0);
        assertThat(sixty.band()).isEqualTo("Neutral");
        assertThat(CsatModel.band(79.99)).isEqualTo("Neutral");
        assertThat(CsatModel.band(59.99)).isEqualTo("Dissatisfied");
        assertThat(CsatModel.band(100)).isEqualTo("Satisfied");
    }

    @Test
    void lookbackKeepsRecentAnswers() {
        // 60 days from 2025-05-02: CSAT 4, 5, 2 -> 2 of 3 -> 66.67 -> Neutral; mean 11 / 3 = 3.67
        Score score = evaluate(fourSurveys(), Map.of("lookbackDays", 60));
        assertThat(score.value()).isCloseTo(66.6667, within(1e-4));
        assertThat(score.band()).isEqualTo("Neutral");
        assertThat(component(score, "meanRating")).isCloseTo(3.6667, within(1e-4));
        assertThat(score.explanation())
                .isEqualTo("2 of 3 answers rated 4 or 5 (66.67% satisfied, mean rating 3.67): Neutral");
    }

    @Test
    void noCsatAnswersIsNoData() {
        CustomerSnapshot npsOnly = CustomerSnapshot.builder("n")
                .survey(survey("2025-06-01T00:00:00Z", 9, null)).build();
        Score score = evaluate(npsOnly, Map.of());
        assertThat(score.value()).isNull();
        assertThat(score.band()).isEqualTo("No data");
        assertThat(score.explanation()).isEqualTo("no CSAT answers");
        assertThat(evaluate(fourSurveys(), Map.of("lookbackDays", 1)).explanation())
                .isEqualTo("no CSAT answers in the last 1 day");
    }

    @Test
    void ratingOutsideTheScaleIsBadData() {
        assertThatThrownBy(() -> evaluate(ratings(4, 6), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("CSAT answer 6 is outside 1-5");
        assertThatThrownBy(() -> evaluate(ratings(0), Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidParametersAreRejected() {
        assertThatThrownBy(() -> Parameters.resolve(CsatModel.DESCRIPTOR.parameters(), Map.of("lookbackDays", 4000)))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("lookbackDays"));
        assertThatThrownBy(() -> Parameters.resolve(CsatModel.DESCRIPTOR.parameters(), Map.of("basis", "last")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("basis"));
    }

    private static CustomerSnapshot ratings(int... csat) {
        CustomerSnapshot.Builder builder = CustomerSnapshot.builder("r");
        for (int i = 0; i < csat.length; i++) {
            builder.survey(survey("2025-06-0" + (i + 1) + "T12:00:00Z", null, csat[i]));
        }
        return builder.build();
    }

    private Score evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, SurveyFixtures.context(CsatModel.DESCRIPTOR, raw));
    }
}
