package io.customerlens.scoring;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the model catalogue after plugins changed at run time, and lets go of what the caches hold for plugin
 * loads that left it. Correctness does not depend on the clean-up: cached results and fits are keyed by
 * {@link RegisteredModel#generation()}, so a new load never finds an old load's entries; dropping them frees the
 * memory and, for fits, the unloaded plugin's classes. A call still running on an unloaded model when this runs
 * may put its result in afterwards, under its old key, where nothing reads it until it expires.
 */
@Component
public class CatalogueRefresh {

    private final ModelRegistry registry;
    private final ScoreCache scores;
    private final PopulationFits fits;
    private final PopulationResults viewResults;

    CatalogueRefresh(ModelRegistry registry, ScoreCache scores, PopulationFits fits, PopulationResults viewResults) {
        this.registry = registry;
        this.scores = scores;
        this.fits = fits;
        this.viewResults = viewResults;
    }

    /** Re-reads every model provider, then drops cached entries of models no longer in the catalogue. */
    public void refresh() {
        registry.refresh();
        Set<Long> live = registry.list(null).stream().map(RegisteredModel::generation).collect(Collectors.toSet());
        scores.retain(live);
        fits.retain(live);
        viewResults.retain(live);
    }
}
