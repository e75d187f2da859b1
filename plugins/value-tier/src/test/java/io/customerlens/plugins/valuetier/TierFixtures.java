package io.customerlens.plugins.valuetier;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PreviousSegment;
import io.customerlens.sdk.Quantiles;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A population of 20 buying customers and helpers. Type-7 quantiles: h = (20 - 1) p = 19p.
 *
 * <pre>
 * index   0  1  2  3   4   5   6   7   8   9  10  11  12  13  14  15  16  17   18   19
 * spend   0 20 50 80 100 120 150 180 200 250 300 350 400 450 500 600 700 800 1000 1400
 * orders  1  1  1  1   1   2   2   2   2   3   3   3   4   4   5   6   7   8   10   14
 *
 * defaults vipShare 0.05, extendedShare 0.20:
 *   vip      Q(0.95): h = 18.05 -> x18 + 0.05 (x19 - x18)
 *            spend 1000 + 0.05 x 400 = 1020;  orders 10 + 0.05 x 4 = 10.2
 *   extended Q(0.75): h = 14.25 -> x14 + 0.25 (x15 - x14)
 *            spend  500 + 0.25 x 100 = 525;   orders  5 + 0.25 x 1 = 5.25
 * margin 0.10: vip up 1020 x 1.1 = 1122, down 1020 x 0.9 = 918;
 *              extended up 525 x 1.1 = 577.5, down 525 x 0.9 = 472.5
 * </pre>
 */
final class TierFixtures {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    static final PopulationStatistics POPULATION = new PopulationStatistics(20,
            Quantiles.of(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200),
            Quantiles.of(1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 8, 10, 14),
            Quantiles.of(0, 20, 50, 80, 100, 120, 150, 180, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800,
                    1000, 1400),
            AS_OF);

    private static final ValueTierModel MODEL = new ValueTierModel();

    private TierFixtures() {
    }

    /** A customer with the given total spend over the given number of orders, last order 10 days ago. */
    static CustomerSnapshot customer(int orders, double spend) {
        Instant at = AS_OF.minusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC);
        return CustomerSnapshot.builder("c").orderSummary(new OrderSummary(orders, spend, at, at)).build();
    }

    static CustomerSnapshot spending(double spend) {
        return customer(3, spend);
    }

    static Segment evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return evaluate(customer, raw, POPULATION, null);
    }

    /** With the previous tier {@code code}, entered {@code daysAgo} days before AS_OF. */
    static Segment evaluate(CustomerSnapshot customer, String code, long daysAgo) {
        return evaluate(customer, Map.of(), POPULATION, new PreviousSegment(code, AS_OF.minusDays(daysAgo)));
    }

    static Segment evaluate(CustomerSnapshot customer, Map<String, ?> raw, PopulationStatistics population,
                            PreviousSegment previous) {
        Parameters parameters = Parameters.resolve(ValueTierModel.DESCRIPTOR.parameters(), raw);
        return MODEL.evaluate(customer, new ScoringContext(parameters, population, AS_OF, null, previous));
    }

    static double component(Segment segment, String name) {
        return segment.components().stream().filter(c -> c.name().equals(name)).findFirst()
                .map(Component::value).orElseThrow(() -> new AssertionError("no component " + name));
    }
}
