package io.customerlens.economics;

import java.math.BigDecimal;

/**
 * What one customer did in a window.
 *
 * @param revenue      sum of order amounts (paid, after discount)
 * @param orders       number of orders
 * @param interactions service interactions opened
 */
record Activity(BigDecimal revenue, int orders, int interactions) {

    static final Activity NONE = new Activity(BigDecimal.ZERO, 0, 0);

    Activity plusOrder(BigDecimal amount) {
        return new Activity(revenue.add(amount), orders + 1, interactions);
    }

    Activity plusInteraction() {
        return new Activity(revenue, orders, interactions + 1);
    }
}
