package io.customerlens.plugins.loyalty;

import static io.customerlens.plugins.loyalty.LoyaltyFixtures.component;
import static io.customerlens.plugins.loyalty.LoyaltyFixtures.joinedWithoutOrders;
import static io.customerlens.plugins.loyalty.LoyaltyFixtures.mixedSurveys;
import static io.customerlens.plugins.loyalty.LoyaltyFixtures.regular;
import static io.customerlens.plugins.loyalty.LoyaltyFixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SurveyResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dick and Basu cells, as of 2025-06-30, default thresholds attitude 60 and patronage 50. Behavioural scores:
 * regular customer 60.008562, joined without orders 7.5, nothing known 0. Attitudinal: mixed surveys 65,
 * one NPS 10 = 100, one NPS 5 = 100 x 0.4 x 0.5 / 0.8 = 25.
 */
class DickBasuModelTest {

    private static final SurveyResponse PROMOTER = survey("2025-06-01T10:00:00Z", 10, null, null);
    private static final SurveyResponse DETRACTOR = survey("2025-06-01T10:00:00Z", 5, null, null);

    private final DickBasuModel model = new DickBasuModel();

    @Test
    void trueLoyalty() {
        Segment segment = evaluate(regular("r").survey(mixedSurveys().get(0)).build(), Map.of());
        // one NPS 10 + CSAT 5: A = 100 >= 60; B = 60.01 >= 50
        assertThat(segment.code()).isEqualTo("true-loyalty");
        assertThat(segment.label()).isEqualTo("True loyalty");
        assertThat(segment.rank()).isEqualTo(1);
    }

    @Test
    void trueLoyaltyWithReasonsAndComponents() {
        Segment segment = evaluate(LoyaltyFixtures.withSurveys(regular("r"), mixedSurveys()).build(), Map.of());
        assertThat(segment.code()).isEqualTo("true-loyalty");
        assertThat(segment.reasons()).containsExactly(
                "attitudinal score 65.00 is at or above the attitude threshold 60.00: high relative attitude",
                "behavioural score 60.01 is at or above the patronage threshold 50.00: high repeat patronage");
        assertThat(component(segment.components(), "attitude")).isCloseTo(65.0, within(1e-9));
        assertThat(component(segment.components(), "patronage")).isCloseTo(60.008562, within(1e-6));
        assertThat(component(segment.components(), "attitudeThreshold")).isEqualTo(60.0);
        assertThat(component(segment.components(), "patronageThreshold")).isEqualTo(50.0);
    }

    @Test
    void latentLoyalty() {
        // A = 100 (high), B = 7.5 (low)
        Segment segment = evaluate(joinedWithoutOrders("l").survey(PROMOTER).build(), Map.of());
        assertThat(segment.code()).isEqualTo("latent");
        assertThat(segment.rank()).isEqualTo(2);
        assertThat(segment.reasons().get(1))
                .isEqualTo("behavioural score 7.50 is below the patronage threshold 50.00: low repeat patronage");
    }

    @Test
    void spuriousLoyalty() {
        // A = 25 (low), B = 60.01 (high)
        Segment segment = evaluate(regular("s").survey(DETRACTOR).build(), Map.of());
        assertThat(segment.code()).isEqualTo("spurious");
        assertThat(segment.rank()).isEqualTo(3);
        assertThat(segment.reasons().get(0))
                .isEqualTo("attitudinal score 25.00 is below the attitude threshold 60.00: low relative attitude");
    }

    @Test
    void noLoyalty() {
        // A = 25, B = 0 (no orders, no join date)
        Segment segment = evaluate(CustomerSnapshot.builder("n").survey(DETRACTOR).build(), Map.of());
        assertThat(segment.code()).isEqualTo("none");
        assertThat(segment.label()).isEqualTo("No loyalty");
        assertThat(segment.rank()).isEqualTo(4);
    }

    @Test
    void withoutSurveysAttitudeCountsAsLow() {
        Segment segment = evaluate(regular("u").build(), Map.of());
        assertThat(segment.code()).isEqualTo("spurious");
        assertThat(segment.reasons().get(0))
                .isEqualTo("relative attitude unknown (no NPS, CSAT or CES answers), counted as low");
        assertThat(segment.components()).extracting(Component::name)
                .containsExactly("patronage", "attitudeThreshold", "patronageThreshold");
        // no surveys, no orders -> none; attitudeThreshold 0 does not make an unknown attitude high
        assertThat(evaluate(CustomerSnapshot.builder("e").build(), Map.of("attitudeThreshold", 0)).code())
                .isEqualTo("none");
    }

    @Test
    void thresholdsAreInclusive() {
        CustomerSnapshot customer = joinedWithoutOrders("b").survey(DETRACTOR).build(); // A = 25, B = 7.5
        assertThat(evaluate(customer, Map.of("attitudeThreshold", 25, "patronageThreshold", 7.5)).code())
                .isEqualTo("true-loyalty");
        assertThat(evaluate(customer, Map.of("attitudeThreshold", 25.01, "patronageThreshold", 7.5)).code())
                .isEqualTo("spurious");
        assertThat(evaluate(customer, Map.of("attitudeThreshold", 25, "patronageThreshold", 7.51)).code())
                .isEqualTo("latent");
        assertThat(evaluate(customer, Map.of()).code()).isEqualTo("none");
    }

    @Test
    void cellsOfTheMatrix() {
        assertThat(DickBasuModel.segment(true, true)).isSameAs(DickBasuModel.TRUE_LOYALTY);
        assertThat(DickBasuModel.segment(true, false)).isSameAs(DickBasuModel.LATENT);
        assertThat(DickBasuModel.segment(false, true)).isSameAs(DickBasuModel.SPURIOUS);
        assertThat(DickBasuModel.segment(false, false)).isSameAs(DickBasuModel.NONE);
    }

    @Test
    void outOfRangeParametersAreRejected() {
        assertInvalid(Map.of("attitudeThreshold", 100.5), "attitudeThreshold");
        assertInvalid(Map.of("patronageThreshold", -1), "patronageThreshold");
        assertInvalid(Map.of("patronageThreshold", "high"), "patronageThreshold");
    }

    @Test
    void deterministic() {
        CustomerSnapshot customer = LoyaltyFixtures.withSurveys(regular("d"), List.of(DETRACTOR, PROMOTER)).build();
        assertThat(evaluate(customer, Map.of())).isEqualTo(evaluate(customer, Map.of()));
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(DickBasuModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    private Segment evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, LoyaltyFixtures.context(DickBasuModel.DESCRIPTOR, raw));
    }
}
