package io.customerlens.webhook;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One segment change sent to one webhook, with every attempt.
 *
 * @param body          the JSON sent, the same at every attempt
 * @param nextAttemptAt when the next attempt is due; null once delivered or dead
 */
@Document(WebhookDelivery.COLLECTION)
public record WebhookDelivery(@Id String id, String webhookId, String customerId, String body, State state,
                              List<Attempt> attempts, Instant nextAttemptAt, Instant createdAt) {

    public static final String COLLECTION = "webhook_deliveries";
    static final String WEBHOOK_ID = "webhookId";
    static final String STATE = "state";
    static final String ATTEMPTS = "attempts";
    static final String NEXT_ATTEMPT_AT = "nextAttemptAt";

    /** PENDING until an attempt gets a 2xx answer (DELIVERED) or the last attempt fails (DEAD). */
    public enum State { PENDING, DELIVERED, DEAD }

    /**
     * One attempt.
     *
     * @param status the HTTP status answered, null when there was no answer
     * @param error  why it failed, null when it got a 2xx answer
     */
    public record Attempt(Instant at, Integer status, String error, long durationMs) {
    }
}
