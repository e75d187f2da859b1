package io.customerlens.plugins.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Hand-computed loyalty scores, as of 2025-06-30, default weights 0.30 / 0.25 / 0.15 / 0.30 (sum 1). */
class BehaviouralLoyaltyModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final Offset<Double> CLOSE = within(1e-6);

    private final BehaviouralLoyaltyModel model = new BehaviouralLoyaltyModel();

    /** Joined 2024-06-30 (365 days before asOf), 6 orders from 2024-07-15, the last 2025-04-01 (90 days ago). */
    private static CustomerSnapshot regular() {
        return CustomerSnapshot.builder("a").joinedOn(LocalDate.of(2024, 6, 30))
                .orderSummary(new OrderSummary(6, 600, Instant.parse("2024-07-15T09:00:00Z"),
                        Instant.parse("2025-04-01T09:00:00Z")))
                .build();
    }

    @Test
    void regularCustomer() {
        Score score = evaluate(regular(), Map.of());
        assertThat(component(score, "repurchase")).isCloseTo(0.833333, CLOSE); // (6 - 1) / 6
        // tenure 365 d = 0.999316 y; 6 / 0.999316 = 6.004107 orders/y; / 12
        assertThat(component(score, "frequency")).isCloseTo(0.500342, CLOSE);
        assertThat(component(score, "tenure")).isEqualTo(0.5); // 365 / 730
        assertThat(component(score, "recency")).isEqualTo(0.5); // 0.5 ^ (90 / 90)
        // 100 * (0.30 * 0.833333 + 0.25 * 0.500342 + 0.15 * 0.5 + 0.30 * 0.5) = 25 + 12.508562 + 7.5 + 15
        assertThat(score.value()).isCloseTo(60.008562, CLOSE);
        assertThat(score.band()).isEqualTo("Loyal");
        assertThat(score.scale()).isEqualTo(BehaviouralLoyaltyModel.SCALE);
        assertThat(score.components()).extracting(Component::description).containsExactly(
                "5 of 6 orders were repeat purchases (weight 0.30)",
                "6.00 orders a year against a target of 12.00 (weight 0.25)",
                "365 days as a customer against a target of 730 (weight 0.15)",
                "last order 90 days ago, half-life 90 days (weight 0.30)");
        // tenure and recency tie at 0.50: the first declared (tenure) is named
        assertThat(score.explanation())
                .isEqualTo("60.01 points (Loyal): strongest repurchase 0.83, weakest tenure 0.50.");
    }

    @Test
    void newCustomerWithOneOrderUsesTheThirtyDayRateFloor() {
        // no joinedOn; one order on 2025-06-20 (10 days ago) -> tenure 10 days
        Instant ordered = Instant.parse("2025-06-20T18:00:00Z");
        CustomerSnapshot customer = CustomerSnapshot.builder("b")
                .orderSummary(new OrderSummary(1, 50, ordered, ordered)).build();
        Score score = evaluate(customer, Map.of());
        assertThat(component(score, "repurchase")).isZero(); // (1 - 1) / 1
        // 1 / max(10 / 365.25, 30 / 365.25) = 12.175 orders/y; / 12 = 1.0146 -> capped at 1
        assertThat(component(score, "frequency")).isEqualTo(1.0);
        assertThat(component(score, "tenure")).isCloseTo(0.013699, CLOSE); // 10 / 730
        assertThat(component(score, "recency")).isCloseTo(0.925875, CLOSE); // 0.5 ^ (10 / 90) = 2 ^ (-1/9)
        // 100 * (0 + 0.25 * 1 + 0.15 * 0.013699 + 0.30 * 0.925875) = 25 + 0.205479 + 27.776241
        assertThat(score.value()).isCloseTo(52.981721, CLOSE);
        assertThat(score.explanation())
                .isEqualTo("52.98 points (Loyal): strongest frequency 1.00, weakest repurchase 0.00.");
    }

    @Test
    void lapsedLongTermCustomer() {
        // joined 2023-06-30: 366 d to 2024-06-30 (leap year) + 365 = 731 d; 2 orders, last 2024-06-30 (365 d ago)
        CustomerSnapshot customer = CustomerSnapshot.builder("c").joinedOn(LocalDate.of(2023, 6, 30))
                .orderSummary(new OrderSummary(2, 80, Instant.parse("2023-08-01T12:00:00Z"),
                        Instant.parse("2024-06-30T12:00:00Z")))
                .build();
        Score score = evaluate(customer, Map.of());
        assertThat(component(score, "repurchase")).isEqualTo(0.5); // 1 / 2
        // 731 / 365.25 = 2.001369 y; 2 / 2.001369 = 0.999316 orders/y; / 12
        assertThat(component(score, "frequency")).isCloseTo(0.083276, CLOSE);
        assertThat(component(score, "tenure")).isEqualTo(1.0); // min(1, 731 / 730)
        assertThat(component(score, "recency")).isCloseTo(0.060139, CLOSE); // 0.5 ^ (365 / 90) = 0.5 ^ 4.0556
        // 100 * (0.30 * 0.5 + 0.25 * 0.083276 + 0.15 * 1 + 0.30 * 0.060139) = 15 + 2.081908 + 15 + 1.804170
        assertThat(score.value()).isCloseTo(33.886078, CLOSE);
        assertThat(score.band()).isEqualTo("Developing");
    }

    @Test
    void frequentRecentCustomerIsHighlyLoyal() {
        // joined 2023-04-22 (800 d ago), 24 orders, last one on the as-of day
        CustomerSnapshot customer = CustomerSnapshot.builder("d").joinedOn(LocalDate.of(2023, 4, 22))
                .orderSummary(new OrderSummary(24, 4800, Instant.parse("2023-05-01T12:00:00Z"),
                        Instant.parse("2025-06-30T08:00:00Z")))
                .build();
        Score score = evaluate(customer, Map.of());
        // repurchase 23/24 = 0.958333; frequency 24 * 365.25 / 800 = 10.9575 / 12 = 0.913125; tenure 1; recency 1
        // 100 * (0.30 * 0.958333 + 0.25 * 0.913125 + 0.15 + 0.30) = 28.75 + 22.828125 + 15 + 30
        assertThat(score.value()).isCloseTo(96.578125, CLOSE);
        assertThat(score.band()).isEqualTo("Highly loyal");
    }

    @Test
    void noOrdersAndNoJoinDateScoresZeroNotNoData() {
        Score score = evaluate(CustomerSnapshot.builder("e").build(), Map.of());
        assertThat(score.value()).isEqualTo(0.0);
        assertThat(score.band()).isEqualTo("Low");
        assertThat(score.components()).extracting(Component::value).containsOnly(0.0);
        assertThat(score.components().get(0).description()).isEqualTo("no orders (weight 0.30)");
    }

    @Test
    void noOrdersButAJoinDateScoresTenureOnly() {
        // tenure 365 / 730 = 0.5; 100 * 0.15 * 0.5 = 7.5
        Score score = evaluate(CustomerSnapshot.builder("f").joinedOn(LocalDate.of(2024, 6, 30)).build(), Map.of());
        assertThat(score.value()).isCloseTo(7.5, CLOSE);
        assertThat(score.band()).isEqualTo("Low");
    }

    @Test
    void tenureStartsAtTheEarlierOfJoinAndFirstOrder() {
        Instant first = Instant.parse("2024-06-30T23:30:00Z");
        CustomerSnapshot orderedBeforeJoining = CustomerSnapshot.builder("g").joinedOn(LocalDate.of(2025, 1, 1))
                .orderSummary(new OrderSummary(1, 10, first, first)).build();
        assertThat(BehaviouralLoyaltyModel.tenureDays(orderedBeforeJoining, AS_OF)).isEqualTo(365);
        CustomerSnapshot joinsLater = CustomerSnapshot.builder("h").joinedOn(LocalDate.of(2025, 7, 5)).build();
        assertThat(BehaviouralLoyaltyModel.tenureDays(joinsLater, AS_OF)).isZero();
    }

    @Test
    void parameterVariants() {
        // frequencyTarget 6: 6.004107 / 6 -> capped at 1; 25 + 25 + 7.5 + 15
        assertThat(evaluate(regular(), Map.of("frequencyTarget", 6)).value()).isCloseTo(72.5, CLOSE);
        // half-life 45: recency 0.5 ^ 2 = 0.25; 25 + 12.508562 + 7.5 + 7.5
        assertThat(evaluate(regular(), Map.of("recencyHalfLifeDays", 45)).value()).isCloseTo(52.508562, CLOSE);
        // tenure target 365: tenure 1; 25 + 12.508562 + 15 + 15
        assertThat(evaluate(regular(), Map.of("tenureTargetDays", 365)).value()).isCloseTo(67.508562, CLOSE);
    }

    @Test
    void weightsAreNormalisedByTheirSum() {
        // (1 * 0.833333 + 1 * 0.5) / 2 = 0.666667
        Score score = evaluate(regular(), Map.of("weightRepurchase", 1, "weightFrequency", 0,
                "weightTenure", 1, "weightRecency", 0));
        assertThat(score.value()).isCloseTo(66.666667, CLOSE);
        assertThat(score.explanation())
                .isEqualTo("66.67 points (Loyal): strongest repurchase 0.83, weakest tenure 0.50.");
        // recency alone: 100 * 0.5 = 50, exactly the Loyal threshold
        Score recencyOnly = evaluate(regular(), Map.of("weightRepurchase", 0, "weightFrequency", 0,
                "weightTenure", 0, "weightRecency", 1));
        assertThat(recencyOnly.value()).isEqualTo(50.0);
        assertThat(recencyOnly.band()).isEqualTo("Loyal");
        assertThat(recencyOnly.explanation())
                .isEqualTo("50.00 points (Loyal): strongest recency 0.50, weakest recency 0.50.");
    }

    @Test
    void allWeightsZeroIsRejected() {
        Map<String, Object> zeros = Map.of("weightRepurchase", 0, "weightFrequency", 0, "weightTenure", 0,
                "weightRecency", 0);
        assertThatThrownBy(() -> evaluate(regular(), zeros))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("weightRepurchase"))
                .hasMessageStartingWith("at least one weight must be above 0");
    }

    @Test
    void outOfRangeParametersAreRejected() {
        assertInvalid(Map.of("weightTenure", 1.5), "weightTenure");
        assertInvalid(Map.of("weightRecency", -0.1), "weightRecency");
        assertInvalid(Map.of("frequencyTarget", 0), "frequencyTarget");
        assertInvalid(Map.of("tenureTargetDays", 0), "tenureTargetDays");
        assertInvalid(Map.of("tenureTargetDays", 30.5), "tenureTargetDays");
        assertInvalid(Map.of("recencyHalfLifeDays", 3651), "recencyHalfLifeDays");
    }

    @Test
    void bandThresholds() {
        assertThat(BehaviouralLoyaltyModel.band(75)).isEqualTo("Highly loyal");
        assertThat(BehaviouralLoyaltyModel.band(74.99)).isEqualTo("Loyal");
        assertThat(BehaviouralLoyaltyModel.band(50)).isEqualTo("Loyal");
        assertThat(BehaviouralLoyaltyModel.band(49.99)).isEqualTo("Developing");
        assertThat(BehaviouralLoyaltyModel.band(25)).isEqualTo("Developing");
        assertThat(BehaviouralLoyaltyModel.band(24.99)).isEqualTo("Low");
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(BehaviouralLoyaltyModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    private Score evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        Parameters parameters = Parameters.resolve(BehaviouralLoyaltyModel.DESCRIPTOR.parameters(), raw);
        return model.evaluate(customer, new ScoringContext(parameters, PopulationStatistics.EMPTY, AS_OF));
    }

    private static double component(Score score, String name) {
        return score.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value();
    }
}
