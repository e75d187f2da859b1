package io.customerlens.scoring;

import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ScoringModel;

/**
 * A model accepted into the catalogue, with its descriptor read once at registration.
 *
 * @param descriptor    the model's descriptor
 * @param model         the model
 * @param pluginId      the contributing plugin
 * @param pluginVersion the plugin's version
 * @param generation    which load of the plugin the model comes from: a plugin reloaded at run time gets a new
 *                      one even when its file and versions are unchanged, and cached results are keyed by it
 */
public record RegisteredModel(ModelDescriptor descriptor, ScoringModel<?> model, String pluginId,
                              String pluginVersion, long generation) {

    /** A model from a source that never reloads. */
    public RegisteredModel(ModelDescriptor descriptor, ScoringModel<?> model, String pluginId, String pluginVersion) {
        this(descriptor, model, pluginId, pluginVersion, 0);
    }

    public String id() {
        return descriptor.id();
    }
}
