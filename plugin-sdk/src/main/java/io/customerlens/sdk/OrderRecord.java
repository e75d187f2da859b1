package io.customerlens.sdk;

import java.time.Instant;

/**
 * One order in a customer's history.
 *
 * @param orderedAt when the order was placed
 * @param amount    amount paid, after discount
 * @param items     number of items
 * @param discount  discount granted on the order, 0 for none
 * @param channel   sales channel, e.g. {@code "web"}, or {@code null}
 */
public record OrderRecord(Instant orderedAt, double amount, int items, double discount, String channel) {
}
