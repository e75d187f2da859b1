package io.customerlens.plugins.lifecycle;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.OrderRecord;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A customer's order activity as of a date, in whole UTC days. Orders dated after {@code asOf} are ignored,
 * so evaluating as of a past date sees the customer as they were then.
 *
 * @param orders               orders on or before asOf
 * @param tenureDays           days from the earlier of joinedOn and the first order to asOf, at least 0;
 *                             0 when neither is known
 * @param recencyDays          days from the last order to asOf; -1 without orders
 * @param ordersLastWindow     orders 0 to windowDays - 1 days before asOf
 * @param ordersPreviousWindow orders windowDays to 2 windowDays - 1 days before asOf
 */
record Activity(int orders, long tenureDays, long recencyDays, int ordersLastWindow, int ordersPreviousWindow) {

    static Activity of(CustomerSnapshot customer, LocalDate asOf, int windowDays) {
        List<Long> ages = customer.orders().stream().map(Activity::date)
                .map(date -> ChronoUnit.DAYS.between(date, asOf)).filter(age -> age >= 0).toList();
        LocalDate joined = customer.profile().joinedOn();
        long firstOrderAge = ages.stream().mapToLong(Long::longValue).max().orElse(-1);
        long joinedAge = joined == null ? -1 : ChronoUnit.DAYS.between(joined, asOf);
        long tenure = Math.max(0, Math.max(firstOrderAge, joinedAge));
        long recency = ages.stream().mapToLong(Long::longValue).min().orElse(-1);
        return new Activity(ages.size(), tenure, recency, count(ages, 0, windowDays),
                count(ages, windowDays, 2L * windowDays));
    }

    /** @return the relative change in order count, (last - previous) / max(1, previous) */
    double trend() {
        return (ordersLastWindow - ordersPreviousWindow) / (double) Math.max(1, ordersPreviousWindow);
    }

    private static int count(List<Long> ages, long from, long to) {
        return (int) ages.stream().filter(age -> age >= from && age < to).count();
    }

    private static LocalDate date(OrderRecord order) {
        return order.orderedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
