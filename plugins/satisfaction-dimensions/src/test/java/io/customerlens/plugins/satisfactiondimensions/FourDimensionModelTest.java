package io.customerlens.plugins.satisfactiondimensions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.SurveyResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FourDimensionModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private final FourDimensionModel model = new FourDimensionModel();

    /**
     * The README's worked example.
     * <pre>
     * 2025-02-01  product_quality 6, price 5, service 8, convenience 9
     * 2025-06-01  product_quality 8, price 6
     * 2025-06-15  NPS 9 only
     * </pre>
     */
    private static CustomerSnapshot example() {
        return CustomerSnapshot.builder("c")
                .survey(ratings("2025-06-01", Map.of("product_quality", 8.0, "price", 6.0)))
                .survey(ratings("2025-02-01", Map.of("product_quality", 6.0, "price", 5.0, "service", 8.0,
                        "convenience", 9.0)))
                .survey(new SurveyResponse(Instant.parse("2025-06-15T10:00:00Z"), 9, null, null, null))
                .build();
    }

    @Test
    void equalWeightsOverTheLatestRatings() {
        Score score = evaluate(example(), Map.of());
        // latest: product_quality 8, price 6 (2025-06-01), service 8, convenience 9 (2025-02-01)
        // (8 + 6 + 8 + 9) / 4 = 7.75
        assertThat(score.value()).isEqualTo(7.75);
        assertThat(score.band()).isEqualTo("Satisfied");
        assertThat(score.scale()).isEqualTo(FourDimensionModel.SCALE);
        assertThat(score.components()).extracting(Component::name)
                .containsExactly("product_quality", "price", "service", "convenience", "ratedDimensions", "weakest");
        assertThat(component(score, "price")).isEqualTo(6.0);
        assertThat(component(score, "weakest")).isEqualTo(6.0);
        assertThat(score.components().get(1).description())
                .isEqualTo("price competitiveness, latest rating of 10, weight 0.25 (share 0.25)");
        assertThat(score.explanation()).isEqualTo("7.75 of 10 (Satisfied) over 4 of 4 dimensions; weakest price 6.00.");
    }

    @Test
    void weightsAreParameters() {
        // (0.4 x 8 + 0.3 x 6 + 0.2 x 8 + 0.1 x 9) / 1.0 = 3.2 + 1.8 + 1.6 + 0.9 = 7.5
        Score weighted = evaluate(example(), Map.of("weightProductQuality", 0.4, "weightPrice", 0.3,
                "weightService", 0.2, "weightConvenience", 0.1));
        assertThat(weighted.value()).isCloseTo(7.5, within(1e-9));
        // price left out by weight 0: (8 + 8 + 9) / 3 = 8.333333
        Score noPrice = evaluate(example(), Map.of("weightPrice", 0));
        assertThat(noPrice.value()).isCloseTo(8.333333, within(1e-6));
        // weights need not sum to 1: 1, 1, 1, 1 is the same as 0.25 each
        assertThat(evaluate(example(), Map.of("weightProductQuality", 1, "weightPrice", 1, "weightService", 1,
                "weightConvenience", 1)).value()).isEqualTo(7.75);
    }

    @Test
    void lookbackAndMinimumDimensions() {
        // 60 days: from 2025-05-02, only the 06-01 answer: (8 + 6) / 2 = 7.0
        Score recent = evaluate(example(), Map.of("lookbackDays", 60));
        assertThat(recent.value()).isEqualTo(7.0);
        assertThat(recent.band()).isEqualTo("Satisfied");
        assertThat(component(recent, "ratedDimensions")).isEqualTo(2);
        Score tooFew = evaluate(example(), Map.of("lookbackDays", 60, "minDimensions", 3));
        assertThat(tooFew.value()).isNull();
        assertThat(tooFew.band()).isEqualTo("No data");
        assertThat(tooFew.explanation())
                .isEqualTo("2 of 4 dimensions rated (product_quality, price) in the last 60 days; 3 needed");
        assertThat(evaluate(example(), Map.of("minDimensions", 4)).value()).isEqualTo(7.75);
    }

    @Test
    void noRatingsIsNoData() {
        Score none = evaluate(CustomerSnapshot.builder("n").build(), Map.of());
        assertThat(none.value()).isNull();
        assertThat(none.explanation()).isEqualTo("no ratings of product_quality, price, service or convenience");
        CustomerSnapshot otherItems = CustomerSnapshot.builder("o")
                .survey(ratings("2025-06-01", Map.of("acsi_overall", 8.0, "quality", 9.0))).build();
        assertThat(evaluate(otherItems, Map.of()).value()).isNull();
        assertThat(evaluate(example(), Map.of("lookbackDays", 10)).explanation())
                .isEqualTo("no ratings of product_quality, price, service or convenience in the last 10 days");
    }

    @Test
    void ratingOutsideZeroToTenIsBadData() {
        CustomerSnapshot tooHigh = CustomerSnapshot.builder("b")
                .survey(ratings("2025-06-01", Map.of("service", 10.5))).build();
        assertThatThrownBy(() -> evaluate(tooHigh, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("service answer 10.5 is outside 0-10");
        CustomerSnapshot negative = CustomerSnapshot.builder("n")
                .survey(ratings("2025-06-01", Map.of("price", -1.0))).build();
        assertThatThrownBy(() -> evaluate(negative, Map.of())).isInstanceOf(IllegalArgumentException.class);
        // the ends are valid: 0 and 10 -> 5.0, Neutral
        CustomerSnapshot ends = CustomerSnapshot.builder("e")
                .survey(ratings("2025-06-01", Map.of("price", 0.0, "service", 10.0))).build();
        assertThat(evaluate(ends, Map.of()).value()).isEqualTo(5.0);
    }

    @Test
    void zeroWeightsOfTheRatedDimensionsAreRejected() {
        CustomerSnapshot serviceOnly = CustomerSnapshot.builder("s")
                .survey(ratings("2025-06-01", Map.of("service", 4.0))).build();
        assertThatThrownBy(() -> evaluate(serviceOnly, Map.of("weightService", 0)))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("weightProductQuality"))
                .hasMessage("the weights of the rated dimensions (weightService) sum to 0; at least one must be above 0");
        Score score = evaluate(serviceOnly, Map.of("weightPrice", 0));
        assertThat(score.value()).isEqualTo(4.0);
        assertThat(score.band()).isEqualTo("Dissatisfied");
    }

    @Test
    void bandThresholds() {
        assertThat(FourDimensionModel.band(10)).isEqualTo("Very satisfied");
        assertThat(FourDimensionModel.band(9)).isEqualTo("Very satisfied");
        assertThat(FourDimensionModel.band(8.99)).isEqualTo("Satisfied");
        assertThat(FourDimensionModel.band(7)).isEqualTo("Satisfied");
        assertThat(FourDimensionModel.band(6.99)).isEqualTo("Neutral");
        assertThat(FourDimensionModel.band(5)).isEqualTo("Neutral");
        assertThat(FourDimensionModel.band(4.99)).isEqualTo("Dissatisfied");
        assertThat(FourDimensionModel.band(0)).isEqualTo("Dissatisfied");
    }

    @Test
    void weakestTieGoesToTheFirstDimension() {
        CustomerSnapshot tie = CustomerSnapshot.builder("t")
                .survey(ratings("2025-06-01", Map.of("convenience", 5.0, "service", 5.0, "price", 7.0))).build();
        assertThat(evaluate(tie, Map.of()).explanation()).endsWith("weakest service 5.00.");
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("weightPrice", 1.5), "weightPrice");
        assertInvalid(Map.of("weightService", -0.1), "weightService");
        assertInvalid(Map.of("minDimensions", 0), "minDimensions");
        assertInvalid(Map.of("minDimensions", 5), "minDimensions");
        assertInvalid(Map.of("lookbackDays", -1), "lookbackDays");
        assertInvalid(Map.of("weightQuality", 0.5), "weightQuality");
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(FourDimensionModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageContaining(parameter);
    }

    private static SurveyResponse ratings(String day, Map<String, Double> dimensions) {
        return new SurveyResponse(Instant.parse(day + "T10:00:00Z"), null, null, null, dimensions);
    }

    private static double component(Score score, String name) {
        return score.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value();
    }

    private Score evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        return model.evaluate(customer, new ScoringContext(
                Parameters.resolve(FourDimensionModel.DESCRIPTOR.parameters(), raw), PopulationStatistics.EMPTY, AS_OF));
    }
}
