package io.customerlens.snapshot;

import io.customerlens.scoring.BatchScoring;
import io.customerlens.scoring.RegisteredModel;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import java.util.Map;

/**
 * A checked model choice with its parameters resolved as scoring resolves them (defaults filled in), and the
 * hash its stored scores carry.
 *
 * @param choice     the choice, for {@link BatchScoring}
 * @param params     every parameter value, sorted by name
 * @param paramsHash {@link ParamsHash} of {@code params}
 */
record ModelKey(BatchScoring.Choice choice, Map<String, Object> params, String paramsHash) {

    static ModelKey of(BatchScoring.Choice choice) {
        Map<String, Object> params = Parameters.resolve(choice.model().descriptor().parameters(), choice.params()).asMap();
        return new ModelKey(choice, params, ParamsHash.of(params));
    }

    String modelId() {
        return choice.model().id();
    }

    ModelFamily family() {
        return choice.family();
    }

    /** @return the model as a snapshot records it */
    SnapshotModel describe() {
        RegisteredModel model = choice.model();
        return new SnapshotModel(model.id(), family(), model.descriptor().version(), model.pluginId(),
                model.pluginVersion(), params, paramsHash);
    }

    /** @return e.g. {@code rfm {bins=5, scheme=standard}} */
    @Override
    public String toString() {
        return modelId() + " " + params;
    }
}
