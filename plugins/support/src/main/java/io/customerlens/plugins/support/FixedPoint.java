package io.customerlens.plugins.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers in reasons and explanations with a fixed number of decimals: the same text as
 * {@code String.format(Locale.ROOT, "%.2f", value)}, at a fraction of its cost, since a model writes several per
 * customer. Values that {@code Math.round} could round differently from the formatter's half-up rule on the shortest
 * decimal form (halfway cases, very large values) are rounded by that rule with {@code BigDecimal}.
 *
 * <p>The bundled plugins copy this class into their own jars (each plugin has its own class loader); it is not part
 * of the SDK, whose contract stays extension points and value types.
 */
public final class FixedPoint {

    private static final long[] POWERS = {1, 10, 100, 1000};

    private FixedPoint() {
    }

    /**
     * @param value    the number
     * @param decimals 0 to 3
     * @return the number rounded half-up to that many decimals
     */
    public static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        double scaled = Math.abs(value) * POWERS[decimals];
        StringBuilder text = new StringBuilder(24);
        if (Double.doubleToRawLongBits(value) < 0) {
            text.append('-');
        }
        if (!(scaled < 1e9) || Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) {
            // The formatter's own rule: half-up on the shortest decimal form, which BigDecimal.valueOf gives.
            return text.append(BigDecimal.valueOf(Math.abs(value)).setScale(decimals, RoundingMode.HALF_UP)
                    .toPlainString()).toString();
        }
        long units = Math.round(scaled);
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
