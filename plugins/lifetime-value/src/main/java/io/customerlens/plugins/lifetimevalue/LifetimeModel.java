package io.customerlens.plugins.lifetimevalue;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationFit;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;

/**
 * What {@link BgNbdModel} and {@link ClvModel} share: the population fit by {@link LifetimeEstimator}, and no
 * data for a customer without an order up to {@code asOf}. Each model scores the customer's {@link Forecast}.
 */
abstract class LifetimeModel implements LoyaltyModel, PopulationFit<LifetimeFit> {

    @Override
    public Class<LifetimeFit> fittedType() {
        return LifetimeFit.class;
    }

    @Override
    public LifetimeFit fit(PopulationStatistics population, Parameters parameters) {
        return LifetimeEstimator.estimate(population.purchasePatterns());
    }

    /** @return false: the horizon, margin and discount rate shape the score, not the fit */
    @Override
    public boolean fitDependsOnParameters() {
        return false;
    }

    @Override
    public final Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        validate(context.parameters());
        Forecast forecast = Forecast.of(customer, context);
        if (forecast == null) {
            return Score.noData(descriptor().scale(), "no orders up to " + context.asOf());
        }
        return score(forecast, context.parameters());
    }

    /**
     * Checks rules across parameters that their ranges cannot express, before anything else; none by default.
     *
     * @throws io.customerlens.sdk.InvalidParameterException if the parameters break such a rule
     */
    void validate(Parameters parameters) {
    }

    /**
     * @param forecast   the customer's forecast: at least one order up to asOf
     * @param parameters the validated parameters
     * @return the score
     */
    abstract Score score(Forecast forecast, Parameters parameters);
}
