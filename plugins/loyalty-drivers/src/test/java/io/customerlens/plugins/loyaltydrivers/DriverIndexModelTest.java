package io.customerlens.plugins.loyaltydrivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InteractionOutcome;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.ServiceInteraction;
import io.customerlens.sdk.SurveyResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriverIndexModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private final DriverIndexModel model = new DriverIndexModel();

    /**
     * The README's worked example.
     * <pre>
     * orders    2025-01-15 web, 2025-03-10 store (discount 5), 2025-04-20 mobile, 2025-06-05 web
     * contacts  2025-03-12 COMPLAINT RESOLVED, 2025-04-22 INQUIRY RESOLVED, 2025-06-10 REQUEST UNRESOLVED,
     *           2025-06-25 INQUIRY OPEN
     * surveys   2025-02-01 product_quality 7, brand_image 9
     *           2025-06-01 product_quality 8, NPS 6
     * </pre>
     */
    private static CustomerSnapshot example() {
        return CustomerSnapshot.builder("c")
                .order(order("2025-01-15", 0, "web"))
                .order(order("2025-03-10", 5, "store"))
                .order(order("2025-04-20", 0, "mobile"))
                .order(order("2025-06-05", 0, "WEB"))
                .interaction(contact("2025-03-12", InteractionKind.COMPLAINT, InteractionOutcome.RESOLVED))
                .interaction(contact("2025-04-22", InteractionKind.INQUIRY, InteractionOutcome.RESOLVED))
                .interaction(contact("2025-06-10", InteractionKind.REQUEST, InteractionOutcome.UNRESOLVED))
                .interaction(contact("2025-06-25", InteractionKind.INQUIRY, InteractionOutcome.OPEN))
                .survey(survey("2025-02-01", null, Map.of("product_quality", 7.0, "brand_image", 9.0)))
                .survey(survey("2025-06-01", 6, Map.of("product_quality", 8.0)))
                .build();
    }

    @Test
    void surveyRatingsAndFallbacksWeighted40To5() {
        Score score = evaluate(example(), Map.of());
        // product_quality 8 x 10 = 80 (latest rating); perceived_value fallback 3 of 4 orders at full price = 75;
        // brand_image 9 x 10 = 90 (the rating wins over the NPS); relationship_management fallback 2 resolved of
        // 3 closed = 66.666667; environment left out; technology fallback 3 of 4 orders web/mobile = 75
        // (40 x 80 + 35 x 75 + 25 x 90 + 20 x 66.666667 + 5 x 75) / 125 = 9783.333333 / 125 = 78.266667
        assertThat(score.value()).isCloseTo(78.266667, within(1e-6));
        assertThat(score.band()).isEqualTo("Highly loyal");
        assertThat(score.components()).extracting(Component::name).containsExactly("product_quality",
                "perceived_value", "brand_image", "relationship_management", "technology", "coverage");
        assertThat(component(score, "product_quality")).isEqualTo(80.0);
        assertThat(component(score, "perceived_value")).isEqualTo(75.0);
        assertThat(component(score, "brand_image")).isEqualTo(90.0);
        assertThat(component(score, "relationship_management")).isCloseTo(66.666667, within(1e-6));
        assertThat(component(score, "technology")).isEqualTo(75.0);
        assertThat(component(score, "coverage")).isCloseTo(125.0 / 135, within(1e-9)); // 0.925926
        assertThat(score.components()).extracting(Component::description).containsExactly(
                "survey rating 8.0 of 10, weight 40.00 (normalised 0.32)",
                "fallback: 3 of 4 orders at full price, weight 35.00 (normalised 0.28)",
                "survey rating 9.0 of 10, weight 25.00 (normalised 0.20)",
                "fallback: 2 of 3 closed service contacts resolved, weight 20.00 (normalised 0.16)",
                "fallback: 3 of 4 orders through web, mobile or app, weight 5.00 (normalised 0.04)",
                "share of the total driver weight that has a value");
        assertThat(score.explanation()).isEqualTo("78.27 points (Highly loyal) from 5 of 6 drivers (coverage 0.93):"
                + " strongest brand_image 90.00, weakest relationship_management 66.67. Left out, no value: environment.");
    }

    @Test
    void withoutFallbacksOnlyRatedDriversCount() {
        Score score = evaluate(example(), Map.of("behaviouralFallback", false));
        // (40 x 80 + 25 x 90) / 65 = 5450 / 65 = 83.846154; coverage 65 / 135
        assertThat(score.value()).isCloseTo(83.846154, within(1e-6));
        assertThat(component(score, "coverage")).isCloseTo(0.481481, within(1e-6));
        assertThat(score.explanation()).endsWith("Left out, no value: perceived_value, relationship_management,"
                + " environment, technology.");
    }

    @Test
    void lookbackWindowAndNpsFallbackForBrandImage() {
        Score score = evaluate(example(), Map.of("lookbackDays", 60));
        // from 2025-05-02: order 06-05 (web, full price); contacts 06-10 UNRESOLVED, 06-25 OPEN; survey 06-01
        // product_quality 80; perceived_value 1 of 1 = 100; brand_image from NPS 6 = 60;
        // relationship_management 0 of 1 closed = 0; technology 1 of 1 = 100
        // (3200 + 3500 + 1500 + 0 + 500) / 125 = 69.6
        assertThat(score.value()).isCloseTo(69.6, within(1e-9));
        assertThat(score.band()).isEqualTo("Loyal");
        assertThat(component(score, "brand_image")).isEqualTo(60.0);
        assertThat(component(score, "relationship_management")).isZero();
        assertThat(score.components().get(2).description()).startsWith("fallback: latest recommendation (NPS) answer 6");
    }

    @Test
    void weightsAreRelativeAndParameters() {
        Map<String, Object> equal = new HashMap<>();
        for (Driver driver : Driver.values()) {
            equal.put(driver.weight, 1);
        }
        // (80 + 75 + 90 + 66.666667 + 75) / 5 = 77.333333
        assertThat(evaluate(example(), equal).value()).isCloseTo(77.333333, within(1e-6));
        // scaling every weight changes nothing: 4 : 3.5 : 2.5 : 2 : 1 : 0.5
        Score scaled = evaluate(example(), Map.of("weightProductQuality", 4, "weightPerceivedValue", 3.5,
                "weightBrandImage", 2.5, "weightRelationshipManagement", 2, "weightEnvironment", 1,
                "weightTechnology", 0.5));
        assertThat(scaled.value()).isCloseTo(78.266667, within(1e-6));
    }

    @Test
    void allSixFromTheSurvey() {
        CustomerSnapshot rated = CustomerSnapshot.builder("s").survey(survey("2025-06-01", 0, Map.of(
                "product_quality", 10.0, "perceived_value", 5.0, "brand_image", 10.0, "relationship_management", 0.0,
                "environment", 10.0, "technology", 10.0))).build();
        Score score = evaluate(rated, Map.of());
        // (400 + 175 + 250 + 0 + 100 + 50) / 135 = 975 / 135 = 72.222222
        assertThat(score.value()).isCloseTo(72.222222, within(1e-6));
        assertThat(score.band()).isEqualTo("Loyal");
        assertThat(component(score, "coverage")).isEqualTo(1.0);
        assertThat(score.explanation()).doesNotContain("Left out");
        assertThat(score.explanation()).contains("strongest product_quality 100.00, weakest relationship_management 0.00");
    }

    @Test
    void complaintsAboveOrdersFloorProductQualityAtZero() {
        CustomerSnapshot unhappy = CustomerSnapshot.builder("u")
                .order(order("2025-06-01", 0, "store"))
                .interaction(contact("2025-06-02", InteractionKind.COMPLAINT, InteractionOutcome.OPEN))
                .interaction(contact("2025-06-03", InteractionKind.COMPLAINT, InteractionOutcome.OPEN)).build();
        Score score = evaluate(unhappy, Map.of());
        // product_quality 1 - min(1, 2 / 1) = 0; perceived_value 100; technology 0; no closed contacts, no NPS
        // (0 + 35 x 100 + 0) / 80 = 43.75
        assertThat(component(score, "product_quality")).isZero();
        assertThat(score.value()).isCloseTo(43.75, within(1e-9));
        assertThat(score.band()).isEqualTo("Developing");
    }

    @Test
    void noDataAndMinimumDrivers() {
        Score empty = evaluate(CustomerSnapshot.builder("e").build(), Map.of());
        assertThat(empty.value()).isNull();
        assertThat(empty.band()).isEqualTo("No data");
        assertThat(empty.explanation())
                .isEqualTo("no driver has a value: no driver ratings, orders, NPS answers or closed service contacts");
        CustomerSnapshot ordersOnly = CustomerSnapshot.builder("o").order(order("2025-06-01", 0, "web")).build();
        assertThat(evaluate(ordersOnly, Map.of("behaviouralFallback", false)).explanation())
                .isEqualTo("no driver has a value: no driver ratings, and behavioural fallbacks are off");
        // orders alone give product_quality, perceived_value and technology: 3 drivers
        assertThat(evaluate(ordersOnly, Map.of()).value()).isEqualTo(100.0);
        Score tooFew = evaluate(ordersOnly, Map.of("minDrivers", 4));
        assertThat(tooFew.value()).isNull();
        assertThat(tooFew.explanation())
                .isEqualTo("only 3 drivers with a value (product_quality, perceived_value, technology); 4 needed");
        assertThat(evaluate(example(), Map.of("lookbackDays", 3)).value()).isNull(); // nothing since 2025-06-28
    }

    @Test
    void ratingsOutsideZeroToTenAreBadData() {
        CustomerSnapshot bad = CustomerSnapshot.builder("b")
                .survey(survey("2025-06-01", null, Map.of("brand_image", 11.0))).build();
        assertThatThrownBy(() -> evaluate(bad, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("brand_image answer 11.0 is outside 0-10");
        CustomerSnapshot badNps = CustomerSnapshot.builder("n").survey(survey("2025-06-01", 12, Map.of())).build();
        assertThatThrownBy(() -> evaluate(badNps, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("NPS answer 12 is outside 0-10");
    }

    @Test
    void zeroWeightsOfTheDriversWithAValueAreRejected() {
        CustomerSnapshot envOnly = CustomerSnapshot.builder("v")
                .survey(survey("2025-06-01", null, Map.of("environment", 7.0))).build();
        assertThatThrownBy(() -> evaluate(envOnly, Map.of("weightEnvironment", 0)))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("weightProductQuality"))
                .hasMessage("the weights of the drivers with a value (weightEnvironment) sum to 0;"
                        + " at least one must be above 0");
        assertThat(evaluate(envOnly, Map.of()).value()).isEqualTo(70.0);
    }

    @Test
    void bandThresholds() {
        assertThat(DriverIndexModel.band(75)).isEqualTo("Highly loyal");
        assertThat(DriverIndexModel.band(74.99)).isEqualTo("Loyal");
        assertThat(DriverIndexModel.band(50)).isEqualTo("Loyal");
        assertThat(DriverIndexModel.band(49.99)).isEqualTo("Developing");
        assertThat(DriverIndexModel.band(25)).isEqualTo("Developing");
        assertThat(DriverIndexModel.band(24.99)).isEqualTo("Low");
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("weightProductQuality", 101), "weightProductQuality");
        assertInvalid(Map.of("weightTechnology", -1), "weightTechnology");
        assertInvalid(Map.of("behaviouralFallback", "yes"), "behaviouralFallback");
        assertInvalid(Map.of("minDrivers", 0), "minDrivers");
        assertInvalid(Map.of("minDrivers", 7), "minDrivers");
        assertInvalid(Map.of("lookbackDays", 4000), "lookbackDays");
        assertInvalid(Map.of("weightPrice", 1), "weightPrice");
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(DriverIndexModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageContaining(parameter);
    }

    private static OrderRecord order(String day, double discount, String channel) {
        return new OrderRecord(Instant.parse(day + "T10:00:00Z"), 40, 1, discount, channel);
    }

    private static ServiceInteraction contact(String day, InteractionKind kind, InteractionOutcome outcome) {
        Instant opened = Instant.parse(day + "T09:00:00Z");
        return new ServiceInteraction(opened, outcome == InteractionOutcome.OPEN ? null : opened.plusSeconds(3600),
                "phone", kind, outcome);
    }

    private static SurveyResponse survey(String day, Integer nps, Map<String, Double> dimensions) {
        return new SurveyResponse(Instant.parse(day + "T10:00:00Z"), nps, null, null, dimensions);
    }

    private static double component(Score score, String name) {
        return score.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value();
    }

    private Score evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, new ScoringContext(
                Parameters.resolve(DriverIndexModel.DESCRIPTOR.parameters(), raw), PopulationStatistics.EMPTY, AS_OF));
    }
}
