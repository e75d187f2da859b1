package io.customerlens.customer;

import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InteractionOutcome;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service interaction: a ticket, complaint or request, when it was opened and resolved, and how it ended.
 * {@code externalId}, when given (imports require it), is unique and makes importing it twice harmless.
 */
@Document("interactions")
@CompoundIndex(name = "customer_time", def = "{'customerId': 1, 'openedAt': 1}")
public record Interaction(@Id String id,
                          String customerId,
                          Instant openedAt,
                          Instant resolvedAt,
                          String channel,
                          InteractionKind kind,
                          InteractionOutcome outcome,
                          String subject,
                          Instant recordedAt,
                          @Indexed(unique = true, sparse = true) String externalId) {

    @PersistenceCreator
    public Interaction {
    }

    /** An interaction without an external id. */
    public Interaction(String id, String customerId, Instant openedAt, Instant resolvedAt, String channel,
                       InteractionKind kind, InteractionOutcome outcome, String subject, Instant recordedAt) {
        this(id, customerId, openedAt, resolvedAt, channel, kind, outcome, subject, recordedAt, null);
    }
}
