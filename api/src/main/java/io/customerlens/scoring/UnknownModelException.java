package io.customerlens.scoring;

import io.customerlens.sdk.ModelFamily;
import io.customerlens.web.ClassifiedError;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/** A query named a model that is not in the catalogue for that family. */
public class UnknownModelException extends RuntimeException implements ClassifiedError {

    private final String model;
    private final ModelFamily family;
    private final List<String> available;

    UnknownModelException(String model, ModelFamily family, List<String> available) {
        super("unknown " + (family == null ? "" : family.name().toLowerCase() + " ") + "model '" + model + "'; available: "
                + (available.isEmpty() ? "none" : String.join(", ", available)));
        this.model = model;
        this.family = family;
        this.available = List.copyOf(available);
    }

    @Override
    public ErrorType errorType() {
        return ErrorType.BAD_REQUEST;
    }

    @Override
    public Map<String, Object> extensions() {
        return family == null ? Map.of("model", model, "availableModels", available)
                : Map.of("model", model, "family", family.name(), "availableModels", available);
    }
}
