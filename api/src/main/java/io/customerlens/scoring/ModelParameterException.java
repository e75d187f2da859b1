package io.customerlens.scoring;

import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.web.ClassifiedError;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/** A query passed a parameter the chosen model does not accept. */
public class ModelParameterException extends RuntimeException implements ClassifiedError {

    private final String model;
    private final String parameter;

    ModelParameterException(String model, InvalidParameterException cause) {
        super("model '" + model + "': " + cause.getMessage(), cause);
        this.model = model;
        this.parameter = cause.parameter();
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.BAD_REQUEST;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("model", model, "parameter", parameter == null ? "" : parameter);
    }
}
