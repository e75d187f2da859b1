package io.customerlens.plugins.loyaltydrivers;

/**
 * One driver's value for a customer.
 *
 * @param driver the driver
 * @param value  0-100: a 0-10 survey rating x 10, or a behavioural share x 100
 * @param source where the value comes from, e.g. "survey rating 8.0 of 10" or "fallback: 3 of 4 orders at full price"
 */
record DriverValue(Driver driver, double value, String source) {
}
