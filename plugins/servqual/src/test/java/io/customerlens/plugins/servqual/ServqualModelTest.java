package io.customerlens.plugins.servqual;

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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServqualModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    /** PZB-style importance shares from a 100-point allocation: 10, 40, 20, 15, 15. */
    private static final Map<String, Object> ALLOCATION = Map.of("weightTangibles", 0.10, "weightReliability", 0.40,
            "weightResponsiveness", 0.20, "weightAssurance", 0.15, "weightEmpathy", 0.15);

    private final ServqualModel model = new ServqualModel();

    /**
     * The README's worked example.
     * <pre>
     * 2025-05-01  tangibles_e1 6, tangibles_p1 6          -> gap 0
     *             reliability_e1 7, reliability_p1 5      -> gap -2
     *             reliability_e2 7, reliability_p2 6      -> gap -1
     *             responsiveness_e1 6, responsiveness_p1 4 (p1 replaced on 2025-06-10)
     *             empathy_e1 5 (no perception)            -> unpaired, ignored
     *             assurance_p1 6 (no expectation)         -> unpaired, ignored
     *             reliability 6                            -> not an item name, ignored
     * 2025-06-10  responsiveness_p1 5                     -> latest: gap 5 - 6 = -1
     *             tangibles_e2 5, tangibles_p2 6          -> gap +1
     *             Reliability_e3 1, reliability_e01 1, reliability_p01 7, reliability_p0 7,
     *             courtesy_e1 7, courtesy_p1 1, reliability_q1 2 -> not item names, ignored
     * </pre>
     */
    static CustomerSnapshot workedExample() {
        return CustomerSnapshot.builder("c") // the later survey is added first: the builder sorts
                .survey(answers("2025-06-10T09:00:00Z", "responsiveness_p1", 5, "tangibles_e2", 5, "tangibles_p2", 6,
                        "Reliability_e3", 1, "reliability_e01", 1, "reliability_p01", 7,
                        "reliability_p0", 7, "courtesy_e1", 7, "courtesy_p1", 1, "reliability_q1", 2))
                .survey(answers("2025-05-01T09:00:00Z", "tangibles_e1", 6, "tangibles_p1", 6,
                        "reliability_e1", 7, "reliability_p1", 5, "reliability_e2", 7, "reliability_p2", 6,
                        "responsiveness_e1", 6, "responsiveness_p1", 4, "empathy_e1", 5, "assurance_p1", 6,
                        "reliability", 6))
                .build();
    }

    @Test
    void weightedGapOverAnsweredDimensions() {
        Score score = evaluate(workedExample(), ALLOCATION);
        // tangibles (0 + 1) / 2 = 0.5; reliability (-2 + -1) / 2 = -1.5; responsiveness -1 / 1 = -1.0
        // (0.1 x 0.5 + 0.4 x -1.5 + 0.2 x -1.0) / (0.1 + 0.4 + 0.2) = (0.05 - 0.6 - 0.2) / 0.7 = -0.75 / 0.7
        //   = -1.0714 -> >= -1.5 -> Below expectations
        assertThat(score.value()).isCloseTo(-1.0714286, within(1e-6));
        assertThat(score.band()).isEqualTo("Below expectations");
        assertThat(score.scale()).isEqualTo(ServqualModel.SCALE);
        assertThat(score.components()).extracting(Component::name)
                .containsExactly("tangibles", "reliability", "responsiveness", "itemCount", "worstGap");
        assertThat(component(score, "tangibles")).isEqualTo(0.5);
        assertThat(component(score, "reliability")).isEqualTo(-1.5);
        assertThat(component(score, "responsiveness")).isEqualTo(-1.0);
        assertThat(component(score, "itemCount")).isEqualTo(5); // 2 + 2 + 1 pairs
        assertThat(component(score, "worstGap")).isEqualTo(-1.5); // reliability
        assertThat(score.components().get(1).description())
                .isEqualTo("mean perception minus expectation over 2 item pairs, weight 0.40");
        assertThat(score.components().get(4).description()).isEqualTo("lowest dimension gap: reliability");
        assertThat(score.explanation()).isEqualTo("Weighted gap -1.07 over 3 dimensions and 5 item pairs:"
                + " Below expectations; worst dimension reliability (-1.50).");
    }

    @Test
    void equalWeightsByDefault() {
        Score score = evaluate(workedExample(), Map.of());
        // (0.5 - 1.5 - 1.0) / 3 = -2 / 3 = -0.6667 -> < -0.5 -> Below expectations
        assertThat(score.value()).isCloseTo(-0.6667, within(1e-4));
        assertThat(score.band()).isEqualTo("Below expectations");
    }

    @Test
    void zeroWeightDropsADimensionFromTheValueOnly() {
        Map<String, Object> raw = new HashMap<>(ALLOCATION);
        raw.put("weightReliability", 0.0);
        Score score = evaluate(workedExample(), raw);
        // (0.1 x 0.5 + 0.2 x -1.0) / (0.1 + 0.2) = -0.15 / 0.3 = -0.5 -> >= -0.5 -> Meets expectations
        assertThat(score.value()).isCloseTo(-0.5, within(1e-12));
        assertThat(score.band()).isEqualTo("Meets expectations");
        // reliability is still reported, and is still the worst gap
        assertThat(component(score, "reliability")).isEqualTo(-1.5);
        assertThat(component(score, "worstGap")).isEqualTo(-1.5);
    }

    @Test
    void latestAnswerOfAnItemWinsAndTheWindowApplies() {
        CustomerSnapshot customer = CustomerSnapshot.builder("l")
                .survey(answers("2025-03-01T12:00:00Z", "reliability_e1", 7, "reliability_p1", 4))
                .survey(answers("2025-06-01T12:00:00Z", "reliability_p1", 6))
                .build();
        // all surveys: e1 7 (03-01), p1 6 (06-01 replaces 4) -> 6 - 7 = -1 -> Below expectations
        Score all = evaluate(customer, Map.of());
        assertThat(all.value()).isEqualTo(-1.0);
        assertThat(all.band()).isEqualTo("Below expectations");
        assertThat(component(all, "itemCount")).isEqualTo(1);
        assertThat(all.explanation()).isEqualTo("Weighted gap -1.00 over 1 dimension and 1 item pair:"
                + " Below expectations; worst dimension reliability (-1.00).");
        // 60 days: window [2025-05-02T00:00Z, 2025-07-01T00:00Z) holds only p1 6 -> no pair
        Score recent = evaluate(customer, Map.of("lookbackDays", 60));
        assertThat(recent.value()).isNull();
        assertThat(recent.explanation()).isEqualTo("no SERVQUAL item pairs in the last 60 days");
    }

    @Test
    void identicalExpectationAndPerceptionIsAZeroGap() {
        CustomerSnapshot customer = CustomerSnapshot.builder("i")
                .survey(answers("2025-06-01T12:00:00Z", "tangibles_e1", 5, "tangibles_p1", 5,
                        "reliability_e1", 7, "reliability_p1", 7, "responsiveness_e1", 6, "responsiveness_p1", 6,
                        "assurance_e1", 4, "assurance_p1", 4, "empathy_e1", 3, "empathy_p1", 3))
                .build();
        Score score = evaluate(customer, ALLOCATION);
        // every gap p - e = 0 -> value 0 -> not > 0, >= -0.5 -> Meets expectations
        assertThat(score.value()).isZero();
        assertThat(score.band()).isEqualTo("Meets expectations");
        assertThat(component(score, "itemCount")).isEqualTo(5);
        // all five tied at 0 -> the first in dimension order
        assertThat(score.explanation()).isEqualTo("Weighted gap 0.00 over 5 dimensions and 5 item pairs:"
                + " Meets expectations; worst dimension tangibles (0.00).");
    }

    @Test
    void exceedingAndWellBelow() {
        // empathy 6 - 4 = +2 -> Exceeds expectations
        Score exceeds = evaluate(one(answers("2025-06-01T12:00:00Z", "empathy_e1", 4, "empathy_p1", 6)), Map.of());
        assertThat(exceeds.value()).isEqualTo(2.0);
        assertThat(exceeds.band()).isEqualTo("Exceeds expectations");
        // assurance 3 - 7 = -4 -> Well below expectations
        Score below = evaluate(one(answers("2025-06-01T12:00:00Z", "assurance_e2", 7, "assurance_p2", 3)), Map.of());
        assertThat(below.value()).isEqualTo(-4.0);
        assertThat(below.band()).isEqualTo("Well below expectations");
    }

    @Test
    void scaleEndsAndBandBoundaries() {
        assertThat(evaluate(one(answers("2025-06-01T12:00:00Z", "tangibles_e1", 1, "tangibles_p1", 7)), Map.of())
                .value()).isEqualTo(6.0); // 7 - 1
        assertThat(evaluate(one(answers("2025-06-01T12:00:00Z", "tangibles_e1", 7, "tangibles_p1", 1)), Map.of())
                .value()).isEqualTo(-6.0); // 1 - 7
        assertThat(ServqualModel.band(0.01)).isEqualTo("Exceeds expectations");
        assertThat(ServqualModel.band(0)).isEqualTo("Meets expectations");
        assertThat(ServqualModel.band(-0.5)).isEqualTo("Meets expectations");
        assertThat(ServqualModel.band(-0.51)).isEqualTo("Below expectations");
        assertThat(ServqualModel.band(-1.5)).isEqualTo("Below expectations");
        assertThat(ServqualModel.band(-1.51)).isEqualTo("Well below expectations");
    }

    @Test
    void noItemPairIsNoData() {
        Score none = evaluate(CustomerSnapshot.builder("n").build(), Map.of());
        assertThat(none.value()).isNull();
        assertThat(none.band()).isEqualTo("No data");
        assertThat(none.explanation()).isEqualTo("no SERVQUAL item pairs");
        // ratings without SERVQUAL items, unpaired items and invalid names only
        CustomerSnapshot unpaired = one(new SurveyResponse(Instant.parse("2025-06-01T12:00:00Z"), 9, 5, 6,
                Map.of("reliability", 6.0, "empathy_e1", 5.0, "empathy_p2", 5.0, "tangibles_e0", 4.0,
                        "tangibles_p0", 4.0)));
        assertThat(evaluate(unpaired, Map.of()).value()).isNull();
    }

    @Test
    void ratingOutsideOneToSevenIsBadData() {
        assertThatThrownBy(() -> evaluate(one(answers("2025-06-01T12:00:00Z", "reliability_e1", 7,
                "reliability_p1", 8)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SERVQUAL answer reliability_p1 = 8.0 is outside 1-7");
        assertThatThrownBy(() -> evaluate(one(answers("2025-06-01T12:00:00Z", "empathy_e3", 0)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allZeroWeightsAmongAnsweredDimensionsAreRejected() {
        // answered: tangibles, reliability, responsiveness -> all 0; the unanswered ones do not count
        Map<String, Object> raw = Map.of("weightTangibles", 0, "weightReliability", 0.0, "weightResponsiveness", 0,
                "weightAssurance", 1, "weightEmpathy", 1);
        assertThatThrownBy(() -> evaluate(workedExample(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("weightTangibles"))
                .hasMessage("at least one answered dimension needs a weight above 0; the weights of tangibles,"
                        + " reliability, responsiveness are all 0");
    }

    @Test
    void invalidParametersAreRejected() {
        assertInvalid(Map.of("weightReliability", 1.5), "weightReliability");
        assertInvalid(Map.of("weightEmpathy", -0.1), "weightEmpathy");
        assertInvalid(Map.of("weightTangibles", "0.2"), "weightTangibles");
        assertInvalid(Map.of("lookbackDays", -1), "lookbackDays");
        assertInvalid(Map.of("lookbackDays", 3651), "lookbackDays");
        assertInvalid(Map.of("weightCourtesy", 0.2), "weightCourtesy");
    }

    @Test
    void deterministic() {
        assertThat(evaluate(workedExample(), ALLOCATION)).isEqualTo(evaluate(workedExample(), ALLOCATION));
    }

    private static void assertInvalid(Map<String, ?> raw, String parameter) {
        assertThatThrownBy(() -> Parameters.resolve(ServqualModel.DESCRIPTOR.parameters(), raw))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    /** @param nameValues item name, rating, item name, rating, ... */
    static SurveyResponse answers(String at, Object... nameValues) {
        Map<String, Double> dimensions = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            dimensions.put((String) nameValues[i], ((Number) nameValues[i + 1]).doubleValue());
        }
        return new SurveyResponse(Instant.parse(at), null, null, null, dimensions);
    }

    private static CustomerSnapshot one(SurveyResponse survey) {
        return CustomerSnapshot.builder("o").survey(survey).build();
    }

    static double component(Score score, String name) {
        return score.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value();
    }

    private Score evaluate(CustomerSnapshot customer, Map<String, ?> raw) {
        ScoringContext context = new ScoringContext(Parameters.resolve(ServqualModel.DESCRIPTOR.parameters(), raw),
                PopulationStatistics.EMPTY, AS_OF);
        return model.evaluate(customer, context);
    }
}
