package io.customerlens.plugins.valuetier;

import static io.customerlens.plugins.valuetier.TierFixtures.AS_OF;
import static io.customerlens.plugins.valuetier.TierFixtures.POPULATION;
import static io.customerlens.plugins.valuetier.TierFixtures.component;
import static io.customerlens.plugins.valuetier.TierFixtures.evaluate;
import static io.customerlens.plugins.valuetier.TierFixtures.spending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PreviousSegment;
import io.customerlens.sdk.Quantiles;
import io.customerlens.sdk.Segment;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tier changes against the previous tier, defaults margin 0.10 and minDaysInTier 90. Thresholds from
 * {@link TierFixtures}: vip 1020 (up 1122, down 918), extended 525 (up 577.5, down 472.5).
 */
class ValueTierHysteresisTest {

    private static final double EPS = 1e-9;

    @Test
    void upgradeInsideTheMarginIsHeld() {
        // 550 >= 525 but < 577.5
        Segment held = evaluate(spending(550), "basic", 200);
        assertThat(held.code()).isEqualTo("basic");
        assertThat(held.reasons()).last().isEqualTo(
                "held at basic: spend 550 reaches the extended threshold 525 but not the 10% margin above it (577.5)");
        // with a previous tier the distance includes the margin: 577.5 - 550 = 27.5
        assertThat(component(held, "distanceToNextTier")).isEqualTo(27.5);
        assertThat(component(held, "daysInTier")).isEqualTo(200);
        // at vip level from extended: 1100 >= 1020 but < 1122
        Segment heldExtended = evaluate(spending(1100), "extended", 200);
        assertThat(heldExtended.code()).isEqualTo("extended");
        assertThat(heldExtended.reasons()).last().isEqualTo(
                "held at extended: spend 1100 reaches the vip threshold 1020 but not the 10% margin above it (1122)");
    }

    @Test
    void upgradeOutsideTheMarginMoves() {
        // 600 >= 577.5
        Segment up = evaluate(spending(600), "basic", 200);
        assertThat(up.code()).isEqualTo("extended");
        assertThat(up.reasons()).last().isEqualTo(
                "moved up from basic to extended: spend 600 is at least the extended threshold 525 plus the 10% margin"
                        + " (577.5)");
        // next tier vip with margin: 1122 - 600 = 522
        assertThat(component(up, "distanceToNextTier")).isCloseTo(522, within(EPS));
        // exactly at 525 x 1.1 = 577.5 moves up
        assertThat(evaluate(spending(577.5), "basic", 200).code()).isEqualTo("extended");
        // upgrades do not wait for the minimum time in tier
        assertThat(evaluate(spending(600), "basic", 0).code()).isEqualTo("extended");
        // 1150 >= 1122: extended -> vip
        assertThat(evaluate(spending(1150), "extended", 5).code()).isEqualTo("vip");
    }

    @Test
    void upgradeCanSkipATier() {
        // 1200 >= 1122: basic -> vip directly
        Segment skip = evaluate(spending(1200), "basic", 10);
        assertThat(skip.code()).isEqualTo("vip");
        assertThat(skip.reasons()).last().isEqualTo(
                "moved up from basic to vip: spend 1200 is at least the vip threshold 1020 plus the 10% margin (1122)");
        assertThat(component(skip, "distanceToNextTier")).isZero();
        // 1100 is above the vip threshold but not its margin: only one step up, to extended
        assertThat(evaluate(spending(1100), "basic", 10).code()).isEqualTo("extended");
    }

    @Test
    void downgradeInsideTheMarginIsHeld() {
        // 500 < 525 but >= 472.5, long enough in tier: the margin alone holds
        Segment held = evaluate(spending(500), "extended", 200);
        assertThat(held.code()).isEqualTo("extended");
        assertThat(held.reasons()).last()
                .isEqualTo("held at extended: spend 500 is below the extended threshold 525 but within the 10% margin");
        // exactly at 525 x 0.9 = 472.5 is not below it
        assertThat(evaluate(spending(472.5), "extended", 200).code()).isEqualTo("extended");
        // 950 < 1020 but >= 918
        assertThat(evaluate(spending(950), "vip", 200).code()).isEqualTo("vip");
    }

    @Test
    void downgradeIsHeldUntilTheMinimumTimeInTier() {
        // 400 < 472.5, but only 30 of 90 days in extended
        Segment held = evaluate(spending(400), "extended", 30);
        assertThat(held.code()).isEqualTo("extended");
        assertThat(held.reasons()).containsExactly("tier extended on spend 400",
                "thresholds on spend: vip 1020 (top 5% of buying customers), extended 525 (next 20%)",
                "held at extended for 60 more days: minimum time in tier 90 days",
                "spend 400 is below the extended threshold 525 less the 10% margin (472.5), but the customer has"
                        + " been in extended only 30 days");
        assertThat(component(held, "daysInTier")).isEqualTo(30);
        // vip for 60 days, spend collapsed to 300: held 30 more days
        assertThat(evaluate(spending(300), "vip", 60).reasons())
                .contains("held at vip for 30 more days: minimum time in tier 90 days");
        // one day short
        assertThat(evaluate(spending(400), "extended", 89).reasons())
                .contains("held at extended for 1 more day: minimum time in tier 90 days");
    }

