package io.customerlens.plugins.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
 * Hand-computed weighted FM and rfmScore (model 1.1.0), over the population of {@link RfmModelTest}.
 *
 * <pre>
 * quintile cut points: recency 18 39 72 136; orders 1.8 2.6 4.4 6.4; spend 92 210 370 740
 * customer A: 10 d (no cut below -> R 5), 8 orders (> 6.4 -> F 5), 150 spent (> 92 only -> M 2)
 * customer B: 30 d (> 18 only -> R 4),    8 orders (F 5),          300 spent (> 92, 210 -> M 3)
 * </pre>
 */
class RfmWeightsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final PopulationStatistics POPULATION = new PopulationStatistics(10,
            Quantiles.of(5, 10, 20, 30, 45, 60, 90, 120, 200, 365),
            Quantiles.of(12, 8, 6, 5, 4, 3, 2, 2, 1, 1),
            Quantiles.of(1500, 900, 700, 400, 350, 250, 150, 100, 60, 40), AS_OF);
    private static final CustomerSnapshot A = customer(10, 8, 150);
    private static final CustomerSnapshot B = customer(30, 8, 300);

    private final RfmModel model = new RfmModel();

    @Test
    void defaultWeightsGiveThePlainMean() {
        Segment a = evaluate(A, Map.of());
        // FM = round half up (5 + 2) / 2 = 3.5 -> 4; grid R 5 x FM 4 = champions
        assertThat(a.code()).isEqualTo("champions");
        assertThat(component(a, "fm")).isEqualTo(4);
        // rfmScore = (5 + 5 + 2) / 3 = 4
        assertThat(component(a, "rfmScore")).isEqualTo(4);
        assertThat(a.reasons()).last().isEqualTo("grid cell R=5, FM=4");
        assertThat(a.components()).filteredOn(c -> c.name().equals("fm")).first()
                .satisfies(c -> assertThat(c.description()).isEqualTo("mean of F and M, rounded half up"));
    }

    @Test
    void heavierMonetaryWeightLowersFm() {
        Segment a = evaluate(A, Map.of("weightF", 1, "weightM", 3));
        // FM = (1 x 5 + 3 x 2) / (1 + 3) = 11 / 4 = 2.75 -> 3; grid R 5 x FM 3 = potential-loyalist
        assertThat(a.code()).isEqualTo("potential-loyalist");
        assertThat(component(a, "fm")).isEqualTo(3);
        // rfmScore = (1 x 5 + 1 x 5 + 3 x 2) / (1 + 1 + 3) = 16 / 5 = 3.2
        assertThat(component(a, "rfmScore")).isCloseTo(3.2, within(1e-12));
        assertThat(a.reasons()).last().isEqualTo("grid cell R=5, FM=3 (FM weighted F 1, M 3)");
        assertThat(a.components()).filteredOn(c -> c.name().equals("fm")).first()
                .satisfies(c -> assertThat(c.description())
                        .isEqualTo("weighted mean of F and M (weights 1 and 3), rounded half up"));
    }

    @Test
    void heavierFrequencyWeightKeepsChampions() {
        // FM = (3 x 5 + 1 x 2) / 4 = 17 / 4 = 4.25 -> 4; R 5 x FM 4 = champions
        Segment a = evaluate(A, Map.of("weightF", 3, "weightM", 1));
        assertThat(a.code()).isEqualTo("champions");
        assertThat(component(a, "fm")).isEqualTo(4);
    }

    @Test
    void aZeroWeightDropsThatScoreFromFm() {
        // weightF 0: FM = M = 2 -> R 5 x FM 2 = potential-loyalist; rfmScore = (5 + 2) / 2 = 3.5
        Segment noF = evaluate(A, Map.of("weightF", 0));
        assertThat(noF.code()).isEqualTo("potential-loyalist");
        assertThat(component(noF, "rfmScore")).isEqualTo(3.5);
        // weightM 0: FM = F = 5 -> R 4 x FM 5 = loyal for B; rfmScore = (4 + 5) / 2 = 4.5
        Segment noM = evaluate(B, Map.of("weightM", 0));
        assertThat(noM.code()).isEqualTo("loyal");
        assertThat(component(noM, "fm")).isEqualTo(5);
        assertThat(component(noM, "rfmScore")).isEqualTo(4.5);
    }

    @Test
    void exactHalvesRoundUpDespiteBinaryFractions() {
        // B: FM = (0.1 x 5 + 0.3 x 3) / (0.1 + 0.3) = 1.4 / 0.4 = 3.5 -> 4 -> R 4 x FM 4 = loyal.
        // In doubles the quotient is 3.4999999999999996, which would round to 3 (potential-loyalist).
        Segment b = evaluate(B, Map.of("weightF", 0.1, "weightM", 0.3));
        assertThat(b.code()).isEqualTo("loyal");
        assertThat(component(b, "fm")).isEqualTo(4);
        // rfmScore = (1 x 4 + 0.1 x 5 + 0.3 x 3) / 1.4 = 5.4 / 1.4 = 3.857142857...
        assertThat(component(b, "rfmScore")).isCloseTo(27.0 / 7, within(1e-12));
    }

    @Test
    void recencyWeightOnlyChangesRfmScore() {
        // weightR 10: rfmScore = (10 x 5 + 5 + 2) / 12 = 57 / 12 = 4.75; FM still 4 -> champions
        Segment heavy = evaluate(A, Map.of("weightR", 10));
        assertThat(heavy.code()).isEqualTo("champions");
        assertThat(component(heavy, "rfmScore")).isEqualTo(4.75);
        // weightR 2, weightM 3: rfmScore = (2 x 5 + 1 x 5 + 3 x 2) / 6 = 21 / 6 = 3.5
        assertThat(component(evaluate(A, Map.of("weightR", 2, "weightM", 3)), "rfmScore")).isEqualTo(3.5);
        // weightR 0: rfmScore = (5 + 2) / 2 = 3.5
        assertThat(component(evaluate(A, Map.of("weightR", 0)), "rfmScore")).isEqualTo(3.5);
    }

    @Test
    void fourClassUsesUnweightedScoresButReportsRfmScore() {
        // B four-class: R 4, F 5, M 3 -> M below 4, ordinary whatever the weights
        Segment b = evaluate(B, Map.of("scheme", "four-class", "weightF", 0, "weightR", 2));
        assertThat(b.code()).isEqualTo("ordinary");
        // rfmScore = (2 x 4 + 0 x 5 + 1 x 3) / 3 = 11 / 3
        assertThat(component(b, "rfmScore")).isCloseTo(11.0 / 3, within(1e-12));
        assertThat(b.components()).noneMatch(c -> c.name().equals("fm"));
    }

    @Test
    void rfmScoreUsesTheUnscaledScores() {
        // bins 3 (cuts recency 30 90; orders 2 5; spend 150 400): 45 d -> R 2, 1 order -> F 1, 200 -> M 2
        // rfmScore = (2 + 1 + 2) / 3 = 5 / 3 on the 1-3 scores (not the rescaled R 3)
        Segment s = evaluate(customer(45, 1, 200), Map.of("bins", 3));
        assertThat(component(s, "rfmScore")).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(s.components()).filteredOn(c -> c.name().equals("rfmScore")).first()
                .satisfies(c -> assertThat(c.description())
                        .isEqualTo("weighted mean of R, F and M (weights 1, 1, 1) on the 1-3 scores"));
    }

    @Test
    void weightsThatLeaveNoMeanAreRejected() {
        assertThatThrownBy(() -> evaluate(A, Map.of("weightF", 0, "weightM", 0)))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("weightF"))
                .hasMessageContaining("weightF + weightM must be above 0");
        assertThatThrownBy(() -> evaluate(A, Map.of("weightR", 0, "weightF", 0, "weightM", 0)))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("weightR"));
        // checked before anything else, so a prospect gets the same answer
        CustomerSnapshot prospect = CustomerSnapshot.builder("p").build();
        assertThatThrownBy(() -> evaluate(prospect, Map.of("weightF", 0, "weightM", 0)))
                .isInstanceOf(InvalidParameterException.class);
        // weightR alone may be 0
        assertThat(evaluate(A, Map.of("weightR", 0)).code()).isEqualTo("champions");
    }

    @Test
    void weightsOutsideTheirRangeAreRejected() {
        for (String name : new String[] {"weightR", "weightF", "weightM"}) {
            for (Object bad : new Object[] {-0.5, 10.5, "heavy"}) {
                assertThatThrownBy(() -> Parameters.resolve(RfmModel.DESCRIPTOR.parameters(), Map.of(name, bad)))
                        .isInstanceOfSatisfying(InvalidParameterException.class,
                                e -> assertThat(e.parameter()).isEqualTo(name));
            }
        }
    }

    @Test
    void sameInputSameResult() {
        Map<String, ?> raw = Map.of("weightR", 0.7, "weightF", 0.1, "weightM", 0.3);
        assertThat(evaluate(B, raw)).isEqualTo(evaluate(B, raw));
    }

    private Segment evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        Parameters parameters = Parameters.resolve(RfmModel.DESCRIPTOR.parameters(), raw);
        return model.evaluate(customer, new ScoringContext(parameters, POPULATION, AS_OF));
    }

    private static CustomerSnapshot customer(long daysAgo, int orders, double spend) {
        Instant last = AS_OF.minusDays(daysAgo).atTime(9, 0).toInstant(ZoneOffset.UTC);
        return CustomerSnapshot.builder("c").orderSummary(new OrderSummary(orders, spend, last, last)).build();
    }

    private static double component(Segment segment, String name) {
        return segment.components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().value();
    }
}
