package io.customerlens.plugins.npscsat;

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

class NpsModelTest {

    private final NpsModel model = new NpsModel();

    @Test
    void lastAnswerDecidesByDefault() {
        Score score = evaluate(fourSurveys(), Map.of());
        // NPS answers, oldest first: 6, 8, 9 -> last 9 >= 9
        assertThat(score.value()).isEqualTo(9.0);
        assertThat(score.band()).isEqualTo("Promoter");
        assertThat(score.scale()).isEqualTo(NpsModel.SCALE);
        assertThat(component(score, "last")).isEqualTo(9);
        assertThat(component(score, "mean")).isCloseTo(7.6667, within(1e-4)); // (6 + 8 + 9) / 3 = 23 / 3
        assertThat(component(score, "answers")).isEqualTo(3);
        assertThat(component(score, "promoterShare")).isCloseTo(0.3333, within(1e-4)); // only 9 -> 1 / 3
        assertThat(component(score, "detractorShare")).isCloseTo(0.3333, within(1e-4)); // only 6 -> 1 / 3
        assertThat(component(score, "csat")).isEqualTo(50.0); // CSAT 3, 4, 5, 2 -> 4 and 5 -> 100 * 2 / 4
        assertThat(component(score, "csatAnswers")).isEqualTo(4);
        assertThat(score.explanation()).isEqualTo("Last answer 9 of 10 (mean 7.67 over 3 answers): Promoter");
    }

    @Test
    void meanBasisBandsTheMean() {
        Score score = evaluate(fourSurveys(), Map.of("basis", "mean"));
        // 23 / 3 = 7.67: >= 7 and < 9
        assertThat(score.value()).isCloseTo(7.6667, within(1e-4));
        assertThat(score.band()).isEqualTo("Passive");
        assertThat(score.explanation()).isEqualTo("Mean 7.67 of 10 over 3 answers (last answer 9): Passive");
    }

    @Test
    void meanBelowSevenIsDetractorEvenIfLastIsPassive() {
        CustomerSnapshot customer = CustomerSnapshot.builder("d")
                .survey(survey("2025-01-01T00:00:00Z", 6, null))
                .survey(survey("2025-02-01T00:00:00Z", 7, null))
                .survey(survey("2025-03-01T00:00:00Z", 7, null))
                .build();
        // mean (6 + 7 + 7) / 3 = 6.67 < 7
        Score byMean = evaluate(customer, Map.of("basis", "mean"));
        assertThat(byMean.value()).isCloseTo(6.6667, within(1e-4));
        assertThat(byMean.band()).isEqualTo("Detractor");
        // last 7 -> Passive; no CSAT answers -> no csat component
        Score byLast = evaluate(customer, Map.of());
        assertThat(byLast.band()).isEqualTo("Passive");
        assertThat(byLast.components()).extracting(Component::name).doesNotContain("csat");
        assertThat(component(byLast, "csatAnswers")).isZero();
        assertThat(component(byLast, "detractorShare")).isCloseTo(0.3333, within(1e-4)); // 6 -> 1 / 3
        assertThat(component(byLast, "promoterShare")).isZero();
    }

    @Test
    void bandThresholds() {
        assertThat(NpsModel.band(10)).isEqualTo("Promoter");
        assertThat(NpsModel.band(9)).isEqualTo("Promoter");
        assertThat(NpsModel.band(8.99)).isEqualTo("Passive");
        assertThat(NpsModel.band(7)).isEqualTo("Passive");
        assertThat(NpsModel.band(6.99)).isEqualTo("Detractor");
        assertThat(NpsModel.band(0)).isEqualTo("Detractor");
    }

    @Test
    void lookbackKeepsRecentAnswers() {
        // window [2025-06-01T00:00Z, 2025-07-01T00:00Z): NPS 9 on 06-20 only; CSAT 5 and 2
        Score last30 = evaluate(fourSurveys(), Map.of("lookbackDays", 30));
        assertThat(last30.value()).isEqualTo(9.0);
        assertThat(component(last30, "answers")).isEqualTo(1);
        assertThat(component(last30, "promoterShare")).isEqualTo(1.0);
        assertThat(component(last30, "csat")).isEqualTo(50.0); // 5 of (5, 2) -> 100 * 1 / 2
        assertThat(last30.explanation()).isEqualTo("Last answer 9 of 10 (mean 9.00 over 1 answer): Promoter");
        // 60 days: from 2025-05-02 -> NPS 8, 9 -> mean 8.5 -> Passive
        Score last60 = evaluate(fourSurveys(), Map.of("lookbackDays", 60, "basis", "mean"));
        assertThat(last60.value()).isEqualTo(8.5);
        assertThat(last60.band()).isEqualTo("Passive");
    }

    @Test
    void lookbackWindowEdgesAreUtcDays() {
        CustomerSnapshot customer = CustomerSnapshot.builder("e")
                .survey(survey("2025-05-31T23:59:59Z", 0, null)) // just before the 30-day window
                .survey(survey("2025-06-01T00:00:00Z", 10, null)) // first instant inside
                .survey(survey("2025-06-30T23:59:59Z", 7, null)) // last instant of the as-of day
                .survey(survey("2025-07-01T00:00:00Z", 3, null)) // after the as-of day
                .build();
        // 30 days: 10, 7 -> last 7, mean 8.5
        Score windowed = evaluate(customer, Map.of("lookbackDays", 30));
        assertThat(windowed.value()).isEqualTo(7.0);
        assertThat(component(windowed, "mean")).isEqualTo(8.5);
        // 0 = every answer: 0, 10, 7, 3 -> last 3, mean 20 / 4 = 5
        Score all = evaluate(customer, Map.of());
        assertThat(all.value()).isEqualTo(3.0);
        assertThat(all.band()).isEqualTo("Detractor");
        assertThat(component(all, "mean")).isEqualTo(5.0);
        assertThat(component(all, "detractorShare")).isEqualTo(0.5); // 0 and 3 -> 2 / 4
    }

    @Test
    void noNpsAnswersIsNoData() {
        CustomerSnapshot csatOnly = CustomerSnapshot.builder("n")
                .survey(survey("2025-06-01T00:00:00Z", null, 5)).build();
        Score score = evaluate(csatOnly, Map.of());
        assertThat(score.value()).isNull();
        assertThat(score.band()).isEqualTo("No data");
        assertThat(score.explanation()).isEqualTo("no NPS answers");
        assertThat(evaluate(CustomerSnapshot.builder("x").build(), Map.of()).value()).isNull();
        // all NPS answers older than 10 days
        assertThat(evaluate(fourSurveys(), Map.of("lookbackDays", 5)).explanation())
                .isEqualTo("no NPS answers in the last 5 days");
    }

    @Test
    void ratingOutsideTheScaleIsBadData() {
        CustomerSnapshot customer = CustomerSnapshot.builder("b")
                .survey(survey("2025-06-01T00:00:00Z", 11, null)).build();
        assertThatThrownBy(() -> evaluate(customer, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("NPS answer 11 is outside 0-10");
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("basis", "median"), "basis");
        assertInvalid(Map.of("lookbackDays", -1), "lookbackDays");
        assertInvalid(Map.of("lookbackDays", 3651), "lookbackDays");
        assertInvalid(Map.of("lookbackDays", "30"), "lookbackDays");
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(NpsModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    private Score evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, SurveyFixtures.context(NpsModel.DESCRIPTOR, raw));
    }

    static double component(Score score, String name) {
        return score.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value();
    }
}
