package io.customerlens.sdk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A customer's order totals, kept up to date by the server on every order; always present, even when the
 * model does not read the order history.
 *
 * @param count        number of orders
 * @param total        total spend, in the store's currency
 * @param firstOrderAt time of the first order, or {@code null} without orders
 * @param lastOrderAt  time of the last order, or {@code null} without orders
 */
public record OrderSummary(int count, double total, Instant firstOrderAt, Instant lastOrderAt) {

    /** A summary for a customer without orders. */
    public static final OrderSummary NONE = new OrderSummary(0, 0, null, null);

    /** Checks the fields. */
    public OrderSummary {
        if (count < 0 || !Double.isFinite(total)) {
            throw new IllegalArgumentException("order summary needs count >= 0 and a finite total");
        }
    }

    /** @return mean order value, 0 without orders */
    public double averageOrderValue() {
        return count == 0 ? 0 : total / count;
    }

    /**
     * @param asOf the evaluation date
     * @return whole days (UTC) from the last order to {@code asOf}, never negative; -1 without orders
     */
    public long daysSinceLastOrder(LocalDate asOf) {
        if (lastOrderAt == null) {
            return -1;
        }
        return Math.max(0, ChronoUnit.DAYS.between(lastOrderAt.atZone(ZoneOffset.UTC).toLocalDate(), asOf));
    }
}
