package io.customerlens.web;

import graphql.ErrorClassification;
import java.time.Duration;
import java.util.Map;

/** A request refused for now because its caller, or the server, has as much work of its kind as it may have. */
public class TooManyRequestsException extends RuntimeException implements ClassifiedError {

    /** The extension that says how long to wait; the HTTP answer carries it as {@code Retry-After}. */
    public static final String RETRY_AFTER = "retryAfterSeconds";

    private final long retryAfterSeconds;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message + "; retry after " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    @Override
    public ErrorClassification errorType() {
        return Overload.TOO_MANY_REQUESTS;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of(RETRY_AFTER, retryAfterSeconds);
    }
}
