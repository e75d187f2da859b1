package io.customerlens.plugins.valuetier;

import static io.customerlens.plugins.valuetier.TierFixtures.AS_OF;
import static io.customerlens.plugins.valuetier.TierFixtures.POPULATION;
import static io.customerlens.plugins.valuetier.TierFixtures.component;
import static io.customerlens.plugins.valuetier.TierFixtures.customer;
import static io.customerlens.plugins.valuetier.TierFixtures.evaluate;
import static io.customerlens.plugins.valuetier.TierFixtures.spending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PreviousSegment;
import io.customerlens.sdk.Quantiles;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tiers without a previous segment, edge cases and parameters; figures from {@link TierFixtures}. */
class ValueTierModelTest {

    private static final double EPS = 1e-9;

    @Test
    void fixtureThresholdsMatchTheHandComputation() {
        assertThat(POPULATION.monetary().at(0.95)).isCloseTo(1020, within(EPS));
        assertThat(POPULATION.monetary().at(0.75)).isEqualTo(525);
        assertThat(POPULATION.frequency().at(0.95)).isCloseTo(10.2, within(EPS));
        assertThat(POPULATION.frequency().at(0.75)).isEqualTo(5.25);
    }

    @Test
    void vipAtOrAboveTheVipThreshold() {
        Segment vip = evaluate(spending(1100), Map.of());
        assertThat(vip.code()).isEqualTo("vip");
        assertThat(vip.label()).isEqualTo("VIP");
        assertThat(vip.rank()).isEqualTo(1);
        assertThat(vip.reasons()).containsExactly("tier vip on spend 1100",
                "thresholds on spend: vip 1020 (top 5% of buying customers), extended 525 (next 20%)",
                "spend 1100 is at least the vip threshold 1020");
        assertThat(vip.components()).extracting(Component::name)
                .containsExactly("value", "vipThreshold", "extendedThreshold", "distanceToNextTier");
        assertThat(component(vip, "value")).isEqualTo(1100);
        assertThat(component(vip, "vipThreshold")).isCloseTo(1020, within(EPS));
        assertThat(component(vip, "extendedThreshold")).isEqualTo(525);
        // top tier: nothing further to reach
        assertThat(component(vip, "distanceToNextTier")).isZero();
        assertThat(evaluate(spending(1400), Map.of()).code()).isEqualTo("vip");
    }

    @Test
    void extendedBetweenTheThresholds() {
        Segment extended = evaluate(spending(600), Map.of());
        assertThat(extended.code()).isEqualTo("extended");
        assertThat(extended.rank()).isEqualTo(2);
        assertThat(extended.reasons()).last()
                .isEqualTo("spend 600 is at least the extended threshold 525 but below the vip threshold 1020");
        // 1020 - 600 = 420
        assertThat(component(extended, "distanceToNextTier")).isCloseTo(420, within(EPS));
        // just below 1020 is still extended
        assertThat(evaluate(spending(1019), Map.of()).code()).isEqualTo("extended");
    }

    @Test
    void tiesWithAThresholdGoUp() {
        // 525 = Q(0.75) exactly -> extended; a cent less is basic and 0.01 short of it
        assertThat(evaluate(spending(525), Map.of()).code()).isEqualTo("extended");
        Segment basic = evaluate(spending(524.99), Map.of());
        assertThat(basic.code()).isEqualTo("basic");
        assertThat(component(basic, "distanceToNextTier")).isCloseTo(0.01, within(EPS));
    }

    @Test
    void basicBelowTheExtendedThreshold() {
        Segment basic = evaluate(spending(300), Map.of());
        assertThat(basic.code()).isEqualTo("basic");
        assertThat(basic.label()).isEqualTo("Basic");
        assertThat(basic.rank()).isEqualTo(3);
        assertThat(basic.reasons()).last().isEqualTo("spend 300 is below the extended threshold 525");
        // 525 - 300 = 225
        assertThat(component(basic, "distanceToNextTier")).isEqualTo(225);
    }

