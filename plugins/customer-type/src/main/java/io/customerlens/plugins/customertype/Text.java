package io.customerlens.plugins.customertype;

import java.util.Locale;

/** Number formatting shared by the reasons of both customer-type models. */
final class Text {

    private Text() {
    }

    /** @return the value with two decimals, e.g. "0.75" */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** @return e.g. "1 order", "3 orders" */
    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
