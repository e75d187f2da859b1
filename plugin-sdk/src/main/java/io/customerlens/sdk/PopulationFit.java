package io.customerlens.sdk;

/**
 * Implemented, besides its extension point, by a model that estimates parameters from the whole population
 * before scoring anyone, such as BG/NBD by maximum likelihood. The server calls {@link #fit} once per
 * population version, evaluation date and parameter set (once for every parameter set when
 * {@link #fitDependsOnParameters()} is false), caches the result, and hands it to every
 * {@link ScoringModel#evaluate} call as {@link ScoringContext#fitted(Class)}. Since 1.1.0.
 *
 * @param <F> the fitted parameters, an immutable value
 */
public interface PopulationFit<F> {

    /** @return the type of the fitted parameters */
    Class<F> fittedType();

    /**
     * Estimates the parameters.
     *
     * @param population the population statistics, with what the descriptor declares (e.g. purchase patterns)
     * @param parameters the validated parameters
     * @return the fitted parameters, never {@code null}
     * @throws IllegalStateException when the population cannot support a fit (e.g. too few customers)
     */
    F fit(PopulationStatistics population, Parameters parameters);

    /**
     * Whether the fit reads the parameters. A model whose parameters only shape the score (a horizon, a margin)
     * returns false, so that the server fits it once for all of them instead of once per parameter set: a query that
     * asks for many parameter sets then costs one fit, not one each.
     *
     * @return true by default
     * @since 1.2.0
     */
    default boolean fitDependsOnParameters() {
        return true;
    }
}
