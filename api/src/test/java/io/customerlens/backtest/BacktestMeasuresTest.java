package io.customerlens.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.backtest.Backtest.ConditionalExpectation;
import io.customerlens.backtest.Backtest.ModelResult;
import io.customerlens.backtest.Backtest.SegmentResult;
import io.customerlens.scoring.BatchScoring;
import io.customerlens.scoring.ModelRef;
import io.customerlens.scoring.PastScoring.PastChoice;
import io.customerlens.scoring.RegisteredModel;
import io.customerlens.scoring.ScoreView;
import io.customerlens.scoring.SegmentView;
import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.sdk.SegmentationModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The measures on five customers small enough to count by hand. Holdout (purchases, spend): c1 (2, 100), c2 (0, 0),
 * c3 (1, 50), c4 (0, 0), c5 (3, 150); 3 of 5 bought again, spend 300 in all, 60 a customer.
 */
class BacktestMeasuresTest {

    private static final List<PastCustomer> POPULATION = List.of(
            customer("c1", 2, 100, "1997-01-01T10:00:00Z", "1997-03-01T10:00:00Z"),
            customer("c2", 0, 0, "1997-01-02T10:00:00Z"),
            customer("c3", 1, 50, "1997-01-03T10:00:00Z"),
            customer("c4", 0, 0, "1997-01-04T10:00:00Z", "1997-01-04T18:00:00Z"),
            customer("c5", 3, 150, "1997-01-05T10:00:00Z"));

