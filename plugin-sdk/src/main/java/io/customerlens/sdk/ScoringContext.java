package io.customerlens.sdk;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a model gets besides the customer: its validated parameters, the population statistics (when
 * declared in {@link ModelDescriptor#inputs()}, otherwise {@link PopulationStatistics#EMPTY}), and the date
 * the evaluation is "as of", which models use instead of the clock so results are reproducible.
 *
 * <p>Since 1.1.0 it also carries what a {@link PopulationFit} model estimated from the population, and for
 * models that declare {@link CustomerData#PREVIOUS_SEGMENT} the segment last assigned to the customer.
 *
 * @param parameters validated parameter values, defaults filled in
 * @param population population statistics
 * @param asOf       the evaluation date
 * @param fitted     the model's fitted parameters, or {@code null} for models that fit nothing
 * @param previous   the segment last assigned to this customer by this model and parameters, or {@code null}
 */
public record ScoringContext(Parameters parameters, PopulationStatistics population, LocalDate asOf,
                             Object fitted, PreviousSegment previous) {

    /** Checks the fields. */
    public ScoringContext {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(asOf, "asOf");
        population = population == null ? PopulationStatistics.EMPTY : population;
    }

    /**
     * The 1.0 form: no fitted parameters, no previous segment.
     *
     * @param parameters validated parameter values
     * @param population population statistics
     * @param asOf       the evaluation date
     */
    public ScoringContext(Parameters parameters, PopulationStatistics population, LocalDate asOf) {
        this(parameters, population, asOf, null, null);
    }

    /**
     * @param type the fitted parameters' type, as returned by {@link PopulationFit#fittedType()}
     * @param <F>  that type
     * @return the fitted parameters
     * @throws IllegalStateException when there are none of that type
     */
    public <F> F fitted(Class<F> type) {
        if (!type.isInstance(fitted)) {
            throw new IllegalStateException("no fitted parameters of type " + type.getSimpleName() + " in this context");
        }
        return type.cast(fitted);
    }

    /** @return the previous segment, if the server knows one */
    public Optional<PreviousSegment> previousSegment() {
        return Optional.ofNullable(previous);
    }
}
