package io.customerlens.snapshot;

import io.customerlens.scoring.ModelRef;
import io.customerlens.sdk.ModelFamily;
import java.util.Map;

/**
 * A model as a snapshot scored it.
 *
 * @param modelId       model id
 * @param family        its family
 * @param version       model version at the start of the run
 * @param pluginId      contributing plugin
 * @param pluginVersion plugin version
 * @param params        every parameter value used, defaults included, by name
 * @param paramsHash    {@link ParamsHash} of the parameter values; stored with every score
 */
public record SnapshotModel(String modelId, ModelFamily family, String version, String pluginId, String pluginVersion,
                            Map<String, Object> params, String paramsHash) {

    /** @return the model reference GraphQL shows */
    public ModelRef model() {
        return new ModelRef(modelId, version, pluginId, pluginVersion, params);
    }

    /** @return whether this is the model with these parameters */
    boolean is(ModelKey key) {
        return modelId.equals(key.modelId()) && paramsHash.equals(key.paramsHash());
    }
}
