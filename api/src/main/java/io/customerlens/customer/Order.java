package io.customerlens.customer;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * An order. {@code externalId}, when given, is unique and makes recording the same order twice harmless.
 */
@Document("orders")
@CompoundIndex(name = "customer_time", def = "{'customerId': 1, 'orderedAt': 1}")
public record Order(@Id String id,
                    String customerId,
                    @Indexed(unique = true, sparse = true) String externalId,
                    Instant orderedAt,
                    @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
                    int items,
                    @Field(targetType = FieldType.DECIMAL128) BigDecimal discount,
                    String channel,
                    Instant recordedAt) {

    static final String CUSTOMER_ID = "customerId";
    static final String AMOUNT = "amount";
    static final String ORDERED_AT = "orderedAt";
}
