package io.customerlens.plugins.lifetimevalue;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PurchasePattern;
import io.customerlens.sdk.Quantiles;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Test customers built from orders, and populations of their purchase patterns. */
final class Customers {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private Customers() {
    }

    /**
     * @param id     customer id
     * @param orders pairs of (days before AS_OF, amount)
     * @return a snapshot with those orders, at noon UTC
     */
    static CustomerSnapshot customer(String id, double... orders) {
        CustomerSnapshot.Builder builder = CustomerSnapshot.builder(id);
        for (int i = 0; i < orders.length; i += 2) {
            builder.order(new OrderRecord(AS_OF.minusDays((long) orders[i]).atTime(12, 0).toInstant(ZoneOffset.UTC),
                    orders[i + 1], 1, 0, "web"));
        }
        return builder.build();
    }

    /**
     * The customer the published CDNOW example describes, in whole days: first purchase 272 days (38.857 weeks)
     * before AS_OF, repeat purchases of 20.00 and 24.70 (mean 22.35), the last 213 days (30.429 weeks) after
     * the first.
     */
    static CustomerSnapshot cdnowExample() {
        return customer("cdnow-1", 272, 30.00, 172, 20.00, 59, 24.70);
    }

    /**
     * Twenty customers with varied histories: customer i first bought 100 + 13 i days ago and then
     * i mod 4 more times, every 17 + i days, spending 10 + 3 i, 12 + 2 i, ... on the repeats.
     */
    static List<CustomerSnapshot> synthetic() {
        List<CustomerSnapshot> customers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int first = 100 + 13 * i;
            List<Double> orders = new ArrayList<>(List.of((double) first, 50.0));
            for (int k = 1; k <= i % 4; k++) {
                orders.add((double) (first - k * (17 + i)));
                orders.add(10.0 + 3 * i + 2 * k);
            }
            customers.add(customer("s" + i, orders.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return customers;
    }

    static PopulationStatistics population(List<CustomerSnapshot> customers) {
        List<PurchasePattern> patterns = customers.stream().map(c -> PurchasePattern.of(c.orders(), AS_OF))
                .filter(p -> p != null).toList();
        return new PopulationStatistics(patterns.size(), Quantiles.EMPTY, Quantiles.EMPTY, Quantiles.EMPTY, AS_OF,
                patterns);
    }

    static List<CustomerSnapshot> identical(int count) {
        List<CustomerSnapshot> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            customers.add(customer("same" + i, 200, 40, 150, 30, 100, 50));
        }
        return customers;
    }
}
