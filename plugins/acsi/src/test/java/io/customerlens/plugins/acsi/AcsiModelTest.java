package io.customerlens.plugins.acsi;

import static io.customerlens.plugins.acsi.AcsiFixtures.acsi;
import static io.customerlens.plugins.acsi.AcsiFixtures.complaint;
import static io.customerlens.plugins.acsi.AcsiFixtures.component;
import static io.customerlens.plugins.acsi.AcsiFixtures.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InteractionOutcome;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Score;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcsiModelTest {

    private final AcsiModel model = new AcsiModel();

    @Test
    void weightedIndexOfTheLatestAnswers() {
        Score score = evaluate(example(), Map.of());
        // latest: overall 9 (06-10, replaces the 6), expectations 8 (06-10), ideal 7 (03-01)
        // (0.4 x 8 + 0.3 x 7 + 0.3 x 6) / 9 x 100 / 1.0 = 7.1 / 9 x 100 = 78.888889 -> 70..80
        assertThat(score.value()).isCloseTo(78.888889, within(1e-6));
        assertThat(score.band()).isEqualTo("Moderate");
        assertThat(score.scale()).isEqualTo(AcsiModel.SCALE);
        assertThat(score.components()).extracting(Component::name)
                .containsExactly("overall", "expectations", "ideal", "index", "complaints", "penalty");
        assertThat(component(score, "overall")).isCloseTo(88.888889, within(1e-6)); // (9 - 1) / 9 x 100
        assertThat(component(score, "expectations")).isCloseTo(77.777778, within(1e-6)); // (8 - 1) / 9 x 100
        assertThat(component(score, "ideal")).isCloseTo(66.666667, within(1e-6)); // (7 - 1) / 9 x 100
        assertThat(component(score, "index")).isCloseTo(78.888889, within(1e-6));
        assertThat(component(score, "complaints")).isEqualTo(3); // resolved 02-01, unresolved 06-15, escalated 06-20
        assertThat(component(score, "penalty")).isZero(); // adjustment off by default
        assertThat(score.explanation()).isEqualTo(
                "ACSI index 78.89 from 3 of 3 items (overall 88.89, expectations 77.78, ideal 66.67): Moderate");
    }

    @Test
    void complaintAdjustment() {
        Score score = evaluate(example(), Map.of("adjustForComplaints", true));
        // penalty = 2 (UNRESOLVED, ESCALATED) x 5 + 1 (RESOLVED) x 1 = 11; 78.888889 - 11 = 67.888889 < 70
        assertThat(score.value()).isCloseTo(67.888889, within(1e-6));
        assertThat(score.band()).isEqualTo("Low");
        assertThat(component(score, "penalty")).isEqualTo(11.0);
        assertThat(component(score, "index")).isCloseTo(78.888889, within(1e-6));
        assertThat(score.explanation()).isEqualTo("ACSI index 78.89 from 3 of 3 items (overall 88.89, expectations"
                + " 77.78, ideal 66.67), minus 11.00 points for 3 complaints (2 unresolved, open or escalated,"
                + " 1 resolved) = 67.89: Low");
        // unresolvedComplaintPenalty 2.5, resolvedComplaintPenalty 0: 78.888889 - 2 x 2.5 = 73.888889
        Score custom = evaluate(example(), Map.of("adjustForComplaints", true,
                "unresolvedComplaintPenalty", 2.5, "resolvedComplaintPenalty", 0));
        assertThat(custom.value()).isCloseTo(73.888889, within(1e-6));
        assertThat(component(custom, "penalty")).isEqualTo(5.0);
    }

    @Test
    void lookbackWindowKeepsRecentAnswersAndComplaints() {
        Score score = evaluate(example(), Map.of("lookbackDays", 30, "adjustForComplaints", true));
        // window [2025-06-01T00:00Z, 2025-07-01T00:00Z): overall 9, expectations 8; ideal (03-01) is outside
        // index = (0.4 x 8 + 0.3 x 7) / 9 x 100 / (0.4 + 0.3) = 5.3 / 6.3 x 100 = 84.126984
        // complaints 06-15 UNRESOLVED, 06-20 ESCALATED: penalty 2 x 5 = 10 -> 74.126984
        assertThat(component(score, "index")).isCloseTo(84.126984, within(1e-6));
        assertThat(score.value()).isCloseTo(74.126984, within(1e-6));
        assertThat(score.band()).isEqualTo("Moderate");
        assertThat(score.components()).extracting(Component::name).doesNotContain("ideal");
        assertThat(component(score, "complaints")).isEqualTo(2);
        assertThat(score.explanation()).isEqualTo("ACSI index 84.13 from 2 of 3 items (overall 88.89, expectations"
                + " 77.78), minus 10.00 points for 2 complaints (2 unresolved, open or escalated, 0 resolved)"
                + " = 74.13: Moderate");
        // without the adjustment the same window is 84.126984 -> High
        assertThat(evaluate(example(), Map.of("lookbackDays", 30)).band()).isEqualTo("High");
    }

    @Test
    void windowEdgesAreUtcDays() {
        CustomerSnapshot customer = CustomerSnapshot.builder("e")
                .survey(acsi("2025-06-15T00:00:00Z", Map.of("acsi_overall", 10.0)))
                .interaction(complaint("2025-05-31T23:59:59Z", null, InteractionOutcome.OPEN)) // before the window
                .interaction(complaint("2025-06-01T00:00:00Z", null, InteractionOutcome.OPEN)) // first instant in
                .interaction(complaint("2025-07-01T00:00:00Z", null, InteractionOutcome.OPEN)) // after the as-of day
                .build();
        // 30 days: only the 06-01 complaint -> 100 - 5 = 95
        Score windowed = evaluate(customer, Map.of("lookbackDays", 30, "adjustForComplaints", true));
        assertThat(windowed.value()).isEqualTo(95.0);
        assertThat(component(windowed, "complaints")).isEqualTo(1);
        // 0 = everything in the snapshot: 3 OPEN complaints -> 100 - 15 = 85
        assertThat(evaluate(customer, Map.of("adjustForComplaints", true)).value()).isEqualTo(85.0);
    }

    @Test
    void weightsAreParameters() {
        // only overall counts: (9 - 1) / 9 x 100 = 88.888889
        Score overallOnly = evaluate(example(), Map.of("weightOverall", 1, "weightExpectations", 0, "weightIdeal", 0));
        assertThat(overallOnly.value()).isCloseTo(88.888889, within(1e-6));
        assertThat(overallOnly.band()).isEqualTo("High");
        // weightOverall 0: (0.3 x 7 + 0.3 x 6) / 9 x 100 / 0.6 = 3.9 / 5.4 x 100 = 72.222222
        Score noOverall = evaluate(example(), Map.of("weightOverall", 0));
        assertThat(noOverall.value()).isCloseTo(72.222222, within(1e-6));
        assertThat(noOverall.band()).isEqualTo("Moderate");
    }

    @Test
    void zeroWeightsOfTheAnsweredItemsAreRejected() {
        CustomerSnapshot idealOnly = CustomerSnapshot.builder("i")
                .survey(acsi("2025-06-01T00:00:00Z", Map.of("acsi_ideal", 8.0))).build();
        assertThatThrownBy(() -> evaluate(idealOnly, Map.of("weightIdeal", 0)))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("weightOverall"))
                .hasMessage("the weights of the answered ACSI items (weightIdeal) sum to 0;"
                        + " at least one must be above 0");
        assertThatThrownBy(() -> evaluate(example(),
                Map.of("weightOverall", 0, "weightExpectations", 0, "weightIdeal", 0)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("(weightOverall, weightExpectations, weightIdeal)");
        // an unanswered item's weight does not matter: ideal only, weights of the others 0 -> (8 - 1) / 9 x 100
        Score score = evaluate(idealOnly, Map.of("weightOverall", 0, "weightExpectations", 0));
        assertThat(score.value()).isCloseTo(77.777778, within(1e-6));
    }

    @Test
    void resultIsClampedToTheScale() {
        CustomerSnapshot lowest = CustomerSnapshot.builder("l")
                .survey(acsi("2025-06-01T00:00:00Z", Map.of("acsi_overall", 1.0)))
                .interaction(complaint("2025-06-02T00:00:00Z", null, InteractionOutcome.OPEN)).build();
        // (1 - 1) / 9 x 100 = 0; 0 - 5 (one OPEN complaint) = -5 -> clamped to 0
        Score clamped = evaluate(lowest, Map.of("adjustForComplaints", true));
        assertThat(clamped.value()).isZero();
        assertThat(clamped.band()).isEqualTo("Low");
        assertThat(component(clamped, "penalty")).isEqualTo(5.0);
        assertThat(clamped.explanation()).endsWith("minus 5.00 points for 1 complaint (1 unresolved, open or escalated,"
                + " 0 resolved) = 0.00 (clamped at 0): Low");
        CustomerSnapshot highest = CustomerSnapshot.builder("h")
                .survey(acsi("2025-06-01T00:00:00Z", Map.of("acsi_overall", 10.0, "acsi_ideal", 10.0)))
                .interaction(complaint("2025-06-02T00:00:00Z", "2025-06-02T01:00:00Z", InteractionOutcome.RESOLVED))
                .build();
        // (10 - 1) / 9 x 100 = 100 for both; a resolved complaint at penalty 0 leaves 100
        Score top = evaluate(highest, Map.of("adjustForComplaints", true, "resolvedComplaintPenalty", 0));
        assertThat(top.value()).isEqualTo(100.0);
        assertThat(top.band()).isEqualTo("High");
    }

    @Test
    void zeroComplaints() {
        CustomerSnapshot customer = CustomerSnapshot.builder("z")
                .survey(acsi("2025-06-01T00:00:00Z", Map.of("acsi_overall", 7.5))).build();
        // (7.5 - 1) / 9 x 100 = 72.222222; nothing to deduct
        Score score = evaluate(customer, Map.of("adjustForComplaints", true));
        assertThat(score.value()).isCloseTo(72.222222, within(1e-6));
        assertThat(component(score, "complaints")).isZero();
        assertThat(component(score, "penalty")).isZero();
        assertThat(score.explanation())
                .isEqualTo("ACSI index 72.22 from 1 of 3 items (overall 72.22), no complaints to deduct: Moderate");
    }

    @Test
    void noAcsiAnswersIsNoData() {
        Score empty = evaluate(CustomerSnapshot.builder("x").build(), Map.of());
        assertThat(empty.value()).isNull();
        assertThat(empty.band()).isEqualTo("No data");
        assertThat(empty.explanation()).isEqualTo("no ACSI answers (acsi_overall, acsi_expectations, acsi_ideal)");
        // only interactions, or only other survey questions: still no ACSI item
        CustomerSnapshot interactionsOnly = CustomerSnapshot.builder("i")
                .interaction(complaint("2025-06-02T00:00:00Z", null, InteractionOutcome.OPEN)).build();
        assertThat(evaluate(interactionsOnly, Map.of("adjustForComplaints", true)).value()).isNull();
        CustomerSnapshot otherDimension = CustomerSnapshot.builder("o")
                .survey(acsi("2025-06-01T00:00:00Z", Map.of("reliability", 6.0))).build();
        assertThat(evaluate(otherDimension, Map.of()).value()).isNull();
        // the latest ACSI answer (06-10) is older than 5 days
        assertThat(evaluate(example(), Map.of("lookbackDays", 5)).explanation())
                .isEqualTo("no ACSI answers (acsi_overall, acsi_expectations, acsi_ideal) in the last 5 days");
    }

    @Test
    void answerOutsideTheScaleIsBadData() {
        CustomerSnapshot tooHigh = CustomerSnapshot.builder("b")
                .survey(acsi("2025-06-01T00:00:00Z", Map.of("acsi_overall", 11.0))).build();
        assertThatThrownBy(() -> evaluate(tooHigh, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("acsi_overall answer 11.0 is outside 1-10");
        CustomerSnapshot zero = CustomerSnapshot.builder("z")
                .survey(acsi("2025-06-01T00:00:00Z", Map.of("acsi_ideal", 0.0))).build();
        assertThatThrownBy(() -> evaluate(zero, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandThresholds() {
        assertThat(AcsiModel.band(100)).isEqualTo("High");
        assertThat(AcsiModel.band(80)).isEqualTo("High");
        assertThat(AcsiModel.band(79.99)).isEqualTo("Moderate");
        assertThat(AcsiModel.band(70)).isEqualTo("Moderate");
        assertThat(AcsiModel.band(69.99)).isEqualTo("Low");
        assertThat(AcsiModel.band(0)).isEqualTo("Low");
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("weightOverall", 1.5), "weightOverall");
        assertInvalid(Map.of("weightIdeal", -0.1), "weightIdeal");
        assertInvalid(Map.of("weightExpectations", "0.3"), "weightExpectations");
        assertInvalid(Map.of("lookbackDays", -1), "lookbackDays");
        assertInvalid(Map.of("lookbackDays", 3651), "lookbackDays");
        assertInvalid(Map.of("adjustForComplaints", "true"), "adjustForComplaints");
        assertInvalid(Map.of("unresolvedComplaintPenalty", 50.5), "unresolvedComplaintPenalty");
        assertInvalid(Map.of("resolvedComplaintPenalty", -1), "resolvedComplaintPenalty");
        assertInvalid(Map.of("weight", 0.5), "weight");
    }

    @Test
    void deterministic() {
        Map<String, Object> raw = Map.of("adjustForComplaints", true, "lookbackDays", 120);
        Score first = evaluate(example(), raw);
        Score second = evaluate(example(), raw);
        assertThat(second).isEqualTo(first);
        assertThat(first.value()).isNotNull();
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(AcsiModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageContaining(parameter);
    }

    private Score evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, AcsiFixtures.context(raw));
    }
}
