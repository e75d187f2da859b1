package io.customerlens.plugins.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One hand-built customer per stage, as of 2025-06-30 with the defaults: newDays 90, windowDays 180
 * (last window: orders 0-179 days ago, previous window: 180-359 days ago), lapsedDays 180,
 * churnedDays 365, matureTenureDays 365, trendThreshold 0.25. Orders are given as days before asOf.
 */
class LifecycleModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private final LifecycleModel model = new LifecycleModel();

    @Test
    void prospectHasNoOrders() {
        Segment prospect = evaluate(joined(40));
        assertThat(prospect.code()).isEqualTo("prospect");
        assertThat(prospect.label()).isEqualTo("Prospect");
        assertThat(prospect.rank()).isEqualTo(7);
        assertThat(prospect.reasons()).containsExactly("no orders yet", "customer for 40 days");
        assertThat(prospect.components()).extracting(Component::name).containsExactly("tenureDays");
        assertThat(component(prospect, "tenureDays")).isEqualTo(40);
        // without a join date tenure is 0
        assertThat(component(evaluate(CustomerSnapshot.builder("p").build()), "tenureDays")).isZero();
    }

    @Test
    void churnedAfterChurnedDaysWithoutAnOrder() {
        // last order 400 days ago >= 365
        Segment churned = evaluate(orders(500, 400));
        assertThat(churned.code()).isEqualTo("churned");
        assertThat(churned.rank()).isEqualTo(6);
        assertThat(churned.reasons()).containsExactly("last order 400 days ago: at least 365 days (churnedDays)",
                "customer for 500 days, last order 400 days ago, 0 orders in the last 180 days and 0 in the 180 days"
                        + " before");
        // boundary: exactly 365 is churned, 364 lapsed
        assertThat(evaluate(orders(365)).code()).isEqualTo("churned");
        assertThat(evaluate(orders(364)).code()).isEqualTo("lapsed");
    }

    @Test
    void lapsedBetweenLapsedAndChurnedDays() {
        // last order 200 days ago: >= 180, < 365
        Segment lapsed = evaluate(orders(300, 200));
        assertThat(lapsed.code()).isEqualTo("lapsed");
        assertThat(lapsed.rank()).isEqualTo(5);
        assertThat(lapsed.reasons()).first()
                .isEqualTo("last order 200 days ago: at least 180 days (lapsedDays), under 365 days (churnedDays)");
        // boundary: exactly 180 is lapsed; 179 is not (tenure 179 >= 90, trend (1 - 0) / 1 = 1 -> growing)
        assertThat(evaluate(orders(180)).code()).isEqualTo("lapsed");
        assertThat(evaluate(orders(179)).code()).isEqualTo("growing");
    }

    @Test
    void newBelowNewDaysOfTenure() {
        // joined 60 days ago, orders 60 and 10 days ago: tenure 60 < 90
        Segment fresh = evaluate(customer(60, 60, 10));
        assertThat(fresh.code()).isEqualTo("new");
        assertThat(fresh.label()).isEqualTo("New");
        assertThat(fresh.rank()).isEqualTo(3);
        assertThat(fresh.reasons()).first().isEqualTo("customer for 60 days: under 90 days (newDays)");
        // boundary: tenure 89 is new, 90 is not (trend (2 - 0) / 1 = 2 -> growing)
        assertThat(evaluate(orders(89, 5)).code()).isEqualTo("new");
        assertThat(evaluate(orders(90, 5)).code()).isEqualTo("growing");
    }

    @Test
    void tenureCountsFromTheEarlierOfJoiningAndTheFirstOrder() {
        // joined 400 days ago, first order 30 days ago: tenure 400, not new; trend (1 - 0) / 1 = 1 -> growing
        Segment joinedEarly = evaluate(customer(400, 30));
        assertThat(joinedEarly.code()).isEqualTo("growing");
        assertThat(component(joinedEarly, "tenureDays")).isEqualTo(400);
        // joined 10 days ago but first order 100 days ago (imported history): tenure 100
        assertThat(component(evaluate(customer(10, 100)), "tenureDays")).isEqualTo(100);
    }

    @Test
    void growingWhenOrdersRise() {
        // last window 100, 50, 10 -> 3; previous window 300 -> 1; 400 is outside both
        // trend = (3 - 1) / max(1, 1) = 2 >= 0.25
        Segment growing = evaluate(orders(400, 300, 100, 50, 10));
        assertThat(growing.code()).isEqualTo("growing");
        assertThat(growing.rank()).isEqualTo(2);
        assertThat(growing.reasons()).containsExactly(
                "order count +200% on the window before: at or above +25% (trendThreshold)",
                "customer for 400 days, last order 10 days ago, 3 orders in the last 180 days and 1 in the 180 days"
                        + " before");
        assertThat(growing.components()).extracting(Component::name).containsExactly(
                "tenureDays", "recencyDays", "ordersLastWindow", "ordersPreviousWindow", "trend");
        assertThat(component(growing, "tenureDays")).isEqualTo(400);
        assertThat(component(growing, "recencyDays")).isEqualTo(10);
        assertThat(component(growing, "ordersLastWindow")).isEqualTo(3);
        assertThat(component(growing, "ordersPreviousWindow")).isEqualTo(1);
        assertThat(component(growing, "trend")).isEqualTo(2);
    }

    @Test
    void decliningWhenOrdersFall() {
        // previous window 350, 300, 250, 200 -> 4; last window 100, 20 -> 2; trend (2 - 4) / 4 = -0.5 <= -0.25
        Segment declining = evaluate(orders(400, 350, 300, 250, 200, 100, 20));
        assertThat(declining.code()).isEqualTo("declining");
        assertThat(declining.rank()).isEqualTo(4);
        assertThat(declining.reasons()).first()
                .isEqualTo("order count -50% on the window before: at or below -25% (trendThreshold)");
        assertThat(component(declining, "trend")).isEqualTo(-0.5);
    }

    @Test
    void matureWithLongTenureAndASteadyRate() {
        // previous 300, 200 -> 2; last 100, 20 -> 2; trend 0; tenure 400 >= 365
        Segment mature = evaluate(orders(400, 300, 200, 100, 20));
        assertThat(mature.code()).isEqualTo("mature");
        assertThat(mature.label()).isEqualTo("Mature");
        assertThat(mature.rank()).isEqualTo(1);
        assertThat(mature.reasons()).first().isEqualTo(
                "customer for 400 days: at least 365 days (matureTenureDays), order count steady (0% on the window"
                        + " before)");
    }

    @Test
    void growingWhenSteadyButNotYetMature() {
        // tenure 200 (>= 90, < 365); previous 200 -> 1, last 100 -> 1; trend 0
        Segment developing = evaluate(orders(200, 100));
        assertThat(developing.code()).isEqualTo("growing");
        assertThat(developing.reasons()).first().isEqualTo("customer for 200 days: past 90 days (newDays) but under"
                + " 365 days (matureTenureDays), order count steady (0% on the window before)");
        // tenure boundary: 365 is mature, 364 still growing
        assertThat(evaluate(orders(365 - 1, 200, 100)).code()).isEqualTo("growing");
        assertThat(evaluate(customer(365, 200, 100)).code()).isEqualTo("mature");
    }

    @Test
    void trendBoundaries() {
        // previous 300, 290, 280, 270 -> 4; last 5: (5 - 4) / 4 = 0.25 >= 0.25 -> growing
        assertThat(evaluate(orders(400, 300, 290, 280, 270, 50, 40, 30, 20, 10)).code()).isEqualTo("growing");
        // last 3: (3 - 4) / 4 = -0.25 <= -0.25 -> declining
        assertThat(evaluate(orders(400, 300, 290, 280, 270, 30, 20, 10)).code()).isEqualTo("declining");
        // previous 5, last 6: (6 - 5) / 5 = 0.2 < 0.25 -> steady, tenure 400 -> mature
        assertThat(evaluate(orders(400, 300, 290, 280, 270, 260, 60, 50, 40, 30, 20, 10)).code())
                .isEqualTo("mature");
        // previous 0, last 1: (1 - 0) / max(1, 0) = 1 -> growing
        assertThat(component(evaluate(customer(400, 10)), "trend")).isEqualTo(1);
    }

    @Test
    void windowBoundaries() {
        // 180 days ago falls in the previous window, 179 in the last; 360 in neither
        Segment s = evaluate(orders(360, 180, 179, 10));
        assertThat(component(s, "ordersLastWindow")).isEqualTo(2);
        assertThat(component(s, "ordersPreviousWindow")).isEqualTo(1);
        // (2 - 1) / 1 = 1 -> growing
        assertThat(s.code()).isEqualTo("growing");
    }

    @Test
    void oneOrder() {
        // 100 days ago: tenure 100, recency 100, last 1, previous 0 -> trend 1 -> growing
        Segment one = evaluate(orders(100));
        assertThat(one.code()).isEqualTo("growing");
        assertThat(one.reasons()).last().isEqualTo(
                "customer for 100 days, last order 100 days ago, 1 order in the last 180 days and 0 in the 180 days"
                        + " before");
        // 30 days ago: tenure 30 -> new; 200 days ago -> lapsed; today -> new with recency 0
        assertThat(evaluate(orders(30)).code()).isEqualTo("new");
        assertThat(evaluate(orders(200)).code()).isEqualTo("lapsed");
        assertThat(component(evaluate(orders(0)), "recencyDays")).isZero();
    }

    @Test
    void ordersAfterAsOfAreIgnored() {
        // an order 5 days after asOf: none counted -> prospect
        assertThat(evaluate(orders(-5)).code()).isEqualTo("prospect");
        // alongside 100 days ago: only that one counts
        Segment s = evaluate(orders(100, -5));
        assertThat(component(s, "recencyDays")).isEqualTo(100);
        assertThat(component(s, "ordersLastWindow")).isEqualTo(1);
    }

    @Test
    void parametersMoveTheThresholds() {
        // lapsedDays 30, churnedDays 60: last order 45 days ago -> lapsed; 60 -> churned
        Map<String, ?> strict = Map.of("lapsedDays", 30, "churnedDays", 60);
        assertThat(evaluate(orders(400, 45), strict).code()).isEqualTo("lapsed");
        assertThat(evaluate(orders(400, 60), strict).code()).isEqualTo("churned");
        // windowDays 90: last 0-89 -> 50, 10 = 2; previous 90-179 -> 100 = 1; trend 1 -> growing
        Segment shortWindow = evaluate(orders(400, 300, 200, 100, 50, 10), Map.of("windowDays", 90));
        assertThat(component(shortWindow, "ordersLastWindow")).isEqualTo(2);
        assertThat(shortWindow.code()).isEqualTo("growing");
        // trendThreshold 2.5: trend 2 is steady -> tenure 400 -> mature
        assertThat(evaluate(orders(400, 300, 100, 50, 10), Map.of("trendThreshold", 2.5)).code())
                .isEqualTo("mature");
        // newDays 0: nobody is new; tenure 30, trend 1 -> growing
        assertThat(evaluate(orders(30), Map.of("newDays", 0)).code()).isEqualTo("growing");
    }

    @Test
    void churnedDaysMustExceedLapsedDays() {
        for (Map<String, ?> raw : List.of(Map.of("lapsedDays", 180, "churnedDays", 180),
                Map.of("lapsedDays", 400))) {
            // checked in evaluate, for every customer including prospects
            for (CustomerSnapshot customer : new CustomerSnapshot[] {orders(10), joined(5)}) {
                assertThatThrownBy(() -> evaluate(customer, raw))
                        .isInstanceOfSatisfying(InvalidParameterException.class,
                                e -> assertThat(e.parameter()).isEqualTo("churnedDays"))
                        .hasMessageContaining("must be greater than lapsedDays");
            }
        }
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("newDays", -1), "newDays");
        assertInvalid(Map.of("windowDays", 0), "windowDays");
        assertInvalid(Map.of("windowDays", 1826), "windowDays");
        assertInvalid(Map.of("lapsedDays", 0), "lapsedDays");
        assertInvalid(Map.of("churnedDays", 7301), "churnedDays");
        assertInvalid(Map.of("matureTenureDays", 1.5), "matureTenureDays");
        assertInvalid(Map.of("trendThreshold", 0), "trendThreshold");
        assertInvalid(Map.of("trendThreshold", 11), "trendThreshold");
        assertInvalid(Map.of("stages", 7), "stages");
    }

    @Test
    void sameInputSameResult() {
        CustomerSnapshot customer = orders(400, 350, 300, 250, 200, 100, 20);
        assertThat(evaluate(customer)).isEqualTo(evaluate(customer));
    }

    private Segment evaluate(CustomerSnapshot customer) {
        return evaluate(customer, Map.of());
    }

    private Segment evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        Parameters parameters = Parameters.resolve(LifecycleModel.DESCRIPTOR.parameters(), raw);
        return model.evaluate(customer, new ScoringContext(parameters, null, AS_OF));
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(LifecycleModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    private static CustomerSnapshot joined(int daysAgo) {
        return CustomerSnapshot.builder("c").joinedOn(AS_OF.minusDays(daysAgo)).build();
    }

    /** Orders at the given days before asOf, no join date. */
    private static CustomerSnapshot orders(int... daysAgo) {
        return build(CustomerSnapshot.builder("c"), daysAgo);
    }

    /** Joined {@code joinedDaysAgo} days before asOf, with orders at the given days before asOf. */
    private static CustomerSnapshot customer(int joinedDaysAgo, int... daysAgo) {
        return build(CustomerSnapshot.builder("c").joinedOn(AS_OF.minusDays(joinedDaysAgo)), daysAgo);
    }

    private static CustomerSnapshot build(CustomerSnapshot.Builder builder, int... daysAgo) {
        for (int days : daysAgo) {
            // late in the UTC day, to check that days are whole UTC dates
            builder.order(new OrderRecord(AS_OF.minusDays(days).atTime(23, 30).toInstant(ZoneOffset.UTC),
                    50, 1, 0, "web"));
        }
        return builder.build();
    }

    private static double component(Segment segment, String name) {
        return segment.components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().value();
    }
}
