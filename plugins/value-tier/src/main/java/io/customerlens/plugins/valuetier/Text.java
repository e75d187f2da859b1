package io.customerlens.plugins.valuetier;

import io.customerlens.plugins.support.FixedPoint;

/** Number wording for reasons. */
final class Text {

    private Text() {
    }

    /** @return the value with at most two decimals and no trailing zeros: 1020, 577.5, 8.33 */
    static String number(double value) {
        String fixed = FixedPoint.format(value, 2);
        int end = fixed.length();
        while (fixed.charAt(end - 1) == '0') {
            end--;
        }
        if (fixed.charAt(end - 1) == '.') {
            end--;
        }
        String text = fixed.substring(0, end);
        return text.equals("-0") ? "0" : text;
    }

    /** @return a share as a percentage: 0.05 -> "5%" */
    static String percent(double share) {
        return number(share * 100) + "%";
    }

    static String days(long days) {
        return days + (days == 1 ? " day" : " days");
    }
}
