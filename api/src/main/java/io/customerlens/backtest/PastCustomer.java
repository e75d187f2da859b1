package io.customerlens.backtest;

import io.customerlens.sdk.CustomerSnapshot;
import java.time.ZoneOffset;

/**
 * A customer as they were at the end of calibration, and what they did in the holdout window.
 *
 * @param asOfCalibration  what the models see
 * @param holdoutPurchases purchase days in the holdout: distinct UTC days with at least one order, as the lifetime
 *                         models count purchases
 * @param holdoutSpend     the summed amount of the holdout's orders
 */
record PastCustomer(CustomerSnapshot asOfCalibration, int holdoutPurchases, double holdoutSpend) {

    boolean boughtAgain() {
        return holdoutPurchases > 0;
    }

    /** @return repeat purchase days in calibration (purchase days after the first), -1 for a customer without orders */
    int calibrationRepeats() {
        return (int) asOfCalibration.orders().stream()
                .map(order -> order.orderedAt().atZone(ZoneOffset.UTC).toLocalDate()).distinct().count() - 1;
    }
}