    @Test
    void ordersMeasureUsesTheFrequencyQuantiles() {
        Map<String, ?> orders = Map.of("measure", "orders");
        // thresholds 10.2 and 5.25; spend does not matter
        Segment extended = evaluate(customer(6, 100), orders);
        assertThat(extended.code()).isEqualTo("extended");
        assertThat(component(extended, "value")).isEqualTo(6);
        // 10.2 - 6 = 4.2
        assertThat(component(extended, "distanceToNextTier")).isCloseTo(4.2, within(EPS));
        assertThat(extended.reasons()).contains(
                "thresholds on order count: vip 10.2 (top 5% of buying customers), extended 5.25 (next 20%)");
        assertThat(evaluate(customer(11, 50), orders).code()).isEqualTo("vip");
        Segment basic = evaluate(customer(5, 5000), orders);
        assertThat(basic.code()).isEqualTo("basic");
        assertThat(basic.reasons()).last().isEqualTo("order count 5 is below the extended threshold 5.25");
    }

    @Test
    void sharesMoveTheThresholds() {
        Map<String, ?> shares = Map.of("vipShare", 0.1, "extendedShare", 0.3);
        // Q(0.9): h = 17.1 -> 800 + 0.1 x 200 = 820; Q(0.6): h = 11.4 -> 350 + 0.4 x 50 = 370
        Segment vip = evaluate(spending(830), shares);
        assertThat(vip.code()).isEqualTo("vip");
        assertThat(component(vip, "vipThreshold")).isCloseTo(820, within(EPS));
        assertThat(component(vip, "extendedThreshold")).isCloseTo(370, within(EPS));
        assertThat(evaluate(spending(400), shares).code()).isEqualTo("extended");
        assertThat(evaluate(spending(360), shares).code()).isEqualTo("basic");
    }

    @Test
    void customersWithoutOrdersAreBasic() {
        CustomerSnapshot none = CustomerSnapshot.builder("p").build();
        Segment basic = evaluate(none, Map.of());
        assertThat(basic.code()).isEqualTo("basic");
        assertThat(basic.reasons()).containsExactly("tier basic on spend 0",
                "thresholds on spend: vip 1020 (top 5% of buying customers), extended 525 (next 20%)",
                "no orders yet, so basic whatever the thresholds");
        assertThat(component(basic, "value")).isZero();
        // 525 - 0
        assertThat(component(basic, "distanceToNextTier")).isEqualTo(525);
        // no population needed: only the value is reported
        Segment alone = evaluate(none, Map.of(), PopulationStatistics.EMPTY, null);
        assertThat(alone.code()).isEqualTo("basic");
        assertThat(alone.components()).extracting(Component::name).containsExactly("value");
        // a previous tier does not hold a customer without orders (e.g. all orders refunded and removed)
        Segment wasVip = evaluate(none, Map.of(), POPULATION, new PreviousSegment("vip", AS_OF.minusDays(10)));
        assertThat(wasVip.code()).isEqualTo("basic");
        assertThat(component(wasVip, "daysInTier")).isEqualTo(10);
    }

    @Test
    void zeroSpendIsBasic() {
        Segment zero = evaluate(customer(2, 0), Map.of());
        assertThat(zero.code()).isEqualTo("basic");
        assertThat(zero.reasons()).last()
                .isEqualTo("spend 0: without a positive value a customer is basic whatever the thresholds");
        // even where most buyers spent nothing and both thresholds are 0
        PopulationStatistics free = population(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10);
        Segment stillBasic = evaluate(customer(2, 0), Map.of(), free, null);
        assertThat(stillBasic.code()).isEqualTo("basic");
        // Q(0.95) = 0 + 0.05 x 10 = 0.5; Q(0.75) = 0
        assertThat(component(stillBasic, "vipThreshold")).isCloseTo(0.5, within(EPS));
        assertThat(component(stillBasic, "extendedThreshold")).isZero();
        // any positive spend reaches extended there
        assertThat(evaluate(customer(2, 0.1), Map.of(), free, null).code()).isEqualTo("extended");
    }

