package io.customerlens.sdk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a model gets besides the customer: its validated parameters, the population statistics (when
 * declared in {@link ModelDescriptor#inputs()}, otherwise {@link PopulationStatistics#EMPTY}), and the date
 * the evaluation is "as of", which models use instead of the clock so results are reproducible.
 *
 * @param parameters validated parameter values, defaults filled in
 * @param population population statistics
 * @param asOf       the evaluation date
 */
public record ScoringContext(Parameters parameters, PopulationStatistics population, LocalDate asOf) {

    /** Checks the fields. */
    public ScoringContext {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(asOf, "asOf");
        population = population == null ? PopulationStatistics.EMPTY : population;
    }
}
