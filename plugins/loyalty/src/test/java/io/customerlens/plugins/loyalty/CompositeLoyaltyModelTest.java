package io.customerlens.plugins.loyalty;

import static io.customerlens.plugins.loyalty.LoyaltyFixtures.component;
import static io.customerlens.plugins.loyalty.LoyaltyFixtures.mixedSurveys;
import static io.customerlens.plugins.loyalty.LoyaltyFixtures.regular;
import static io.customerlens.plugins.loyalty.LoyaltyFixtures.survey;
import static io.customerlens.plugins.loyalty.LoyaltyFixtures.withSurveys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Score;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed composite scores, as of 2025-06-30. B and A come from the fixtures: the regular customer's
 * behavioural score is 60.008562, the mixed surveys' attitudinal score 65.
 */
class CompositeLoyaltyModelTest {

    private static final Offset<Double> CLOSE = within(1e-6);

    private final CompositeLoyaltyModel model = new CompositeLoyaltyModel();

    private static CustomerSnapshot both() {
        return withSurveys(regular("r"), mixedSurveys()).build();
    }

    @Test
    void weightedMeanByDefault() {
        Score score = evaluate(both(), Map.of());
        // (0.5 * 60.008562 + 0.5 * 65) / (0.5 + 0.5)
        assertThat(score.value()).isCloseTo(62.504281, CLOSE);
        assertThat(score.band()).isEqualTo("Loyal");
        assertThat(component(score.components(), "behavioural")).isCloseTo(60.008562, CLOSE);
        assertThat(component(score.components(), "attitudinal")).isCloseTo(65.0, CLOSE);
        assertThat(component(score.components(), "method")).isZero();
        assertThat(score.components()).extracting(Component::description).containsExactly(
                "behavioural score (weight 0.50)", "attitudinal score (weight 0.50)",
                "weighted mean (0 = weighted, 1 = geometric)");
        assertThat(score.explanation()).isEqualTo("62.50 points (Loyal): weighted mean of behavioural 60.01 and"
                + " attitudinal 65.00, weights 0.50 / 0.50.");
    }

    @Test
    void geometricMean() {
        Score score = evaluate(both(), Map.of("method", "geometric"));
        // 60.008562 ^ 0.5 * 65 ^ 0.5 = sqrt(3900.556507) = 62.454435
        assertThat(score.value()).isCloseTo(62.454435, CLOSE);
        assertThat(component(score.components(), "method")).isEqualTo(1.0);
        // weights 0.8 / 0.2: 60.008562 ^ 0.8 * 65 ^ 0.2 = 26.458826 * 2.304532 = 60.975202
        assertThat(evaluate(both(), Map.of("method", "geometric", "weightBehavioural", 0.8,
                "weightAttitudinal", 0.2)).value()).isCloseTo(60.975202, CLOSE);
    }

    @Test
    void weightsAreRelative() {
        // (0.8 * 60.008562 + 0.2 * 65) / 1.0 = 48.006849 + 13
        assertThat(evaluate(both(), Map.of("weightBehavioural", 0.8, "weightAttitudinal", 0.2)).value())
                .isCloseTo(61.006849, CLOSE);
        // 0.4 / 0.4 is the same as 0.5 / 0.5
        assertThat(evaluate(both(), Map.of("weightBehavioural", 0.4, "weightAttitudinal", 0.4)).value())
                .isCloseTo(62.504281, CLOSE);
        // attitude alone: weighted 65; geometric B ^ 0 * A ^ 1 = 65
        assertThat(evaluate(both(), Map.of("weightBehavioural", 0)).value()).isCloseTo(65.0, CLOSE);
        assertThat(evaluate(both(), Map.of("weightBehavioural", 0, "method", "geometric")).value())
                .isCloseTo(65.0, CLOSE);
    }

    @Test
    void geometricPunishesImbalance() {
        // no orders and no join date: B = 0; A = 65
        CustomerSnapshot sayerNotDoer = withSurveys(CustomerSnapshot.builder("n"), mixedSurveys()).build();
        assertThat(evaluate(sayerNotDoer, Map.of()).value()).isCloseTo(32.5, CLOSE); // (0 + 65) / 2
        assertThat(evaluate(sayerNotDoer, Map.of("method", "geometric")).value()).isEqualTo(0.0); // 0 ^ 0.5 * ...
    }

    @Test
    void withoutSurveysTheBehaviouralScoreStandsAlone() {
        Score score = evaluate(regular("r").build(), Map.of("method", "geometric"));
        assertThat(score.value()).isCloseTo(60.008562, CLOSE);
        assertThat(score.band()).isEqualTo("Loyal");
        assertThat(score.components()).extracting(Component::name).containsExactly("behavioural", "method");
        assertThat(score.explanation()).isEqualTo("60.01 points (Loyal): the behavioural score alone, as there is"
                + " no attitudinal score (no NPS, CSAT or CES answers).");
    }

    @Test
    void oneZeroSpendOrderAndAPromoter() {
        // B: one order of 0.00 ten days ago = 52.981721 (BehaviouralLoyaltyModelTest: spend plays no part);
        // A: one NPS 10 = 100 (consistency left out). (52.981721 + 100) / 2 = 76.490860
        Instant ordered = Instant.parse("2025-06-20T18:00:00Z");
        CustomerSnapshot customer = CustomerSnapshot.builder("z").orderSummary(new OrderSummary(1, 0, ordered, ordered))
                .survey(survey("2025-06-25T10:00:00Z", 10, null, null)).build();
        Score score = evaluate(customer, Map.of());
        assertThat(score.value()).isCloseTo(76.490860, CLOSE);
        assertThat(score.band()).isEqualTo("Highly loyal");
    }

    @Test
    void bothWeightsZeroIsRejected() {
        assertThatThrownBy(() -> evaluate(both(), Map.of("weightBehavioural", 0, "weightAttitudinal", 0)))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("weightBehavioural"))
                .hasMessage("at least one weight must be above 0: weightBehavioural and weightAttitudinal are both 0");
    }

    @Test
    void outOfRangeParametersAreRejected() {
        assertInvalid(Map.of("method", "harmonic"), "method");
        assertInvalid(Map.of("weightBehavioural", 1.01), "weightBehavioural");
        assertInvalid(Map.of("weightAttitudinal", -1), "weightAttitudinal");
    }

    @Test
    void deterministic() {
        assertThat(evaluate(both(), Map.of("method", "geometric")))
                .isEqualTo(evaluate(both(), Map.of("method", "geometric")));
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(CompositeLoyaltyModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    private Score evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, LoyaltyFixtures.context(CompositeLoyaltyModel.DESCRIPTOR, raw));
    }
}
