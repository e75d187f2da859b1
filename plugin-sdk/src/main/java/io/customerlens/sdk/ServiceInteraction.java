package io.customerlens.sdk;

import java.time.Duration;
import java.time.Instant;

/**
 * One contact between the customer and customer service.
 *
 * @param openedAt   when it was opened
 * @param resolvedAt when it was closed, or {@code null} while open
 * @param channel    contact channel, e.g. {@code "phone"}, or {@code null}
 * @param kind       what it was about
 * @param outcome    how it ended
 */
public record ServiceInteraction(Instant openedAt, Instant resolvedAt, String channel,
                                 InteractionKind kind, InteractionOutcome outcome) {

    /** @return time from opening to closing, or {@code null} while open */
    public Duration timeToResolve() {
        return resolvedAt == null ? null : Duration.between(openedAt, resolvedAt);
    }
}
