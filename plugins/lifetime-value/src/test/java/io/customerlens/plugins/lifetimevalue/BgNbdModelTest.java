package io.customerlens.plugins.lifetimevalue;

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

class BgNbdModelTest {

    /** The published CDNOW parameters as a fit, so results can be checked by hand. */
    static final LifetimeFit PUBLISHED = new LifetimeFit(0.243, 4.414, 0.793, 2.426, -9582.4,
            6.25, 3.74, 15.44, 2357, 946);

    private final BgNbdModel model = new BgNbdModel();

    @Test
    void cdnowExampleCustomer() {
        // x = 2, t_x = 213 / 7 = 30.43 weeks, T = 272 / 7 = 38.86 weeks: P(alive) = 0.7265897 (see BgNbdTest)
        Score score = evaluate(Customers.cdnowExample(), PUBLISHED, Map.of("horizonWeeks", 39));
        assertThat(score.value()).isCloseTo(72.65897218, within(1e-7));
        assertThat(score.band()).isEqualTo("Active");
        assertThat(component(score, "x")).isEqualTo(2);
        assertThat(component(score, "t_x")).isCloseTo(30.4285714, within(1e-7));
        assertThat(component(score, "T")).isCloseTo(38.8571429, within(1e-7));
        // mpmath: E[Y(39) | 2, 213/7, 272/7] = 1.22611581 (published 1.226 for 30.43, 38.86)
        assertThat(component(score, "expectedPurchases")).isCloseTo(1.22611581, within(1e-8));
        assertThat(component(score, "r")).isEqualTo(0.243);
        assertThat(score.explanation()).isEqualTo("2 repeat purchases, the last 30.43 weeks after the first,"
                + " 38.86 weeks since the first: P(alive) 72.7%, 1.23 purchases expected in the next 39 weeks:"
                + " Active.");
    }

    @Test
    void defaultHorizonIsOneYear() {
        // mpmath: E[Y(52) | 2, 213/7, 272/7] = 1.55882897
        Score score = evaluate(Customers.cdnowExample(), PUBLISHED, Map.of());
        assertThat(component(score, "expectedPurchases")).isCloseTo(1.55882897, within(1e-8));
    }

    @Test
    void oneOrderMeansAliveByAssumption() {
        // x = 0: BG/NBD's P(alive) = 1, whatever the time since the purchase
        Score score = evaluate(Customers.customer("once", 300, 80), PUBLISHED, Map.of());
        assertThat(score.value()).isEqualTo(100);
        assertThat(score.band()).isEqualTo("Active");
        assertThat(score.explanation()).startsWith("No repeat purchase in 42.86 weeks since the first: P(alive)"
                + " 100.0% (BG/NBD lets customers drop out only after a repeat purchase)");
    }

    @Test
    void longSilenceAfterFrequentBuyingIsLapsed() {
        // x = 5 in the first 4 weeks, then 300 days silent: 0.793 / (2.426 + 4) = 0.123405;
        // ((4.414 + 328/7) / (4.414 + 28/7))^5.243 = (51.271 / 8.414)^5.243 = 6.093552^5.243 = 13033.9;
        // P(alive) = 1 / (1 + 0.123405 x 13033.9) = 0.00062133 -> 0.062133 on 0-100
        Score score = evaluate(Customers.customer("burst", 328, 10, 321, 10, 314, 10, 307, 10, 303, 10, 300, 10),
                PUBLISHED, Map.of());
        assertThat(score.value()).isCloseTo(0.062133, within(1e-6));
        assertThat(score.band()).isEqualTo("Likely lapsed");
    }

    @Test
    void bands() {
        assertThat(BgNbdModel.band(70)).isEqualTo("Active");
        assertThat(BgNbdModel.band(69.99)).isEqualTo("At risk");
        assertThat(BgNbdModel.band(30)).isEqualTo("At risk");
        assertThat(BgNbdModel.band(29.99)).isEqualTo("Likely lapsed");
    }

    @Test
    void noOrdersNoData() {
        Score score = evaluate(CustomerSnapshot.builder("none").build(), PUBLISHED, Map.of());
        assertThat(score.value()).isNull();
        assertThat(score.band()).isEqualTo("No data");
        assertThat(score.explanation()).isEqualTo("no orders up to 2025-06-30");
        // orders after asOf do not count
        assertThat(evaluate(Customers.customer("future", -3, 20), PUBLISHED, Map.of()).value()).isNull();
    }

    @Test
    void endToEndThroughThePopulationFit() {
        List<CustomerSnapshot> customers = Customers.synthetic();
        PopulationStatistics population = Customers.population(customers);
        Parameters parameters = Parameters.defaults(BgNbdModel.DESCRIPTOR.parameters());
        LifetimeFit fit = model.fit(population, parameters);
        assertThat(model.fittedType()).isEqualTo(LifetimeFit.class);
        assertThat(fit).isEqualTo(new ClvModel().fit(population, parameters));
        ScoringContext context = new ScoringContext(parameters, population, Customers.AS_OF, fit, null);
        for (CustomerSnapshot customer : customers) {
            Score score = model.evaluate(customer, context);
            // P(alive) by hand from the components:
            // 1 / (1 + [x > 0] a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x))
            double x = component(score, "x");
            double ratio = (fit.alpha() + component(score, "T")) / (fit.alpha() + component(score, "t_x"));
            double odds = x == 0 ? 0 : fit.a() / (fit.b() + x - 1) * Math.pow(ratio, fit.r() + x);
            assertThat(score.value()).isCloseTo(100 / (1 + odds), within(1e-9));
            assertThat(component(score, "pAlive")).isCloseTo(score.value() / 100, within(1e-12));
            assertThat(component(score, "expectedPurchases")).isPositive().isFinite();
        }
    }

    @Test
    void isDeterministic() {
        Score first = evaluate(Customers.cdnowExample(), PUBLISHED, Map.of());
        assertThat(evaluate(Customers.cdnowExample(), PUBLISHED, Map.of())).isEqualTo(first);
    }

    @Test
    void needsTheFit() {
        ScoringContext unfitted = new ScoringContext(Parameters.defaults(BgNbdModel.DESCRIPTOR.parameters()),
                PopulationStatistics.EMPTY, Customers.AS_OF);
        assertThatThrownBy(() -> model.evaluate(Customers.cdnowExample(), unfitted))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LifetimeFit");
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("horizonWeeks", 0), "horizonWeeks");
        assertInvalid(Map.of("horizonWeeks", 521), "horizonWeeks");
        assertInvalid(Map.of("horizonWeeks", 1.5), "horizonWeeks");
        assertInvalid(Map.of("horizonMonths", 12), "horizonMonths");
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(BgNbdModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    private Score evaluate(CustomerSnapshot customer, LifetimeFit fit, Map<String, ?> raw) {
        Parameters parameters = Parameters.resolve(BgNbdModel.DESCRIPTOR.parameters(), raw);
        return model.evaluate(customer, new ScoringContext(parameters, PopulationStatistics.EMPTY, Customers.AS_OF,
                fit, null));
    }

    static double component(Score score, String name) {
        return score.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value();
    }
}