    @Test
    void aSegmentationGetsLiftPerSegmentAndRanksBySegmentRank() {
        PastChoice choice = segmentation();
        SegmentView a = segment(choice, "a", 1);
        SegmentView b = segment(choice, "b", 2);
        ModelResult result = BacktestMeasures.of(choice, POPULATION, List.of(a, a, b, b, b), 273);

        assertThat(result.scored()).isEqualTo(5);
        SegmentResult first = result.segments().get(0);
        SegmentResult second = result.segments().get(1);
        // a: c1 and c2; 1 of 2 bought again (0.5 against 0.6), spend 100 of 300, 50 a customer against 60.
        assertThat(first.code()).isEqualTo("a");
        assertThat(first.customers()).isEqualTo(2);
        assertThat(first.repurchaseRate()).isEqualTo(0.5);
        assertThat(first.purchasesPerCustomer()).isEqualTo(1.0);
        assertThat(first.spendShare()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(first.lift()).isCloseTo(0.5 / 0.6, within(1e-12));
        assertThat(first.spendLift()).isCloseTo(50 / 60.0, within(1e-12));
        // b: c3, c4, c5; 2 of 3 bought again, 4 purchases, spend 200.
        assertThat(second.repurchaseRate()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(second.purchasesPerCustomer()).isCloseTo(4 / 3.0, within(1e-12));
        assertThat(second.lift()).isCloseTo((2 / 3.0) / 0.6, within(1e-12));
        // Pairs of (bought again, not): c1-c2 tie, c1-c4 a over b, c3-c2 0, c3-c4 tie, c5-c2 0, c5-c4 tie: 2.5 of 6.
        assertThat(result.auc()).isCloseTo(2.5 / 6, within(1e-12));
        // The top fifth is one customer, half of segment a: half its spend, 50 of 300.
        assertThat(result.topFifthSpendShare()).isCloseTo(50 / 300.0, within(1e-12));
        assertThat(result.gains()).extracting(Backtest.GainPoint::group).containsExactly("a", "b");
        assertThat(result.gains().get(0).customerShare()).isCloseTo(0.4, within(1e-12));
        assertThat(result.gains().get(0).spendShare()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(result.prediction()).isNull();
    }

    @Test
    void aForecastIsSetAgainstTheHoldoutByCalibrationPurchases() {
        PastChoice choice = forecast(39);
        List<Object> results = List.of(score(choice, 90, 1.5), score(choice, 10, 0.5), score(choice, 50, 1.0),
                score(choice, 20, 0.2), score(choice, 80, 2.0));
        ModelResult result = BacktestMeasures.of(choice, POPULATION, results, 273);

        assertThat(result.auc()).isEqualTo(1.0); // every buyer scores above every non-buyer
        assertThat(result.topFifthSpendShare()).isCloseTo(100 / 300.0, within(1e-12)); // c1 alone
        Backtest.Prediction prediction = result.prediction();
        assertThat(prediction.predictedTotal()).isCloseTo(5.2, within(1e-12));
        assertThat(prediction.actualTotal()).isEqualTo(6);
        assertThat(prediction.meanAbsoluteError()).isCloseTo((0.5 + 0.5 + 0 + 0.2 + 1) / 5, within(1e-12));
        // c1 bought on two days in calibration (one repeat); c4 twice on one day, which is one purchase.
        List<ConditionalExpectation> table = prediction.byCalibrationPurchases();
        assertThat(table).hasSize(2);
        assertThat(table.get(0).customers()).isEqualTo(4);
        assertThat(table.get(0).actualMean()).isEqualTo(1.0);
        assertThat(table.get(0).predictedMean()).isCloseTo(3.7 / 4, within(1e-12));
        assertThat(table.get(1).repeatPurchases()).isEqualTo(1);
        assertThat(table.get(1).predictedMean()).isEqualTo(1.5);
    }

    @Test
    void aForecastOverAnotherHorizonIsNotComparedAndSaysWhy() {
        PastChoice choice = forecast(52);
        List<Object> results = POPULATION.stream().map(c -> (Object) score(choice, 50, 1.0)).toList();
        ModelResult result = BacktestMeasures.of(choice, POPULATION, results, 273);

        assertThat(result.prediction()).isNull();
        assertThat(result.notes()).anyMatch(note -> note.contains("364 days") && note.contains("273 days"));
    }

    @Test
    void failuresAndCustomersWithoutDataAreLeftOutAndCounted() {
        PastChoice choice = forecast(39);
        ScoreView none = new ScoreView(choice.reference(), null, 0, 100, "", "No data", List.of(), "");
        List<Object> results = List.of(score(choice, 90, 1.5), none, new BatchScoring.Failure("timed out"),
                score(choice, 20, 0.2), score(choice, 80, 2.0));
        ModelResult result = BacktestMeasures.of(choice, POPULATION, results, 273);

        assertThat(result.scored()).isEqualTo(3);
        assertThat(result.noData()).isEqualTo(1);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.prediction().customers()).isEqualTo(3);
        assertThat(result.notes()).anyMatch(note -> note.startsWith("1 customers left out"));
    }

    @Test
    void theTopShareSplitsTiesStraddlingTheCutInProportion() {
        double[] score = {3, 2, 2, 2, 1};
        double[] outcome = {10, 30, 0, 0, 60};
        // The top 40% is 2 customers: the 3 (10) and a third of the tie at 2 (30 / 3).
        assertThat(BacktestMeasures.topShare(score, outcome, 0.4)).isCloseTo(20 / 100.0, within(1e-12));
        assertThat(BacktestMeasures.topShare(score, outcome, 1.0)).isCloseTo(1.0, within(1e-12));
        assertThat(BacktestMeasures.topShare(score, new double[5], 0.2)).isNaN();
    }

    private static PastCustomer customer(String id, int purchases, double spend, String... orders) {
        CustomerSnapshot.Builder snapshot = CustomerSnapshot.builder(id);
        for (String at : orders) {
            snapshot.order(new OrderRecord(Instant.parse(at), 20, 1, 0, null));
        }
        return new PastCustomer(snapshot.build(), purchases, spend);
    }

    private static PastChoice segmentation() {
        ModelDescriptor descriptor = ModelDescriptor.builder("two-tiers", ModelFamily.SEGMENTATION).name("Two tiers").version("1.0.0")
                .description("Two tiers.").formula("a or b").source("this test")
                .segment(new SegmentDefinition("b", "B", 2, "")).segment(new SegmentDefinition("a", "A", 1, ""))
                .build();
        return choice(descriptor, Map.of());
    }

    private static PastChoice forecast(int horizonWeeks) {
        ModelDescriptor descriptor = ModelDescriptor.builder("forecast", ModelFamily.LOYALTY).name("Forecast").version("1.0.0")
                .description("A forecast.").formula("given").source("this test").scale(new Scale(0, 100, "points"))
                .parameter(ParameterSpec.integer(ForecastHorizon.WEEKS, "Weeks ahead.", 52, 1, 520)).build();
        return choice(descriptor, Map.of(ForecastHorizon.WEEKS, horizonWeeks));
    }

    /** A model whose results the tests give; the measures never run it. */
    private record Given(ModelDescriptor descriptor) implements SegmentationModel {
        @Override
        public Segment evaluate(CustomerSnapshot customer, ScoringContext context) {
            throw new UnsupportedOperationException("the measures are given results");
        }
    }

    private static PastChoice choice(ModelDescriptor descriptor, Map<String, Object> params) {
        Parameters parameters = Parameters.resolve(descriptor.parameters(), params);
        return new PastChoice(new RegisteredModel(descriptor, new Given(descriptor), "test", "1.0.0"), parameters,
                new ModelRef(descriptor.id(), descriptor.version(), "test", "1.0.0", parameters.asMap()));
    }

    private static SegmentView segment(PastChoice choice, String code, int rank) {
        return new SegmentView(choice.reference(), code, code.toUpperCase(), rank, List.of(), List.of());
    }

    private static ScoreView score(PastChoice choice, double value, double expectedPurchases) {
        return new ScoreView(choice.reference(), value, 0, 100, "points", "band",
                List.of(new Component(ForecastHorizon.EXPECTED_PURCHASES, expectedPurchases, "forecast")), "");
    }
}
