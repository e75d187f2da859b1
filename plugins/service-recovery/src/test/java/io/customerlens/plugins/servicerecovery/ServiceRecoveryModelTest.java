package io.customerlens.plugins.servicerecovery;

import static io.customerlens.plugins.servicerecovery.RecoveryFixtures.complaint;
import static io.customerlens.plugins.servicerecovery.RecoveryFixtures.component;
import static io.customerlens.plugins.servicerecovery.RecoveryFixtures.example;
import static io.customerlens.plugins.servicerecovery.RecoveryFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InteractionOutcome;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ServiceInteraction;
import io.customerlens.sdk.SurveyResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceRecoveryModelTest {

    private final ServiceRecoveryModel model = new ServiceRecoveryModel();

    @Test
    void workedExample() {
        Score score = evaluate(example(), Map.of());
        // base: CSAT 4, 5 -> mean 4.5 -> (4.5 - 1) / 4 x 100 = 87.5
        // 06-02 resolved in exactly 4 h -> fast +5; 06-10 resolved in 24 h -> late -8; 06-20 UNRESOLVED -> -15;
        // 06-30 21:00 OPEN, 3 h old at 07-01 00:00 -> pending; the inquiry is not a complaint
        // 87.5 + 5 - 8 - 15 = 69.5 (cap 87.5 + 5 = 92.5 not reached) -> 50..75
        assertThat(score.value()).isEqualTo(69.5);
        assertThat(score.band()).isEqualTo("Recovering");
        assertThat(score.scale()).isEqualTo(ServiceRecoveryModel.SCALE);
        assertThat(score.components()).extracting(Component::name).containsExactly(
                "base", "complaints", "resolvedFast", "resolvedLate", "unresolved", "pending", "adjustment");
        assertThat(component(score, "base")).isEqualTo(87.5);
        assertThat(component(score, "complaints")).isEqualTo(4);
        assertThat(component(score, "resolvedFast")).isEqualTo(5.0); // 1 x (5 - 0)
        assertThat(component(score, "resolvedLate")).isEqualTo(-8.0); // 1 x -8
        assertThat(component(score, "unresolved")).isEqualTo(-15.0); // 1 x -15
        assertThat(component(score, "pending")).isEqualTo(1);
        assertThat(component(score, "adjustment")).isEqualTo(-18.0); // 69.5 - 87.5
        assertThat(score.explanation()).isEqualTo("Base 87.50 (mean CSAT 4.50 of 5 over 2 answers); lowered by"
                + " 1 unresolved complaint (-15.00) and 1 complaint resolved late (-8.00); restored by 1 complaint"
                + " resolved within 4 hours (+5.00); 1 complaint pending, no penalty yet. Score 69.50: Recovering");
    }

    @Test
    void resolvedExactlyAtTheTargetIsFast() {
        // base CSAT 3 -> (3 - 1) / 4 x 100 = 50
        Score atTarget = evaluate(oneComplaint(
                complaint("2025-06-10T08:00:00Z", "2025-06-10T12:00:00Z", InteractionOutcome.RESOLVED)), Map.of());
        assertThat(atTarget.value()).isEqualTo(55.0); // 4 h 00 s -> fast: 50 + 5
        assertThat(component(atTarget, "resolvedFast")).isEqualTo(5.0);
        Score justLate = evaluate(oneComplaint(
                complaint("2025-06-10T08:00:00Z", "2025-06-10T12:00:01Z", InteractionOutcome.RESOLVED)), Map.of());
        assertThat(justLate.value()).isEqualTo(42.0); // 4 h 01 s -> late: 50 - 8
        assertThat(justLate.band()).isEqualTo("At risk");
        assertThat(component(justLate, "resolvedLate")).isEqualTo(-8.0);
    }

    @Test
    void openExactlyAtTheTargetIsPending() {
        // aged to 2025-07-01T00:00Z; base 50
        Score atTarget = evaluate(oneComplaint(
                complaint("2025-06-30T20:00:00Z", null, InteractionOutcome.OPEN)), Map.of());
        assertThat(atTarget.value()).isEqualTo(50.0); // 4 h old -> pending, no penalty
        assertThat(component(atTarget, "pending")).isEqualTo(1);
        assertThat(component(atTarget, "unresolved")).isZero();
        assertThat(atTarget.explanation()).isEqualTo("Base 50.00 (mean CSAT 3.00 of 5 over 1 answer);"
                + " 1 complaint pending, no penalty yet. Score 50.00: Recovering");
        Score overdue = evaluate(oneComplaint(
                complaint("2025-06-30T19:59:59Z", null, InteractionOutcome.OPEN)), Map.of());
        assertThat(overdue.value()).isEqualTo(35.0); // 4 h 01 s old -> unresolved: 50 - 15
        assertThat(component(overdue, "pending")).isZero();
        // a 1-hour-old ESCALATED complaint is unresolved at once, not pending
        Score escalated = evaluate(oneComplaint(
                complaint("2025-06-30T23:00:00Z", null, InteractionOutcome.ESCALATED)), Map.of());
        assertThat(escalated.value()).isEqualTo(35.0);
    }

    @Test
    void longerTargetTurnsTheLateResolutionFast() {
        Score score = evaluate(example(), Map.of("resolutionTargetHours", 24));
        // 06-02 (4 h) and 06-10 (24 h) fast: +2 x 5; 06-20 -15; 06-30 pending
        // 87.5 + 10 - 15 = 82.5 (cap 92.5 not reached) -> >= 75
        assertThat(score.value()).isEqualTo(82.5);
        assertThat(score.band()).isEqualTo("Satisfied");
        assertThat(component(score, "resolvedFast")).isEqualTo(10.0);
        assertThat(component(score, "resolvedLate")).isZero();
    }

    @Test
    void recoveryBonusIsCappedAtOneBonusAboveBase() {
        CustomerSnapshot customer = CustomerSnapshot.builder("p")
                .survey(survey("2025-05-01T10:00:00Z", null, 4))
                .survey(survey("2025-06-05T10:00:00Z", null, 5))
                .interaction(complaint("2025-06-02T09:00:00Z", "2025-06-02T10:00:00Z", InteractionOutcome.RESOLVED))
                .interaction(complaint("2025-06-12T09:00:00Z", "2025-06-12T11:00:00Z", InteractionOutcome.RESOLVED))
                .build();
        Score score = evaluate(customer, Map.of());
        // 87.5 + 2 x 5 = 97.5, capped at 87.5 + 5 = 92.5
        assertThat(score.value()).isEqualTo(92.5);
        assertThat(component(score, "resolvedFast")).isEqualTo(10.0);
        assertThat(component(score, "adjustment")).isEqualTo(5.0);
        assertThat(score.explanation()).isEqualTo("Base 87.50 (mean CSAT 4.50 of 5 over 2 answers); restored by"
                + " 2 complaints resolved within 4 hours (+10.00), capped at base + 5.00. Score 92.50: Satisfied");
    }

    @Test
    void fastPenaltyAboveTheBonusLowersTheScore() {
        Score score = evaluate(example(), Map.of("resolvedFastPenalty", 10));
        // fast: 1 x (5 - 10) = -5 -> 87.5 - 5 - 8 - 15 = 59.5
        assertThat(score.value()).isEqualTo(59.5);
        assertThat(component(score, "resolvedFast")).isEqualTo(-5.0);
        assertThat(score.explanation()).startsWith("Base 87.50 (mean CSAT 4.50 of 5 over 2 answers); lowered by"
                + " 1 unresolved complaint (-15.00), 1 complaint resolved late (-8.00) and 1 complaint resolved"
                + " within 4 hours (-5.00); 1 complaint pending");
    }

    @Test
    void resultIsClampedToTheScale() {
        CustomerSnapshot top = CustomerSnapshot.builder("t")
                .survey(survey("2025-06-01T10:00:00Z", null, 5))
                .interaction(complaint("2025-06-02T09:00:00Z", "2025-06-02T10:00:00Z", InteractionOutcome.RESOLVED))
                .build();
        Score high = evaluate(top, Map.of());
        // (5 - 1) / 4 x 100 = 100; + 5 = 105 (cap 105) -> clamped to 100
        assertThat(high.value()).isEqualTo(100.0);
        assertThat(component(high, "adjustment")).isZero();
        assertThat(high.explanation()).endsWith("Score 100.00 (clamped to 0-100): Satisfied");
        CustomerSnapshot bottom = CustomerSnapshot.builder("b")
                .survey(survey("2025-06-01T10:00:00Z", 2, null))
                .interaction(complaint("2025-06-02T09:00:00Z", "2025-06-03T09:00:00Z", InteractionOutcome.UNRESOLVED))
                .interaction(complaint("2025-06-04T09:00:00Z", null, InteractionOutcome.ESCALATED))
                .build();
        Score low = evaluate(bottom, Map.of());
        // no CSAT: NPS 2 x 10 = 20; 20 - 2 x 15 = -10 -> clamped to 0
        assertThat(low.value()).isZero();
        assertThat(low.band()).isEqualTo("At risk");
        assertThat(component(low, "unresolved")).isEqualTo(-30.0);
        assertThat(component(low, "adjustment")).isEqualTo(-20.0); // 0 - 20
    }

    @Test
    void npsIsTheBaseWithoutCsat() {
        CustomerSnapshot customer = CustomerSnapshot.builder("n")
                .survey(survey("2025-06-01T10:00:00Z", 7, null))
                .survey(survey("2025-06-08T10:00:00Z", 8, null))
                .build();
        Score score = evaluate(customer, Map.of());
        // (7 + 8) / 2 x 10 = 75, no complaints -> >= 75
        assertThat(score.value()).isEqualTo(75.0);
        assertThat(score.band()).isEqualTo("Satisfied");
        assertThat(component(score, "complaints")).isZero();
        assertThat(component(score, "adjustment")).isZero();
        assertThat(score.explanation())
                .isEqualTo("Base 75.00 (mean NPS 7.50 of 10 over 2 answers); no complaints. Score 75.00: Satisfied");
    }

    @Test
    void zeroComplaintsLeaveTheBase() {
        Score score = evaluate(oneComplaint(null), Map.of());
        // CSAT 3 -> 50 -> exactly the Recovering threshold
        assertThat(score.value()).isEqualTo(50.0);
        assertThat(score.band()).isEqualTo("Recovering");
        assertThat(score.components()).filteredOn(c -> !c.name().equals("base"))
                .allSatisfy(c -> assertThat(c.value()).isZero());
    }

    @Test
    void onlyInteractionsUseTheNeutralBase() {
        CustomerSnapshot customer = CustomerSnapshot.builder("i")
                .interaction(complaint("2025-06-02T09:00:00Z", "2025-06-02T10:00:00Z", InteractionOutcome.RESOLVED))
                .build();
        Score score = evaluate(customer, Map.of());
        // neutral 70 + 5 = 75
        assertThat(score.value()).isEqualTo(75.0);
        assertThat(score.band()).isEqualTo("Satisfied");
        assertThat(score.explanation()).isEqualTo("Base 70.00 (neutral: no CSAT or NPS answers); restored by"
                + " 1 complaint resolved within 4 hours (+5.00). Score 75.00: Satisfied");
        assertThat(evaluate(customer, Map.of("neutralBase", 40)).value()).isEqualTo(45.0); // 40 + 5
        // a non-complaint interaction only: the neutral base, nothing to adjust
        CustomerSnapshot inquiry = CustomerSnapshot.builder("q")
                .interaction(new ServiceInteraction(Instant.parse("2025-06-02T09:00:00Z"), null, "email",
                        InteractionKind.INQUIRY, InteractionOutcome.OPEN))
                .build();
        Score neutral = evaluate(inquiry, Map.of());
        assertThat(neutral.value()).isEqualTo(70.0);
        assertThat(neutral.band()).isEqualTo("Recovering");
    }

    @Test
    void lookbackWindowDropsOldAnswersAndComplaints() {
        Score score = evaluate(example(), Map.of("lookbackDays", 20));
        // window [2025-06-11T00:00Z, 2025-07-01T00:00Z): no CSAT/NPS (05-01, 06-05) -> neutral 70;
        // complaints 06-20 UNRESOLVED (-15) and 06-30 OPEN (pending); 06-02 and 06-10 are outside
        assertThat(score.value()).isEqualTo(55.0);
        assertThat(component(score, "complaints")).isEqualTo(2);
        assertThat(component(score, "base")).isEqualTo(70.0);
    }

    @Test
    void noSurveysAndNoInteractionsIsNoData() {
        Score empty = evaluate(CustomerSnapshot.builder("x").build(), Map.of());
        assertThat(empty.value()).isNull();
        assertThat(empty.band()).isEqualTo("No data");
        assertThat(empty.explanation()).isEqualTo("no CSAT or NPS answers and no service interactions");
        CustomerSnapshot dimensionsOnly = CustomerSnapshot.builder("d")
                .survey(new SurveyResponse(Instant.parse("2025-06-01T00:00:00Z"), null, null, 5,
                        Map.of("reliability", 6.0)))
                .build();
        assertThat(evaluate(dimensionsOnly, Map.of()).value()).isNull();
        CustomerSnapshot old = CustomerSnapshot.builder("o").survey(survey("2025-05-01T10:00:00Z", null, 4)).build();
        assertThat(evaluate(old, Map.of("lookbackDays", 30)).explanation())
                .isEqualTo("no CSAT or NPS answers and no service interactions in the last 30 days");
    }

    @Test
    void inconsistentDataIsRejected() {
        assertThatThrownBy(() -> evaluate(oneComplaint(
                complaint("2025-06-10T08:00:00Z", null, InteractionOutcome.RESOLVED)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolved complaint opened at 2025-06-10T08:00:00Z has no resolvedAt");
        assertThatThrownBy(() -> evaluate(oneComplaint(
                complaint("2025-06-10T08:00:00Z", "2025-06-10T07:00:00Z", InteractionOutcome.RESOLVED)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it was opened");
        CustomerSnapshot badCsat = CustomerSnapshot.builder("b")
                .survey(survey("2025-06-01T10:00:00Z", null, 6)).build();
        assertThatThrownBy(() -> evaluate(badCsat, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("CSAT answer 6 is outside 1-5");
    }

    @Test
    void bandThresholds() {
        assertThat(ServiceRecoveryModel.band(100)).isEqualTo("Satisfied");
        assertThat(ServiceRecoveryModel.band(75)).isEqualTo("Satisfied");
        assertThat(ServiceRecoveryModel.band(74.99)).isEqualTo("Recovering");
        assertThat(ServiceRecoveryModel.band(50)).isEqualTo("Recovering");
        assertThat(ServiceRecoveryModel.band(49.99)).isEqualTo("At risk");
        assertThat(ServiceRecoveryModel.band(0)).isEqualTo("At risk");
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("resolutionTargetHours", 0), "resolutionTargetHours");
        assertInvalid(Map.of("resolutionTargetHours", 721), "resolutionTargetHours");
        assertInvalid(Map.of("resolutionTargetHours", 4.5), "resolutionTargetHours");
        assertInvalid(Map.of("unresolvedPenalty", 100.5), "unresolvedPenalty");
        assertInvalid(Map.of("resolvedFastPenalty", -1), "resolvedFastPenalty");
        assertInvalid(Map.of("resolvedLatePenalty", "8"), "resolvedLatePenalty");
        assertInvalid(Map.of("recoveryBonus", 51), "recoveryBonus");
        assertInvalid(Map.of("neutralBase", -0.5), "neutralBase");
        assertInvalid(Map.of("neutralBase", 101), "neutralBase");
        assertInvalid(Map.of("lookbackDays", 3651), "lookbackDays");
        assertInvalid(Map.of("bonus", 5), "bonus");
    }

    @Test
    void deterministic() {
        Map<String, Object> raw = Map.of("resolutionTargetHours", 8, "lookbackDays", 45);
        Score first = evaluate(example(), raw);
        assertThat(evaluate(example(), raw)).isEqualTo(first);
        assertThat(first.value()).isNotNull();
    }

    /** A CSAT-3 customer (base 50) with at most one complaint. */
    private static CustomerSnapshot oneComplaint(ServiceInteraction complaint) {
        CustomerSnapshot.Builder builder = CustomerSnapshot.builder("one")
                .survey(survey("2025-06-01T10:00:00Z", null, 3));
        return complaint == null ? builder.build() : builder.interaction(complaint).build();
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(ServiceRecoveryModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageContaining(parameter);
    }

    private Score evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, RecoveryFixtures.context(raw));
    }
}
