package io.customerlens.customer;

import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InteractionOutcome;
import io.customerlens.web.InputChecks;
import java.time.Instant;

/**
 * The {@code recordInteraction} input. An OPEN interaction has no {@code resolvedAt}; a RESOLVED or
 * UNRESOLVED one needs it; an ESCALATED one may have it.
 */
public record RecordInteractionInput(String customerId, Instant openedAt, Instant resolvedAt, String channel,
                                     InteractionKind kind, InteractionOutcome outcome, String subject) {

    /** @return the interaction to store, once every field has passed its check */
    public Interaction toInteraction(Instant now) {
        InteractionOutcome ended = outcome == null ? InteractionOutcome.OPEN : outcome;
        InputChecks.of("input")
                .historyTime(openedAt, "openedAt", now)
                .require(kind != null, "kind", "is required; one of INQUIRY, REQUEST, COMPLAINT, FEEDBACK")
                .require(resolvedAt == null || openedAt == null || !resolvedAt.isBefore(openedAt), "resolvedAt",
                        "must not be before openedAt")
                .require(ended != InteractionOutcome.OPEN || resolvedAt == null, "resolvedAt",
                        "must be empty while the outcome is OPEN")
                .require(resolvedAt != null || (ended != InteractionOutcome.RESOLVED && ended != InteractionOutcome.UNRESOLVED),
                        "resolvedAt", "is required when the outcome is " + ended)
                .optionalText(channel, "channel", 100)
                .optionalText(subject, "subject", 500)
                .throwIfInvalid();
        return new Interaction(null, customerId, openedAt, resolvedAt, channel, kind, ended, subject, now);
    }
}