    @Test
    void downgradeAfterTheMinimumTimeInTier() {
        // 400 < 472.5 after exactly 90 days: down to the plain tier, basic
        Segment down = evaluate(spending(400), "extended", 90);
        assertThat(down.code()).isEqualTo("basic");
        assertThat(down.reasons()).endsWith(
                "moved down from extended to basic: spend 400 is below the extended threshold 525 less the 10% margin"
                        + " (472.5), after 90 days in extended (minimum 90 days)",
                "spend 400 is below the extended threshold 525");
        // 577.5 - 400 = 177.5
        assertThat(component(down, "distanceToNextTier")).isEqualTo(177.5);
        // vip, 900 < 918 after 120 days: down to extended (900 >= 525)
        Segment toExtended = evaluate(spending(900), "vip", 120);
        assertThat(toExtended.code()).isEqualTo("extended");
        assertThat(toExtended.reasons()).contains(
                "moved down from vip to extended: spend 900 is below the vip threshold 1020 less the 10% margin (918),"
                        + " after 120 days in vip (minimum 90 days)");
        // vip, 400: two tiers down at once
        assertThat(evaluate(spending(400), "vip", 120).code()).isEqualTo("basic");
    }

    @Test
    void noMinimumTimeAndNoMargin() {
        // minDaysInTier 0: 400 < 472.5 moves down on the day of entry
        assertThat(evaluate(spending(400), Map.of("minDaysInTier", 0), POPULATION,
                previous("extended", 0)).code()).isEqualTo("basic");
        // margin 0: up at the plain threshold, down just below it
        Map<String, ?> noMargin = Map.of("margin", 0, "minDaysInTier", 0);
        assertThat(evaluate(spending(525), noMargin, POPULATION, previous("basic", 5)).code()).isEqualTo("extended");
        assertThat(evaluate(spending(524), noMargin, POPULATION, previous("extended", 5)).code()).isEqualTo("basic");
    }

    @Test
    void staysInsideItsBand() {
        Segment stays = evaluate(spending(700), "extended", 10);
        assertThat(stays.code()).isEqualTo("extended");
        assertThat(stays.reasons()).last().isEqualTo(
                "stays at extended: spend 700 is at least the extended threshold 525 but below the vip threshold 1020");
        // 1122 - 700 = 422
        assertThat(component(stays, "distanceToNextTier")).isCloseTo(422, within(EPS));
        assertThat(evaluate(spending(300), "basic", 10).reasons()).last()
                .isEqualTo("stays at basic: spend 300 is below the extended threshold 525");
    }

    @Test
    void unknownPreviousCodeIsIgnored() {
        // "gold" is not a tier: plain thresholds, 550 >= 525 -> extended, no daysInTier, no margin in the distance
        Segment plain = evaluate(spending(550), "gold", 10);
        assertThat(plain.code()).isEqualTo("extended");
        assertThat(plain.components()).extracting(Component::name).doesNotContain("daysInTier");
        // 1020 - 550 = 470
        assertThat(component(plain, "distanceToNextTier")).isCloseTo(470, within(EPS));
    }

    @Test
    void previousDateAfterAsOfCountsAsZeroDays() {
        Segment held = evaluate(spending(400), "extended", -5);
        assertThat(held.code()).isEqualTo("extended");
        assertThat(component(held, "daysInTier")).isZero();
    }

    @Test
    void identicalPopulationSkipsStraightToVip() {
        double[] spends = new double[20];
        Arrays.fill(spends, 500);
        PopulationStatistics same = new PopulationStatistics(20, Quantiles.of(spends), Quantiles.of(spends),
                Quantiles.of(spends), AS_OF);
        // thresholds 500 and 500, both entered at 550 with the margin
        Segment held = evaluate(spending(520), Map.of(), same, previous("basic", 10));
        assertThat(held.code()).isEqualTo("basic");
        assertThat(held.reasons()).last().isEqualTo(
                "held at basic: spend 520 reaches the vip threshold 500 but not the 10% margin above it (550)");
        assertThat(evaluate(spending(560), Map.of(), same, previous("basic", 10)).code()).isEqualTo("vip");
    }

    private static PreviousSegment previous(String code, long daysAgo) {
        return new PreviousSegment(code, AS_OF.minusDays(daysAgo));
    }
}
