package io.customerlens.plugins.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Quantiles;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed RFM results over a ten-customer population. Type-7 quantiles: h = (10 - 1) p = 9p.
 *
 * <pre>
 * sorted recency days: 5 10 20 30 45 60 90 120 200 365
 * sorted orders:       1 1 2 2 3 4 5 6 8 12
 * sorted spend:        40 60 100 150 250 350 400 700 900 1500
 *
 * bins = 5, p = .2 .4 .6 .8 -> h = 1.8 3.6 5.4 7.2
 *   recency  18 (10 + .8*10)  39 (30 + .6*15)  72 (60 + .4*30)  136 (120 + .2*80)
 *   orders   1.8 (1 + .8*1)   2.6 (2 + .6*1)   4.4 (4 + .4*1)   6.4 (6 + .2*2)
 *   spend    92 (60 + .8*40)  210 (150 + .6*100) 370 (350 + .4*50) 740 (700 + .2*200)
 * bins = 4, p = .25 .5 .75 -> h = 2.25 4.5 6.75
 *   recency  22.5  52.5  112.5;  orders 2  3.5  5.75;  spend 112.5  300  625
 * bins = 3, p = 1/3 2/3 -> h = 3 6
 *   recency  30  90;  orders 2  5;  spend 150  400
 * </pre>
 */
class RfmModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final PopulationStatistics POPULATION = new PopulationStatistics(10,
            Quantiles.of(5, 10, 20, 30, 45, 60, 90, 120, 200, 365),
            Quantiles.of(12, 8, 6, 5, 4, 3, 2, 2, 1, 1),
            Quantiles.of(1500, 900, 700, 400, 350, 250, 150, 100, 60, 40), AS_OF);

    private final RfmModel model = new RfmModel();

    @Test
    void fixtureCutPointsMatchTheHandComputation() {
        assertThat(POPULATION.recencyDays().at(0.2)).isEqualTo(18.0);
        assertThat(POPULATION.frequency().at(0.8)).isEqualTo(6.4);
        assertThat(POPULATION.monetary().at(0.4)).isEqualTo(210.0);
    }

    @Test
    void standardSchemeAcrossTheGrid() {
        // 5 d: no recency cut below -> bin 1, R = 6 - 1 = 5; 12 orders > all 4 cuts -> F 5; 1500 -> M 5; FM 5
        assertRfm(standard(5, 12, 1500), "champions", 5, 5, 5);
        // 20 d > 18 -> bin 2, R 4; 6 > 1.8, 2.6, 4.4 -> F 4; 700 > 92, 210, 370 -> M 4; FM 4
        assertRfm(standard(20, 6, 700), "loyal", 4, 4, 4);
        // 45 d > 18, 39 -> R 3; 4 > 1.8, 2.6 -> F 3; 350 > 92, 210 -> M 3; FM 3
        assertRfm(standard(45, 4, 350), "need-attention", 3, 3, 3);
        // 90 d > 18, 39, 72 -> R 2; 2 > 1.8 -> F 2; 150 > 92 -> M 2; FM 2
        assertRfm(standard(90, 2, 150), "hibernating", 2, 2, 2);
        // 365 d > all -> R 1; F 1; M 1
        assertRfm(standard(365, 1, 40), "lost", 1, 1, 1);
        // 2 d -> R 5; 1 order -> F 1; 50 -> M 1; FM 1
        assertRfm(standard(2, 1, 50), "new-customers", 5, 1, 1);
        // 25 d > 18 -> R 4; FM (1 + 1) / 2 = 1
        assertRfm(standard(25, 1, 50), "promising", 4, 1, 1);
        // 3 d -> R 5; 2 > 1.8 -> F 2; 120 > 92 -> M 2; FM 2
        assertRfm(standard(3, 2, 120), "potential-loyalist", 5, 2, 2);
        // 50 d > 18, 39 -> R 3; F 1; 80 -> M 1; FM 1
        assertRfm(standard(50, 1, 80), "about-to-sleep", 3, 1, 1);
        // 100 d > 72, not > 136 -> R 2; 4 -> F 3; 300 > 210 -> M 3; FM 3
        assertRfm(standard(100, 4, 300), "at-risk", 2, 3, 3);
        // 300 d -> R 1; 10 > 6.4 -> F 5; 1200 > 740 -> M 5; FM 5
        assertRfm(standard(300, 10, 1200), "cant-lose", 1, 5, 5);
    }

    @Test
    void segmentCarriesLabelRankReasonsAndComponents() {
        Segment segment = standard(20, 6, 700);
        assertThat(segment.label()).isEqualTo("Loyal");
        assertThat(segment.rank()).isEqualTo(2);
        assertThat(segment.reasons()).containsExactly("bought 20 days ago (R=4 of 5)", "6 orders (F=4 of 5)",
                "spent 700.00 (M=4 of 5)", "grid cell R=4, FM=4");
        assertThat(segment.components()).extracting(Component::name).containsExactly(
                "recency", "frequency", "monetary", "recencyDays", "orders", "spend", "fm", "rfmScore");
        assertThat(component(segment, "recencyDays")).isEqualTo(20);
        assertThat(component(segment, "spend")).isEqualTo(700);
        assertThat(segment.components().get(0).description()).isEqualTo("last order 20 days ago");
    }

    @Test
    void singularWordingForTodayAndOneOrder() {
        Segment segment = standard(0, 1, 50);
        assertThat(segment.reasons()).startsWith("bought today (R=5 of 5)", "1 order (F=1 of 5)");
    }

    @Test
    void valuesTiedWithACutPointFallIntoTheLowerBin() {
        // 18 d is not above the cut 18 -> bin 1, R 5; 6 orders -> F 4; 740 is not above 740 -> M 4; FM 4
        assertRfm(standard(18, 6, 740), "champions", 5, 4, 4);
        // one day more: 19 > 18 -> bin 2, R 4 -> loyal
        assertRfm(standard(19, 6, 740), "loyal", 4, 4, 4);
    }

    @Test
    void fmRoundsHalfUp() {
        // 30 d -> R 4; 5 > 4.4 -> F 4; 300 > 210, not > 370 -> M 3;
        // FM = round(3.5) = 4 -> loyal (rounding down to 3 would give potential-loyalist)
        Segment segment = standard(30, 5, 300);
        assertRfm(segment, "loyal", 4, 4, 3);
        assertThat(component(segment, "fm")).isEqualTo(4);
    }

    @Test
    void fourClassScheme() {
        // R 5, F 5, M 5: all >= 4
        assertThat(fourClass(5, 12, 1500, 5).code()).isEqualTo("core");
        // R 1, F 5, M 5: lapsed, historically high
        Segment potential = fourClass(300, 10, 1200, 5);
        assertThat(potential.code()).isEqualTo("potential");
        assertThat(potential.label()).isEqualTo("Potential (win back)");
        assertThat(potential.rank()).isEqualTo(2);
        assertThat(potential.reasons()).last().isEqualTo("on the 1-5 scale: R=1, F=5, M=5");
        // R 1, F 1, M 1
        Segment churn = fourClass(365, 1, 40, 5);
        assertThat(churn.code()).isEqualTo("churn-warning");
        assertThat(churn.rank()).isEqualTo(4);
        // R 3, F 3, M 3
        assertThat(fourClass(45, 4, 350, 5).code()).isEqualTo("ordinary");
        // R 2, F 5 (10 > 6.4), M 3 (300): M below 4, so not potential
        assertThat(fourClass(100, 10, 300, 5).code()).isEqualTo("ordinary");
        // R 2, F 2, M 4 (400 > 370): M above 2, so not churn-warning
        assertThat(fourClass(90, 2, 400, 5).code()).isEqualTo("ordinary");
    }

    @Test
    void threeBinsAreRescaledToTheFivePointGrid() {
        // cuts: recency 30, 90; orders 2, 5; spend 150, 400
        // 20 d -> bin 1, R = 4 - 1 = 3; 6 > 2, 5 -> F 3; 700 -> M 3; FM 3; rescaled 1 + round(2 * 4 / 2) = 5
        Segment champions = evaluate(customer(20, 6, 700), Map.of("bins", 3));
        assertRfm(champions, "champions", 3, 3, 3);
        assertThat(champions.reasons()).containsExactly("bought 20 days ago (R=3 of 3)", "6 orders (F=3 of 3)",
                "spent 700.00 (M=3 of 3)", "grid cell R=5, FM=5 (3-bin scores rescaled to 1-5)");
        // 45 d > 30 -> bin 2, R 2 -> 1 + round(1 * 2) = 3; F 1; 200 > 150 -> M 2; FM = round(1.5) = 2 -> 3
        // grid R 3 x FM 3 = need-attention (rescaling F and M first would give FM 2, about-to-sleep)
        assertRfm(evaluate(customer(45, 1, 200), Map.of("bins", 3)), "need-attention", 2, 1, 2);
        // 30 d ties the cut 30 -> bin 1, R 3 -> 5; FM 1 -> 1: new-customers
        assertRfm(evaluate(customer(30, 1, 40), Map.of("bins", 3)), "new-customers", 3, 1, 1);
    }

    @Test
    void fourBinsAreRescaledToTheFivePointGrid() {
        // cuts: recency 22.5, 52.5, 112.5; orders 2, 3.5, 5.75; spend 112.5, 300, 625
        // 30 d -> bin 2, R = 5 - 2 = 3 -> 1 + round(2 * 4 / 3 = 2.67) = 4; 5 orders -> F 3; 400 -> M 3; FM 3 -> 4
        assertRfm(evaluate(customer(30, 5, 400), Map.of("bins", 4)), "loyal", 3, 3, 3);
        // 50 d -> bin 2, R 3 -> 4; 3 orders -> F 2; 200 -> M 2; FM 2 -> 1 + round(1.33) = 2: potential-loyalist
        assertRfm(evaluate(customer(50, 3, 200), Map.of("bins", 4)), "potential-loyalist", 3, 2, 2);
    }

    @Test
    void fourClassRescalesEachScore() {
        // bins 3: 45 d -> R 2 -> 3; 6 orders -> F 3 -> 5; 700 -> M 3 -> 5: R 3 is neither >= 4 nor <= 2
        assertThat(fourClass(45, 6, 700, 3).code()).isEqualTo("ordinary");
        // 100 d > 30, 90 -> bin 3, R 1 -> 1; F 5; M 5
        assertThat(fourClass(100, 6, 700, 3).code()).isEqualTo("potential");
        // 20 d -> R 3 -> 5; F 5; M 5
        assertThat(fourClass(20, 6, 700, 3).reasons()).last()
                .isEqualTo("on the 1-5 scale (3-bin scores rescaled to 1-5): R=5, F=5, M=5");
    }

    @Test
    void customersWithoutOrdersAreProspects() {
        CustomerSnapshot none = CustomerSnapshot.builder("p").build();
        Segment standard = evaluate(none, Map.of());
        assertThat(standard.code()).isEqualTo("prospect");
        assertThat(standard.rank()).isEqualTo(12);
        assertThat(standard.reasons()).containsExactly("no orders yet, so no recency, frequency or monetary score");
        assertThat(evaluate(none, Map.of("scheme", "four-class")).rank()).isEqualTo(5);
        // no population needed for a prospect
        ScoringContext empty = new ScoringContext(Parameters.defaults(RfmModel.DESCRIPTOR.parameters()),
                PopulationStatistics.EMPTY, AS_OF);
        assertThat(model.evaluate(none, empty).code()).isEqualTo("prospect");
    }

    @Test
    void customerWithOrdersNeedsPopulation() {
        ScoringContext empty = new ScoringContext(Parameters.defaults(RfmModel.DESCRIPTOR.parameters()),
                PopulationStatistics.EMPTY, AS_OF);
        assertThatThrownBy(() -> model.evaluate(customer(5, 1, 10), empty))
                .isInstanceOf(IllegalStateException.class).hasMessage("rfm needs population statistics");
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("bins", 6), "bins");
        assertInvalid(Map.of("bins", 2), "bins");
        assertInvalid(Map.of("bins", 4.5), "bins");
        assertInvalid(Map.of("scheme", "rfm-9"), "scheme");
        assertInvalid(Map.of("segments", 11), "segments");
    }

    private void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(RfmModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    private Segment standard(long days, int orders, double spend) {
        return evaluate(customer(days, orders, spend), Map.of());
    }

    private Segment fourClass(long days, int orders, double spend, int bins) {
        return evaluate(customer(days, orders, spend), Map.of("scheme", "four-class", "bins", bins));
    }

    private Segment evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        Parameters parameters = Parameters.resolve(RfmModel.DESCRIPTOR.parameters(), raw);
        return model.evaluate(customer, new ScoringContext(parameters, POPULATION, AS_OF));
    }

    private static CustomerSnapshot customer(long daysAgo, int orders, double spend) {
        Instant last = AS_OF.minusDays(daysAgo).atTime(15, 30).toInstant(ZoneOffset.UTC);
        return CustomerSnapshot.builder("c").orderSummary(new OrderSummary(orders, spend, last, last)).build();
    }

    private static void assertRfm(Segment segment, String code, int r, int f, int m) {
        assertThat(segment.code()).isEqualTo(code);
        assertThat(component(segment, "recency")).as("R").isEqualTo(r);
        assertThat(component(segment, "frequency")).as("F").isEqualTo(f);
        assertThat(component(segment, "monetary")).as("M").isEqualTo(m);
    }

    private static double component(Segment segment, String name) {
        return segment.components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().value();
    }
}
