package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The served Pareto/NBD and MBG/NBD forecasts: the CDNOW example customer (x = 2, t_x = 213/7, T = 272/7 weeks)
 * under the CDNOW estimates, against values computed independently with SciPy, and the population fit end to end.
 */
class PurchaseForecastModelsTest {

    private static final ParetoNbd PARETO_CDNOW = new ParetoNbd(0.553, 10.578, 0.606, 11.669);
    private static final MbgNbd MBG_CDNOW = new MbgNbd(0.525, 6.183, 0.891, 1.614);

    @Test
    void paretoNbdScoresTheCdnowExample() {
        Score score = evaluate(new ParetoNbdModel(), Customers.cdnowExample(), PARETO_CDNOW, Map.of("horizonWeeks", 39));

        assertThat(score.value()).isCloseTo(86.91861547, within(1e-6));
        assertThat(score.band()).isEqualTo("Active");
        assertThat(component(score, "expectedPurchases")).isCloseTo(1.4552261309, within(1e-8));
        assertThat(component(score, "s")).isEqualTo(0.606);
        assertThat(score.explanation()).isEqualTo("2 repeat purchases, the last 30.43 weeks after the first,"
                + " 38.86 weeks since the first: Pareto/NBD P(alive) 86.9%, 1.46 purchases expected in the next"
                + " 39 weeks: Active.");
    }

    @Test
    void mbgNbdScoresTheCdnowExampleAndLetsOneTimeBuyersLapse() {
        Score score = evaluate(new MbgNbdModel(), Customers.cdnowExample(), MBG_CDNOW, Map.of("horizonWeeks", 39));
        assertThat(score.value()).isCloseTo(70.62150555, within(1e-6));
        assertThat(component(score, "expectedPurchases")).isCloseTo(1.2630502633, within(1e-8));

        // one purchase 300 days ago: BG/NBD says alive for sure, MBG/NBD and Pareto/NBD do not
        Score once = evaluate(new MbgNbdModel(), Customers.customer("once", 300, 80), MBG_CDNOW, Map.of());
        assertThat(once.value()).isCloseTo(37.91724395, within(1e-6));
        assertThat(once.band()).isEqualTo("At risk");
        assertThat(evaluate(new ParetoNbdModel(), Customers.customer("once", 300, 80), PARETO_CDNOW, Map.of()).value())
                .isCloseTo(27.34272550, within(1e-6));
    }

    @Test
    void descriptorsNameTheirFormulaInputsScaleAndSource() {
        for (PurchaseForecastModel<?> model : List.of(new ParetoNbdModel(), new MbgNbdModel())) {
            var descriptor = model.descriptor();
            assertThat(descriptor.family()).isEqualTo(ModelFamily.LOYALTY);
            assertThat(descriptor.inputs()).containsExactlyInAnyOrder(CustomerData.PROFILE, CustomerData.ORDERS,
                    CustomerData.PURCHASE_PATTERNS);
            assertThat(descriptor.scale()).isEqualTo(BgNbdModel.SCALE);
            assertThat(descriptor.formula()).contains("P(alive)", "E[Y(t)]", "Active >= 70");
            assertThat(Parameters.defaults(descriptor.parameters()).canonical()).isEqualTo("horizonWeeks=52");
        }
        assertThat(new ParetoNbdModel().descriptor().id()).isEqualTo("pareto-nbd");
        assertThat(new ParetoNbdModel().descriptor().source()).contains("Schmittlein", "Management Science 33(1)");
        assertThat(new MbgNbdModel().descriptor().id()).isEqualTo("mbg-nbd");
        assertThat(new MbgNbdModel().descriptor().source()).contains("Batislam", "2007");
    }

    @Test
    void endToEndThroughThePopulationFit() {
        List<CustomerSnapshot> customers = Customers.synthetic();
        PopulationStatistics population = Customers.population(customers);
        ParetoNbdModel pareto = new ParetoNbdModel();
        Parameters parameters = Parameters.defaults(pareto.descriptor().parameters());
        ParetoNbd fit = pareto.fit(population, parameters);
        assertThat(pareto.fittedType()).isEqualTo(ParetoNbd.class);
        ScoringContext context = new ScoringContext(parameters, population, Customers.AS_OF, fit, null);
        for (CustomerSnapshot customer : customers) {
            Score score = pareto.evaluate(customer, context);
            assertThat(score.value()).isBetween(0.0, 100.0);
            assertThat(component(score, "pAlive")).isCloseTo(fit.pAlive((int) component(score, "x"),
                    component(score, "t_x"), component(score, "T")), within(1e-12));
        }
        assertThat(pareto.evaluate(CustomerSnapshot.builder("none").build(), context).band()).isEqualTo("No data");
    }

    private static Score evaluate(PurchaseForecastModel<?> model, CustomerSnapshot customer, Object fit,
                                  Map<String, ?> raw) {
        Parameters parameters = Parameters.resolve(model.descriptor().parameters(), raw);
        return model.evaluate(customer, new ScoringContext(parameters, PopulationStatistics.EMPTY, Customers.AS_OF,
                fit, null));
    }

    private static double component(Score score, String name) {
        return score.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value();
    }
}
