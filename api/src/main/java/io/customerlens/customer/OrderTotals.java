package io.customerlens.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
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

    /** @return the summary of one order */
    static OrderTotals of(BigDecimal amount, Instant orderedAt) {
        return new OrderTotals(1, amount, orderedAt, orderedAt);
    }

    /** @return the summary of both summaries' orders */
    OrderTotals plus(OrderTotals other) {
        return new OrderTotals(count + other.count, total.add(other.total),
                earlier(firstOrderAt, other.firstOrderAt), later(lastOrderAt, other.lastOrderAt));
    }

    /** @return whether both summarise the same orders: the same count, instants and amount (whatever its scale) */
    boolean same(OrderTotals other) {
        return count == other.count && total.compareTo(other.total) == 0
                && Objects.equals(firstOrderAt, other.firstOrderAt) && Objects.equals(lastOrderAt, other.lastOrderAt);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
