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
 */
public record RegisteredModel(ModelDescriptor descriptor, ScoringModel<?> model, String pluginId,
                              String pluginVersion) {

    public String id() {
        return descriptor.id();
    }
}
