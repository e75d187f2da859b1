package io.customerlens.plugins.lifetimevalue;

import io.customerlens.sdk.PurchasePattern;

/**
 * A purchase pattern in the models' time unit, weeks.
 *
 * @param x    repeat purchases
 * @param tx   weeks from the first to the last purchase, t_x
 * @param tCal weeks from the first purchase to the evaluation date, T
 * @param zbar mean value of the repeat purchases (0 with none)
 */
record WeeklyPattern(int x, double tx, double tCal, double zbar) {

    static final double DAYS_PER_WEEK = 7;

    /**
     * @param pattern a pattern in days, as the SDK gives it
     * @return the same pattern in weeks
     */
    static WeeklyPattern of(PurchasePattern pattern) {
        return new WeeklyPattern(pattern.repeatPurchases(), pattern.firstToLastDays() / DAYS_PER_WEEK,
                pattern.firstToAsOfDays() / DAYS_PER_WEEK, pattern.meanRepeatValue());
    }

    /** @return whether the Gamma-Gamma spend model can use this customer: a repeat buyer with positive spend */
    boolean repeatBuyer() {
        return x > 0 && zbar > 0;
    }
}
