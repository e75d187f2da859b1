package io.customerlens.plugins.support;

/**
 * The wording of counts, numbers and shares in reasons and explanations, so every model writes them the same way.
 * Every number goes through {@link FixedPoint}, which writes what {@code String.format} would, at less cost.
 */
public final class Wording {

    private Wording() {
    }

    /** @return the count with its noun, e.g. "1 order", "3 orders" */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** @return the value with two decimals, e.g. "0.75", "12.00": what {@code String.format("%.2f")} writes */
    public static String decimal(double value) {
        return FixedPoint.format(value, 2);
    }

    /** @return the value with at most two decimals and no trailing zeros: 1020, 577.5, 8.33 */
    public static String number(double value) {
        return number(value, 2);
    }

    /**
     * @param value       the number
     * @param maxDecimals 0 to 3
     * @return the number rounded half-up to at most that many decimals, without trailing zeros: 1020, 577.5, 8.33
     */
    public static String number(double value, int maxDecimals) {
        String fixed = FixedPoint.format(value, maxDecimals);
        int end = fixed.length();
        if (maxDecimals > 0) {
            while (fixed.charAt(end - 1) == '0') {
                end--;
            }
            if (fixed.charAt(end - 1) == '.') {
                end--;
            }
        }
        String text = fixed.substring(0, end);
        return text.equals("-0") ? "0" : text;
    }

    /** @return a share as a percentage with at most two decimals: 0.05 -> "5%", 0.12345 -> "12.35%" */
    public static String percent(double share) {
        return percent(share, 2);
    }

    /** @return a share as a percentage with at most {@code maxDecimals} decimals: 0.05 -> "5%", 0.1234 -> "12.3%" */
    public static String percent(double share, int maxDecimals) {
        return number(share * 100, maxDecimals) + "%";
    }
}
