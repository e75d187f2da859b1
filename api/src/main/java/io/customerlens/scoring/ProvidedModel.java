package io.customerlens.scoring;

import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ScoringModel;

/**
 * A model offered to the registry, with where it came from.
 *
 * @param model         the model
 * @param family        the extension point it was found through
 * @param pluginId      the plugin that contributed it
 * @param pluginVersion the plugin's version
 * @param generation    which load of the plugin it comes from (see {@link RegisteredModel#generation()})
 */
public record ProvidedModel(ScoringModel<?> model, ModelFamily family, String pluginId, String pluginVersion,
                            long generation) {

    /** A model from a source that never reloads. */
    public ProvidedModel(ScoringModel<?> model, ModelFamily family, String pluginId, String pluginVersion) {
        this(model, family, pluginId, pluginVersion, 0);
    }
}
