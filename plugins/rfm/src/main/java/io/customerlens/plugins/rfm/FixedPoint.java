package io.customerlens.plugins.rfm;

import java.util.Locale;

/**
 * Numbers in reasons and explanations with a fixed number of decimals: the same text as
 * {@code String.format(Locale.ROOT, "%.2f", value)}, at a fraction of its cost, since a model writes several per
 * customer. Values that {@code Math.round} could round differently from the formatter's half-up rule on the shortest
 * decimal form (halfway cases, very large values, NaN) take the formatter's path.
 */
final class FixedPoint {

    private static final long[] POWERS = {1, 10, 100, 1000};

    private FixedPoint() {
    }

    /**
     * @param value    the number
     * @param decimals 0 to 3
     * @return the number rounded half-up to that many decimals
     */
    static String format(double value, int decimals) {
        double scaled = Math.abs(value) * POWERS[decimals];
        if (!(scaled < 1e9) || Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        long units = Math.round(scaled);
        StringBuilder text = new StringBuilder(20);
        if (Double.doubleToRawLongBits(value) < 0) {
            text.append('-');
        }
        text.append(units / POWERS[decimals]);
        if (decimals > 0) {
            String fraction = Long.toString(units % POWERS[decimals]);
            text.append('.');
            for (int i = fraction.length(); i < decimals; i++) {
                text.append('0');
            }
            text.append(fraction);
        }
        return text.toString();
    }
}
