package io.customerlens.scoring;

import io.customerlens.web.ClassifiedError;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * A model failed for one customer: it threw, returned nothing, or returned a result outside its declared
 * scale or segments. Only that field fails; the message names the model and its plugin, never internals.
 */
public class ModelFailureException extends RuntimeException implements ClassifiedError {

    private final RegisteredModel model;

    ModelFailureException(RegisteredModel model, String problem, Throwable cause) {
        super("model '" + model.id() + "' (plugin " + model.pluginId() + " " + model.pluginVersion() + ") "
                + problem, cause);
        this.model = model;
    }

    RegisteredModel model() {
        return model;
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.INTERNAL_ERROR;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("model", model.id(), "plugin", model.pluginId());
    }
}
