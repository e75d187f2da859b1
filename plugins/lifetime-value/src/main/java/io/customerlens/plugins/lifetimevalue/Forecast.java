package io.customerlens.plugins.lifetimevalue;

import io.customerlens.plugins.support.FixedPoint;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.PurchasePattern;
import io.customerlens.sdk.ScoringContext;

/**
 * One customer's purchase pattern in weeks under the population fit: what both models start from.
 *
 * @param pattern the customer's pattern, in weeks
 * @param fit     the population fit
 * @param pAlive  P(alive | x, t_x, T)
 */
record Forecast(WeeklyPattern pattern, LifetimeFit fit, double pAlive) {

    static final String FHL_2005 = "Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005) \"Counting Your Customers"
            + " the Easy Way: An Alternative to the Pareto/NBD Model\", Marketing Science 24(2) (BG/NBD:"
            + " likelihood eq. 6, conditional expectation eq. 10)";
    static final String FHL_2008 = "Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2008) note \"Computing P(alive)"
            + " Using the BG/NBD Model\"";
    static final String FHL_2013 = "Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2013) note \"The Gamma-Gamma"
            + " Model of Monetary Value\"";
    static final String FHL_2005_JMR = "Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005) \"RFM and CLV: Using"
            + " Iso-Value Curves for Customer Base Analysis\", Journal of Marketing Research 42(4) (discounted"
            + " expected CLV)";
    static final String PATTERN = "Purchase pattern as of asOf, purchases counted per UTC day (several orders on"
            + " one day are one purchase): x = repeat purchases, t_x = weeks from the first to the last purchase,"
            + " T = weeks from the first purchase to asOf (weeks = days / 7).";
    static final String BG_NBD_FIT = "BG/NBD fit over every buying customer: r, alpha, a, b maximise the sum of"
            + " LL = ln[G(r+x) alpha^r / G(r)] + ln[G(a+b) G(b+x) / (G(b) G(a+b+x))]"
            + " + ln[(alpha+T)^-(r+x) + (x > 0 ? a / (b+x-1) (alpha+t_x)^-(r+x) : 0)], G = gamma function"
            + " (Nelder-Mead on the logarithms, from r = alpha = a = b = 1, restarted until the gain is below"
            + " 1e-10). P(alive) = 1 / (1 + (x > 0 ? a / (b+x-1) ((alpha+T) / (alpha+t_x))^(r+x) : 0)), so"
            + " 1 for x = 0. E[Y(t)] = P(alive) (a+b+x-1) / (a-1) [1 - ((alpha+T) / (alpha+T+t))^(r+x)"
            + " 2F1(r+x, b+x; a+b+x-1; t / (alpha+T+t))], the expected purchases in the next t weeks.";

    /**
     * @param customer the customer, with orders
     * @param context  the context, with the fit
     * @return the forecast, or {@code null} when the customer has no order up to {@code asOf}
     */
    static Forecast of(CustomerSnapshot customer, ScoringContext context) {
        PurchasePattern days = PurchasePattern.of(customer.orders(), context.asOf());
        if (days == null) {
            return null;
        }
        WeeklyPattern weeks = WeeklyPattern.of(days);
        LifetimeFit fit = context.fitted(LifetimeFit.class);
        return new Forecast(weeks, fit, fit.bgNbd().pAlive(weeks.x(), weeks.tx(), weeks.tCal()));
    }

    /**
     * @param weeks a horizon in weeks
     * @return E[Y(weeks) | x, t_x, T]
     */
    double expectedPurchases(double weeks) {
        return fit.bgNbd().expectedPurchases(weeks, pattern.x(), pattern.tx(), pattern.tCal());
    }

    /** @return e.g. "2 repeat purchases, the last 30.4 weeks after the first, 38.9 weeks since the first" */
    String history() {
        return history(pattern);
    }

    /** @return the pattern in words, as {@link #history()} */
    static String history(WeeklyPattern w) {
        if (w.x() == 0) {
            return "No repeat purchase in " + number(w.tCal()) + " weeks since the first";
        }
        return w.x() + " repeat purchase" + (w.x() == 1 ? "" : "s") + ", the last " + number(w.tx())
                + " weeks after the first, " + number(w.tCal()) + " weeks since the first";
    }

    static String number(double value) {
        return FixedPoint.format(value, 2);
    }

    static String percent(double share) {
        return FixedPoint.format(100 * share, 1) + "%";
    }
}
