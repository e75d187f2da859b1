package io.customerlens.customer;

import io.customerlens.sdk.Engagement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer document. {@code orderSummary} and {@code revision} are only ever changed with atomic update
 * operators; {@code revision} grows with every change to the customer or their history, so cached scores
 * keyed by it can never be stale.
 */
@Document("customers")
public record Customer(@Id String id,
                       @Indexed(unique = true) String externalId,
                       String name,
                       String email,
                       String phone,
                       @Indexed String region,
                       @Indexed String channel,
                       @Indexed LocalDate joinedOn,
                       Membership membership,
                       @Indexed List<String> tags,
                       Engagement engagement,
                       OrderTotals orderSummary,
                       long revision,
                       Instant createdAt,
                       Instant updatedAt) {

    public Customer {
        tags = tags == null ? List.of() : List.copyOf(tags);
        orderSummary = orderSummary == null ? OrderTotals.NONE : orderSummary;
        engagement = engagement == null ? Engagement.NONE : engagement;
    }

    /** Field names used in queries and atomic updates. */
    public static final String EXTERNAL_ID = "externalId";
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String REGION = "region";
    public static final String CHANNEL = "channel";
    public static final String JOINED_ON = "joinedOn";
    public static final String MEMBERSHIP = "membership";
    public static final String TAGS = "tags";
    public static final String ENGAGEMENT = "engagement";
    public static final String REVISION = "revision";
    public static final String UPDATED_AT = "updatedAt";
}
