package io.customerlens.sdk;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A customer's purchasing summarised the way "buy till you die" models (Pareto/NBD, BG/NBD, Gamma-Gamma) read
 * it: purchases are counted per calendar day (UTC), so several orders on one day are one purchase of their
 * summed value. Since 1.1.0.
 *
 * @param repeatPurchases   x: purchase days after the first one
 * @param firstToLastDays   t_x: days from the first to the last purchase day (0 with no repeat purchase)
 * @param firstToAsOfDays   T: days from the first purchase day to the evaluation date
 * @param meanRepeatValue   mean value of the repeat purchases (0 with none)
 */
public record PurchasePattern(int repeatPurchases, double firstToLastDays, double firstToAsOfDays,
                              double meanRepeatValue) {

    /** Checks the fields. */
    public PurchasePattern {
        if (repeatPurchases < 0 || firstToLastDays < 0 || firstToAsOfDays < firstToLastDays
                || !Double.isFinite(meanRepeatValue) || meanRepeatValue < 0) {
            throw new IllegalArgumentException("inconsistent purchase pattern: x=" + repeatPurchases + ", t_x="
                    + firstToLastDays + ", T=" + firstToAsOfDays + ", value=" + meanRepeatValue);
        }
    }

    /**
     * Summarises an order history as of a date; orders after the date are ignored.
     *
     * @param orders the orders, in any order
     * @param asOf   the evaluation date
     * @return the pattern, or {@code null} when there is no order up to {@code asOf}
     */
    public static PurchasePattern of(List<OrderRecord> orders, LocalDate asOf) {
        Map<LocalDate, Double> byDay = new TreeMap<>();
        for (OrderRecord order : orders) {
            LocalDate day = order.orderedAt().atZone(ZoneOffset.UTC).toLocalDate();
            if (!day.isAfter(asOf)) {
                byDay.merge(day, order.amount(), Double::sum);
            }
        }
        if (byDay.isEmpty()) {
            return null;
        }
        List<LocalDate> days = List.copyOf(byDay.keySet());
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        double repeatValue = byDay.entrySet().stream().skip(1).mapToDouble(Map.Entry::getValue).sum();
        int repeats = days.size() - 1;
        return new PurchasePattern(repeats, ChronoUnit.DAYS.between(first, last), ChronoUnit.DAYS.between(first, asOf),
                repeats == 0 ? 0 : repeatValue / repeats);
    }
}
