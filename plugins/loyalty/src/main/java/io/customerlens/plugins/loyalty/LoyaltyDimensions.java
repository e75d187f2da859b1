package io.customerlens.plugins.loyalty;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.time.LocalDate;

/**
 * The behavioural and attitudinal loyalty scores with their default parameters, for the models that combine
 * the two dimensions (composite, Dick and Basu). Runs the models themselves, so the figures always match.
 */
final class LoyaltyDimensions {

    private static final BehaviouralLoyaltyModel BEHAVIOURAL = new BehaviouralLoyaltyModel();
    private static final AttitudinalLoyaltyModel ATTITUDINAL = new AttitudinalLoyaltyModel();
    private static final Parameters BEHAVIOURAL_DEFAULTS =
            Parameters.defaults(BehaviouralLoyaltyModel.DESCRIPTOR.parameters());
    private static final Parameters ATTITUDINAL_DEFAULTS =
            Parameters.defaults(AttitudinalLoyaltyModel.DESCRIPTOR.parameters());

    private LoyaltyDimensions() {
    }

    /** @return the behavioural score (default parameters); never "no data" */
    static Score behavioural(CustomerSnapshot customer, LocalDate asOf) {
        return BEHAVIOURAL.evaluate(customer, context(BEHAVIOURAL_DEFAULTS, asOf));
    }

    /** @return the attitudinal score (default parameters: all answers); "no data" without a rated survey */
    static Score attitudinal(CustomerSnapshot customer, LocalDate asOf) {
        return ATTITUDINAL.evaluate(customer, context(ATTITUDINAL_DEFAULTS, asOf));
    }

    /** Neither model reads population statistics. */
    private static ScoringContext context(Parameters parameters, LocalDate asOf) {
        return new ScoringContext(parameters, PopulationStatistics.EMPTY, asOf);
    }
}
