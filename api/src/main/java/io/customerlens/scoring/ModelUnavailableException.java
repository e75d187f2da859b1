package io.customerlens.scoring;

import java.time.Instant;
import java.util.Map;

/**
 * A model is not called for now: its circuit breaker opened after it failed or timed out repeatedly. Classified
 * like the failures that opened it, with {@code reason: MODEL_UNAVAILABLE}, {@code retryable} and {@code retryAt}.
 */
public class ModelUnavailableException extends ModelFailureException {

    private final Instant retryAt;

    ModelUnavailableException(RegisteredModel model, Instant retryAt) {
        super(model, "is not called until " + retryAt + " after failing or timing out repeatedly (circuit breaker"
                + " open); it is tried again then", null);
        this.retryAt = retryAt;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("model", model().id(), "plugin", model().pluginId(), "reason", "MODEL_UNAVAILABLE",
                "retryable", true, "retryAt", retryAt.toString());
    }
}
