package io.customerlens.customer;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * The order summary embedded in a customer, kept exact by {@code $inc}, {@code $min} and {@code $max}.
 *
 * @param count        number of orders
 * @param total        total spend, stored as Decimal128 so that increments stay exact
 * @param firstOrderAt first order time, or null
 * @param lastOrderAt  last order time, or null
 */
public record OrderTotals(int count,
                          @Field(targetType = FieldType.DECIMAL128) BigDecimal total,
                          Instant firstOrderAt,
                          Instant lastOrderAt) {

    public static final OrderTotals NONE = new OrderTotals(0, BigDecimal.ZERO, null, null);

    public OrderTotals {
        total = total == null ? BigDecimal.ZERO : total;
    }

    public static final String COUNT = "orderSummary.count";
    public static final String TOTAL = "orderSummary.total";
    public static final String FIRST_ORDER_AT = "orderSummary.firstOrderAt";
    public static final String LAST_ORDER_AT = "orderSummary.lastOrderAt";
}
