package io.customerlens.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationFit;
import io.customerlens.sdk.PopulationStatistics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Parameters that {@link PopulationFit} models estimate from the whole population, computed once per model
 * version, parameter set (or once for all, for a model whose fit does not read them), population version and
 * evaluation date, and shared by every customer scored with
 * them. Each fit is timed as {@code customerlens.model.fit}; the cache publishes {@code cache.*} metrics with
 * {@code cache=population-fits}.
 */
@Component
class PopulationFits {

    private final Cache<Key, Object> fits = Caffeine.newBuilder().maximumSize(64).recordStats().build();
    private final MeterRegistry meters;

    PopulationFits(MeterRegistry meters) {
        this.meters = meters;
        CaffeineCacheMetrics.monitor(meters, fits, "population-fits");
    }

    private record Key(String model, String version, String pluginVersion, long generation, String params,
                       long population, LocalDate asOf) {
    }

    /** @return the fitted parameters, or null for a model that fits nothing */
    Object fitted(RegisteredModel model, Parameters parameters, PopulationFigures.Versioned population) {
        if (!(model.model() instanceof PopulationFit<?> fit)) {
            return null;
        }
        Key key = new Key(model.id(), model.descriptor().version(), model.pluginVersion(), model.generation(),
                fit.fitDependsOnParameters() ? parameters.canonical() : "", population.version(),
                population.statistics().asOf());
        return fits.get(key, k -> fit(model, fit, parameters, population));
    }

    /** Drops fits of plugin loads no longer in the catalogue: they hold the unloaded plugin's classes. */
    void retain(Set<Long> generations) {
        fits.asMap().keySet().removeIf(key -> !generations.contains(key.generation()));
    }

    /**
     * @return the model fitted to figures that are not the live population's (a past date's), not cached; null for
     *         a model that fits nothing
     */
    Object fittedOnce(RegisteredModel model, Parameters parameters, PopulationStatistics statistics) {
        return model.model() instanceof PopulationFit<?> fit ? fit(model, fit, parameters, statistics) : null;
    }

    private Object fit(RegisteredModel model, PopulationFit<?> fit, Parameters parameters,
                       PopulationFigures.Versioned population) {
        return fit(model, fit, parameters, population.statistics());
    }

    private Object fit(RegisteredModel model, PopulationFit<?> fit, Parameters parameters,
                       PopulationStatistics statistics) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            Object fitted = fit.fit(statistics, parameters);
            if (!fit.fittedType().isInstance(fitted)) {
                throw new ModelFailureException(model, "returned no fitted parameters", null);
            }
            outcome = "success";
            return fitted;
        } catch (ModelFailureException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new ModelFailureException(model, "could not be fitted to the population: " + e.getMessage(), e);
        } finally {
            sample.stop(meters.timer("customerlens.model.fit", "model", model.id(), "outcome", outcome));
        }
    }
}