    @Test
    void identicalPopulationHasEqualThresholds() {
        double[] spends = new double[20];
        Arrays.fill(spends, 500);
        PopulationStatistics same = population(spends);
        // every quantile is 500: at 500 a customer is vip (ties go up), below it basic
        Segment vip = evaluate(spending(500), Map.of(), same, null);
        assertThat(vip.code()).isEqualTo("vip");
        assertThat(component(vip, "vipThreshold")).isEqualTo(500);
        assertThat(component(vip, "extendedThreshold")).isEqualTo(500);
        Segment basic = evaluate(spending(499), Map.of(), same, null);
        assertThat(basic.code()).isEqualTo("basic");
        // next tier up is extended at 500: 500 - 499 = 1
        assertThat(component(basic, "distanceToNextTier")).isEqualTo(1);
        assertThat(evaluate(spending(501), Map.of(), same, null).code()).isEqualTo("vip");
    }

    @Test
    void customerWithOrdersNeedsPopulation() {
        assertThatThrownBy(() -> evaluate(spending(100), Map.of(), PopulationStatistics.EMPTY, null))
                .isInstanceOf(IllegalStateException.class).hasMessage("value-tier needs population statistics");
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("measure", "margin"), "measure");
        assertInvalid(Map.of("vipShare", 0.6), "vipShare");
        assertInvalid(Map.of("vipShare", 0.0005), "vipShare");
        assertInvalid(Map.of("extendedShare", 0.95), "extendedShare");
        assertInvalid(Map.of("margin", 0.6), "margin");
        assertInvalid(Map.of("margin", -0.1), "margin");
        assertInvalid(Map.of("minDaysInTier", -1), "minDaysInTier");
        assertInvalid(Map.of("minDaysInTier", 3651), "minDaysInTier");
        assertInvalid(Map.of("minDaysInTier", 1.5), "minDaysInTier");
        assertInvalid(Map.of("tiers", 3), "tiers");
    }

    @Test
    void sharesMustLeaveRoomForBasic() {
        // 0.5 + 0.5 = 1 and 0.1 + 0.9 = 1: no basic customers left -> rejected in evaluate, even for a prospect
        for (Map<String, ?> raw : List.of(Map.of("vipShare", 0.5, "extendedShare", 0.5),
                Map.of("vipShare", 0.1, "extendedShare", 0.9))) {
            for (CustomerSnapshot customer : new CustomerSnapshot[] {spending(100),
                    CustomerSnapshot.builder("p").build()}) {
                assertThatThrownBy(() -> evaluate(customer, raw))
                        .isInstanceOfSatisfying(InvalidParameterException.class,
                                e -> assertThat(e.parameter()).isEqualTo("extendedShare"))
                        .hasMessageContaining("must be below 1");
            }
        }
        // 0.5 + 0.49 < 1: Q(0.5) = (250 + 300) / 2 = 275, Q(0.01): h = 0.19 -> 0 + 0.19 x 20 = 3.8
        Segment ok = evaluate(spending(100), Map.of("vipShare", 0.5, "extendedShare", 0.49));
        assertThat(ok.code()).isEqualTo("extended");
        assertThat(component(ok, "extendedThreshold")).isCloseTo(3.8, within(EPS));
    }

    @Test
    void sameInputSameResult() {
        PreviousSegment previous = new PreviousSegment("extended", AS_OF.minusDays(30));
        Segment first = evaluate(spending(400), Map.of(), POPULATION, previous);
        assertThat(evaluate(spending(400), Map.of(), POPULATION, previous)).isEqualTo(first);
        assertThat(new ValueTierModel().evaluate(spending(1100), context())).isEqualTo(
                new ValueTierModel().evaluate(spending(1100), context()));
    }

    private static ScoringContext context() {
        return new ScoringContext(Parameters.defaults(ValueTierModel.DESCRIPTOR.parameters()),
                POPULATION, AS_OF);
    }

    private static PopulationStatistics population(double... spends) {
        double[] orders = new double[spends.length];
        Arrays.fill(orders, 3);
        return new PopulationStatistics(spends.length, Quantiles.of(orders), Quantiles.of(orders),
                Quantiles.of(spends), AS_OF);
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(ValueTierModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }
}
