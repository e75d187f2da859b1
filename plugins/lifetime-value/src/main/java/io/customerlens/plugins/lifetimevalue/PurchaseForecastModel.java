package io.customerlens.plugins.lifetimevalue;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationFit;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PurchasePattern;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What the purchase forecasts of {@link ParetoNbdModel} and {@link MbgNbdModel} share with {@link BgNbdModel}: a
 * purchase model fitted on every buying customer, the customer's P(alive) × 100 as the value with the same bands,
 * the purchases expected over {@value BgNbdModel#HORIZON_WEEKS} weeks, and no data without an order up to asOf.
 *
 * @param <F> the fitted model, which the server computes once per population version and date
 */
abstract class PurchaseForecastModel<F extends PurchaseForecast> implements LoyaltyModel, PopulationFit<F> {

    private final String name;
    private final Class<F> fittedType;

    /**
     * @return a descriptor builder with what every purchase forecast declares: the loyalty family, version 1.0.0,
     *         the {@code horizonWeeks} parameter, the inputs of {@link BgNbdModel} and its 0-100 scale
     */
    static ModelDescriptor.Builder forecastDescriptor(String id) {
        return ModelDescriptor.builder(id, ModelFamily.LOYALTY)
                .version("1.0.0")
                .parameter(BgNbdModel.HORIZON)
                .inputs(CustomerData.PROFILE, CustomerData.ORDERS, CustomerData.PURCHASE_PATTERNS)
                .scale(BgNbdModel.SCALE);
    }

    /**
     * @param name       the model's short name in reasons, e.g. "Pareto/NBD"
     * @param fittedType the fitted model's class
     */
    PurchaseForecastModel(String name, Class<F> fittedType) {
        this.name = name;
        this.fittedType = fittedType;
    }

    @Override
    public Class<F> fittedType() {
        return fittedType;
    }

    @Override
    public F fit(PopulationStatistics population, Parameters parameters) {
        return fit(population.purchasePatterns().stream().map(WeeklyPattern::of).toList());
    }

    /** @return false: the horizon shapes the forecast, not the fit */
    @Override
    public boolean fitDependsOnParameters() {
        return false;
    }

    /** @return the maximum-likelihood fit on these customers */
    abstract F fit(List<WeeklyPattern> customers);

    /** @return the fitted parameters, as components of every score */
    abstract List<Component> parameters(F fit);

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        PurchasePattern days = PurchasePattern.of(customer.orders(), context.asOf());
        if (days == null) {
            return Score.noData(descriptor().scale(), "no orders up to " + context.asOf());
        }
        WeeklyPattern w = WeeklyPattern.of(days);
        F fit = context.fitted(fittedType);
        int horizon = context.parameters().integer(BgNbdModel.HORIZON_WEEKS);
        double pAlive = fit.pAlive(w.x(), w.tx(), w.tCal());
        double expected = fit.expectedPurchases(horizon, w.x(), w.tx(), w.tCal());
        double value = 100 * pAlive;
        String band = BgNbdModel.band(value);
        List<Component> components = new ArrayList<>(List.of(
                new Component("pAlive", pAlive, "probability the customer is still active"),
                new Component("expectedPurchases", expected, "purchases expected in the next " + horizon + " weeks"),
                new Component("x", w.x(), "repeat purchases (purchase days after the first)"),
                new Component("t_x", w.tx(), "weeks from the first to the last purchase"),
                new Component("T", w.tCal(), "weeks from the first purchase to the evaluation date")));
        components.addAll(parameters(fit));
        return new Score(value, descriptor().scale(), band, components, Forecast.history(w) + ": " + name + " P(alive) "
                + Forecast.percent(pAlive) + ", " + Forecast.number(expected) + " purchases expected in the next "
                + horizon + " weeks: " + band + ".");
    }
}
