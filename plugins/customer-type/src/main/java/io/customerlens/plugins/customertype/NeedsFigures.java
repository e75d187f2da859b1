package io.customerlens.plugins.customertype;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.Lookback;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.ServiceInteraction;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the needs-based type is read from, counted in the lookback window: orders, orders with a discount,
 * service contacts (every interaction but unsolicited feedback) and the days since the last order.
 *
 * @param orders             orders in the window
 * @param discountedOrders   of those, orders with a discount above 0
 * @param serviceContacts    INQUIRY, REQUEST and COMPLAINT interactions opened in the window
 * @param daysSinceLastOrder whole UTC days from the last order in the window to asOf (0 at the latest), -1 without orders
 */
record NeedsFigures(int orders, int discountedOrders, int serviceContacts, long daysSinceLastOrder) {

    static NeedsFigures of(CustomerSnapshot customer, Lookback window, LocalDate asOf) {
        List<OrderRecord> orders = window.filter(customer.orders(), OrderRecord::orderedAt);
        int discounted = (int) orders.stream().filter(order -> order.discount() > 0).count();
        int contacts = (int) window.filter(customer.interactions(), ServiceInteraction::openedAt).stream()
                .filter(interaction -> interaction.kind() != InteractionKind.FEEDBACK).count();
        long days = orders.isEmpty() ? -1 : Math.max(0, ChronoUnit.DAYS.between(
                orders.get(orders.size() - 1).orderedAt().atZone(ZoneOffset.UTC).toLocalDate(), asOf));
        return new NeedsFigures(orders.size(), discounted, contacts, days);
    }

    /** @return discounted orders / orders; only meaningful with orders */
    double discountShare() {
        return orders == 0 ? 0 : discountedOrders / (double) orders;
    }

    /** @return service contacts / orders; only meaningful with orders */
    double contactsPerOrder() {
        return orders == 0 ? 0 : serviceContacts / (double) orders;
    }
}
