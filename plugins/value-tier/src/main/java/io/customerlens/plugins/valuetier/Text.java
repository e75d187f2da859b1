package io.customerlens.plugins.valuetier;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number wording for reasons. */
final class Text {

    private Text() {
    }

    /** @return the value with at most two decimals and no trailing zeros: 1020, 577.5, 8.33 */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** @return a share as a percentage: 0.05 -> "5%" */
    static String percent(double share) {
        return number(share * 100) + "%";
    }

    static String days(long days) {
        return days + (days == 1 ? " day" : " days");
    }
}
