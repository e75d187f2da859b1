package io.customerlens.web;

import graphql.ErrorClassification;
import java.util.Map;

/**
 * An exception that knows how it is reported to GraphQL callers: its classification and extra
 * {@code extensions} entries (such as the model id or the allowed values). Its message is shown as is.
 */
public interface ClassifiedError {

    /** @return the error classification: Spring's {@code ErrorType}, or {@link Overload} */
    ErrorClassification errorType();

    /** @return entries to add to the error's {@code extensions} */
    default Map<String, Object> extensions() {
        return Map.of();
    }
}
