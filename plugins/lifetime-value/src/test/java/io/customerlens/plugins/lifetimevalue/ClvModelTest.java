package io.customerlens.plugins.lifetimevalue;

import static io.customerlens.plugins.lifetimevalue.BgNbdModelTest.PUBLISHED;
import static io.customerlens.plugins.lifetimevalue.BgNbdModelTest.component;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClvModelTest {

    private final ClvModel model = new ClvModel();

    @Test
    void oneMonthIsTheHandFormula() {
        // CDNOW example customer under the published fits: x = 2, zbar = (20.00 + 24.70) / 2 = 22.35.
        // expectedSpend = 6.25 (15.44 + 2 x 22.35) / (6.25 x 2 + 3.74 - 1) = 375.875 / 15.24 = 24.66371391;
        // E[Y(52/12 = 4.3333 weeks)] = 0.15933797 (mpmath hyp2f1);
        // CLV = 0.15933797 x 24.66371391 x 1.0 / 1.01 = 3.89095643
        Score score = evaluate(Customers.cdnowExample(), PUBLISHED, Map.of("horizonMonths", 1));
        assertThat(component(score, "expectedSpend")).isCloseTo(24.66371391, within(1e-8));
        assertThat(component(score, "expectedPurchases")).isCloseTo(0.15933797, within(1e-8));
        assertThat(score.value()).isCloseTo(3.89095643, within(1e-8));
        assertThat(score.value()).isCloseTo(component(score, "expectedPurchases") * component(score, "expectedSpend")
                / 1.01, within(1e-12));
        assertThat(score.band()).isEqualTo("Low");
    }

    @Test
    void twelveMonthsDiscountedMonthByMonth() {
        // sum over m = 1..12 of (E[Y(m 52/12)] - E[Y((m-1) 52/12)]) x 24.66371391 / 1.01^m = 36.21166863 (mpmath);
        // E[Y(52)] = 1.55882897, the BG/NBD model's one-year figure
        Score score = evaluate(Customers.cdnowExample(), PUBLISHED, Map.of());
        assertThat(score.value()).isCloseTo(36.21166863, within(1e-7));
        assertThat(component(score, "expectedPurchases")).isCloseTo(1.55882897, within(1e-8));
        assertThat(component(score, "pAlive")).isCloseTo(0.72658972, within(1e-8));
        assertThat(component(score, "gamma")).isEqualTo(15.44);
        // no discount, half margin: 1.55882897 x 24.66371391 x 0.5 = 19.22325
        Score undiscounted = evaluate(Customers.cdnowExample(), PUBLISHED,
                Map.of("monthlyDiscountRate", 0.0, "margin", 0.5));
        assertThat(undiscounted.value()).isCloseTo(1.55882897 * 24.66371391 * 0.5, within(1e-7));
        assertThat(score.explanation()).isEqualTo("2 repeat purchases, the last 30.43 weeks after the first,"
                + " 38.86 weeks since the first: 1.56 purchases expected in 12 months at 24.66 each, margin 1.00,"
                + " discounted 1.0% a month: CLV 36.21, Low.");
    }

    @Test
    void oneTimeBuyerGetsThePopulationMeanSpend() {
        // x = 0: expectedSpend = 6.25 x 15.44 / (3.74 - 1) = 35.21897810; T = 272 / 7 weeks;
        // 12-month CLV = 8.34968439, E[Y(52)] = 0.25208766 (mpmath)
        Score score = evaluate(Customers.customer("once", 272, 80), PUBLISHED, Map.of());
        assertThat(component(score, "expectedSpend")).isCloseTo(35.21897810, within(1e-8));
        assertThat(component(score, "expectedPurchases")).isCloseTo(0.25208766, within(1e-8));
        assertThat(score.value()).isCloseTo(8.34968439, within(1e-7));
        assertThat(component(score, "pAlive")).isEqualTo(1);
    }

    @Test
    void zeroSpendRepeatBuyerIsShrunkTowardsThePopulation() {
        // free repeats, zbar = 0: expectedSpend = 6.25 x 15.44 / (12.5 + 2.74) = 96.5 / 15.24 = 6.33202100
        Score score = evaluate(Customers.customer("free", 272, 0, 172, 0, 59, 0), PUBLISHED, Map.of());
        assertThat(component(score, "expectedSpend")).isCloseTo(6.33202100, within(1e-8));
        // same purchase timing as the CDNOW example: 36.21166863 x 6.33202100 / 24.66371391
        assertThat(score.value()).isCloseTo(36.21166863 * 6.33202100 / 24.66371391, within(1e-7));
    }

    @Test
    void bandsFollowTheThresholdParameters() {
        // CLV 36.21: High from 30, Medium from 20, Low below
        assertThat(evaluate(Customers.cdnowExample(), PUBLISHED, Map.of("highValue", 30.0, "mediumValue", 20.0))
                .band()).isEqualTo("High");
        assertThat(evaluate(Customers.cdnowExample(), PUBLISHED, Map.of("highValue", 40.0, "mediumValue", 36.0))
                .band()).isEqualTo("Medium");
        assertThat(evaluate(Customers.cdnowExample(), PUBLISHED, Map.of("highValue", 40.0, "mediumValue", 37.0))
                .band()).isEqualTo("Low");
    }

    @Test
    void noOrdersNoData() {
        Score score = evaluate(CustomerSnapshot.builder("none").build(), PUBLISHED, Map.of());
        assertThat(score.value()).isNull();
        assertThat(score.explanation()).isEqualTo("no orders up to 2025-06-30");
    }

    @Test
    void noFiniteSpendNoData() {
        LifetimeFit heavyTailed = new LifetimeFit(0.243, 4.414, 0.793, 2.426, -9582.4, 0.3, 0.5, 10, 100, 50);
        // x = 0 needs q > 1
        Score score = evaluate(Customers.customer("once", 272, 80), heavyTailed, Map.of());
        assertThat(score.value()).isNull();
        assertThat(score.explanation()).contains("no finite expected spend");
        // x = 2: 0.3 x 2 + 0.5 > 1, finite
        assertThat(evaluate(Customers.cdnowExample(), heavyTailed, Map.of()).value()).isPositive();
    }

    @Test
    void endToEndThroughThePopulationFit() {
        List<CustomerSnapshot> customers = Customers.synthetic();
        PopulationStatistics population = Customers.population(customers);
        Parameters oneMonth = Parameters.resolve(ClvModel.DESCRIPTOR.parameters(),
                Map.of("horizonMonths", 1, "margin", 0.4, "monthlyDiscountRate", 0.02));
        LifetimeFit fit = model.fit(population, oneMonth);
        ScoringContext context = new ScoringContext(oneMonth, population, Customers.AS_OF, fit, null);
        for (CustomerSnapshot customer : customers) {
            Score score = model.evaluate(customer, context);
            // one month: CLV = E[Y(52/12)] x expectedSpend x 0.4 / 1.02
            assertThat(score.value()).isCloseTo(component(score, "expectedPurchases")
                    * component(score, "expectedSpend") * 0.4 / 1.02, within(1e-9));
            assertThat(component(score, "p")).isEqualTo(fit.p());
        }
        // expectedSpend by hand for a repeat buyer: s1 bought 10 + 3 + 2 = 15 once more -> x = 1, zbar = 15
        Score s1 = model.evaluate(customers.get(1), context);
        assertThat(component(s1, "expectedSpend")).isCloseTo(fit.p() * (fit.gamma() + 15) / (fit.p() + fit.q() - 1),
                within(1e-9));
    }

    @Test
    void identicalCustomersGiveFiniteValues() {
        List<CustomerSnapshot> customers = Customers.identical(12);
        PopulationStatistics population = Customers.population(customers);
        Parameters parameters = Parameters.defaults(ClvModel.DESCRIPTOR.parameters());
        LifetimeFit fit = model.fit(population, parameters);
        Score score = model.evaluate(customers.get(0), new ScoringContext(parameters, population, Customers.AS_OF,
                fit, null));
        assertThat(score.value()).isNotNull().isFinite().isBetween(0.0, 1e9);
        // everyone's repeat purchases average (30 + 50) / 2 = 40: the expected spend stays near 40
        assertThat(component(score, "expectedSpend")).isCloseTo(40, within(1.0));
    }

    @Test
    void tooSmallPopulationFailsClearly() {
        PopulationStatistics nine = Customers.population(Customers.synthetic().subList(0, 9));
        Parameters parameters = Parameters.defaults(ClvModel.DESCRIPTOR.parameters());
        assertThatThrownBy(() -> model.fit(nine, parameters)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 10 customers");
    }

    @Test
    void isDeterministic() {
        Score first = evaluate(Customers.cdnowExample(), PUBLISHED, Map.of());
        assertThat(evaluate(Customers.cdnowExample(), PUBLISHED, Map.of())).isEqualTo(first);
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("horizonMonths", 0), "horizonMonths");
        assertInvalid(Map.of("horizonMonths", 121), "horizonMonths");
        assertInvalid(Map.of("margin", 1.5), "margin");
        assertInvalid(Map.of("margin", -0.1), "margin");
        assertInvalid(Map.of("monthlyDiscountRate", 0.25), "monthlyDiscountRate");
        assertInvalid(Map.of("highValue", -1), "highValue");
        assertInvalid(Map.of("horizonWeeks", 52), "horizonWeeks");
        // thresholds out of order are caught when scoring
        assertThatThrownBy(() -> evaluate(Customers.cdnowExample(), PUBLISHED,
                Map.of("highValue", 100.0, "mediumValue", 500.0)))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("mediumValue"));
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(ClvModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    private Score evaluate(CustomerSnapshot customer, LifetimeFit fit, Map<String, ?> raw) {
        Parameters parameters = Parameters.resolve(ClvModel.DESCRIPTOR.parameters(), raw);
        return model.evaluate(customer, new ScoringContext(parameters, PopulationStatistics.EMPTY, Customers.AS_OF,
                fit, null));
    }
}
