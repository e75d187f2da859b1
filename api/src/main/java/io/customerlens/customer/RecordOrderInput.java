package io.customerlens.customer;

import io.customerlens.web.InputChecks;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The {@code recordOrder} input. Amounts are in the store's currency with at most two decimals;
 * {@code amount} is what was paid, after {@code discount}.
 */
public record RecordOrderInput(String customerId, String externalId, Instant orderedAt, Double amount,
                               Integer items, Double discount, String channel) {

    static final double MAX_AMOUNT = 1_000_000_000;

    /** @return the order to store, once every field has passed its check */
    public Order toOrder(Instant now) {
        InputChecks checks = InputChecks.of("input")
                .matches(externalId, CustomerInputs.EXTERNAL_ID, "externalId", "1-100 letters, digits or . _ : -")
                .historyTime(orderedAt, "orderedAt", now)
                .range(items, 1, 10_000, "items")
                .optionalText(channel, "channel", 100);
        BigDecimal paid = checks.money(amount, "amount", MAX_AMOUNT);
        BigDecimal granted = checks.money(discount == null ? 0.0 : discount, "discount", MAX_AMOUNT);
        checks.throwIfInvalid();
        return new Order(null, customerId, externalId, orderedAt, paid, items == null ? 1 : items, granted,
                channel, now);
    }
}
