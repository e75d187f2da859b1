package io.customerlens.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.analytics.stats.RankCorrelation.Result;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class RankCorrelationTest {

    private static final double EPS = 1e-12;
    private static final double NAN = Double.NaN;

    // ---- Spearman ----

    @Test
    void spearmanWithTiesMatchesTheHandComputation() {
        // the scipy.stats.spearmanr documentation example, published result 0.8207826816681233
        // x = [1, 2, 3, 4, 5] -> ranks 1..5, deviations from the mean rank 3: -2, -1, 0, 1, 2
        // y = [5, 6, 7, 8, 7] -> ranks 1, 2, 3.5, 5, 3.5 (the two 7s share ranks 3 and 4),
        //                        deviations -2, -1, 0.5, 2, 0.5
        // Σdx*dy = 4 + 1 + 0 + 2 + 1 = 8;  Σdx² = 4+1+0+1+4 = 10;  Σdy² = 4+1+0.25+4+0.25 = 9.5
        // rho = 8 / sqrt(10 * 9.5) = 8 / sqrt(95) = 0.82078...
        Result result = RankCorrelation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7});

        assertThat(result.coefficient()).isCloseTo(8 / Math.sqrt(95), within(EPS));
        assertThat(result.coefficient()).isCloseTo(0.8207826816681233, within(EPS));
        assertThat(result.pairsUsed()).isEqualTo(5);
        assertThat(result.pairsDropped()).isZero();
    }

    @Test
    void spearmanMatchesThePublishedIqAndTelevisionExample() {
        // Wikipedia, "Spearman's rank correlation coefficient": IQ vs hours of TV per week, no ties
        // IQ ranks  7, 4, 1, 5, 3, 6, 2, 10, 9, 8;  TV ranks 3, 7, 1, 10, 8, 9, 6, 4, 2, 5
        // d = 4, -3, 0, -5, -5, -3, -4, 6, 7, 3;  Σd² = 16+9+0+25+25+9+16+36+49+9 = 194
        // rho = 1 - 6*194 / (10*(100-1)) = 1 - 1164/990 = -29/165 = -0.17575...
        double[] iq = {106, 100, 86, 101, 99, 103, 97, 113, 112, 110};
        double[] tv = {7, 27, 2, 50, 28, 29, 20, 12, 6, 17};

        assertThat(RankCorrelation.spearman(iq, tv).coefficient()).isCloseTo(-29.0 / 165.0, within(EPS));
    }

    @Test
    void perfectlyMonotoneDataCorrelatesFully() {
        // y = x^3 is increasing but not linear: every pair is concordant and the ranks are equal
        double[] x = {1, 2, 3, 4, 5};
        double[] cubes = {1, 8, 27, 64, 125};
        double[] reversed = {125, 64, 27, 8, 1};

        assertThat(RankCorrelation.spearman(x, cubes).coefficient()).isEqualTo(1.0);
        assertThat(RankCorrelation.spearman(x, reversed).coefficient()).isEqualTo(-1.0);
        assertThat(RankCorrelation.kendallTauB(x, cubes).coefficient()).isEqualTo(1.0);
        assertThat(RankCorrelation.kendallTauB(x, reversed).coefficient()).isEqualTo(-1.0);
    }

    // ---- Kendall tau-b ----

    @Test
    void kendallTauBWithTiesInEachVariable() {
        // x = [1, 2, 2, 3], y = [1, 3, 2, 2]; the 6 pairs (items i, j):
        // (0,1) 1<2, 1<3 concordant     (0,2) 1<2, 1<2 concordant     (0,3) 1<3, 1<2 concordant
        // (1,2) x tied (2, 2)           (1,3) 2<3, 3>2 discordant     (2,3) 2<3, y tied (2, 2)
        // n_c = 3, n_d = 1, n0 = 6, n1 (ties in x) = 1, n2 (ties in y) = 1
        // tau_b = (3 - 1) / sqrt((6 - 1)(6 - 1)) = 2/5 = 0.4
        assertThat(RankCorrelation.kendallTauB(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 2})
                .coefficient()).isCloseTo(0.4, within(EPS));
    }

    @Test
    void kendallTauBWithAPairTiedInBothVariables() {
        // x = [1, 1, 2, 3], y = [1, 1, 2, 1]
        // (0,1) tied in x and y        (0,2) 1<2, 1<2 concordant     (0,3) 1<3, y tied (1, 1)
        // (1,2) 1<2, 1<2 concordant     (1,3) 1<3, y tied (1, 1)      (2,3) 2<3, 2>1 discordant
        // n_c = 2, n_d = 1, n0 = 6, n1 = 1 (pair 0,1), n2 = C(3,2) = 3 (three 1s in y), n3 = 1
        // tau_b = (2 - 1) / sqrt((6 - 1)(6 - 3)) = 1 / sqrt(15) = 0.2581...
        assertThat(RankCorrelation.kendallTauB(new double[] {1, 1, 2, 3}, new double[] {1, 1, 2, 1})
                .coefficient()).isCloseTo(1 / Math.sqrt(15), within(EPS));
    }

    @Test
    void kendallTauBMatchesThePublishedScipyExample() {
        // scipy.stats.kendalltau documentation: x1 = [12, 2, 1, 12, 2], x2 = [1, 4, 7, 1, 0] -> -0.4714...
        // points p0(12,1) p1(2,4) p2(1,7) p3(12,1) p4(2,0); the 10 pairs:
        // (0,1) D  (0,2) D  (0,3) tied in both  (0,4) C  (1,2) D
        // (1,3) D  (1,4) x tied  (2,3) D  (2,4) D  (3,4) C
        // n_c = 2, n_d = 6, n0 = 10, n1 = 2 (12,12 and 2,2), n2 = 1 (1,1)
        // tau_b = (2 - 6) / sqrt((10 - 2)(10 - 1)) = -4 / sqrt(72) = -0.47140452079103173
        Result result = RankCorrelation.kendallTauB(new double[] {12, 2, 1, 12, 2}, new double[] {1, 4, 7, 1, 0});

        assertThat(result.coefficient()).isCloseTo(-4 / Math.sqrt(72), within(EPS));
        assertThat(result.coefficient()).isCloseTo(-0.47140452079103173, within(EPS));
    }

    @Test
    void negativeAndPositiveZeroAreTied() {
        // x = [-0.0, 0.0, 1], y = [1, 2, 3]: (0,1) x tied, (0,2) and (1,2) concordant
        // n_c = 2, n_d = 0, n0 = 3, n1 = 1, n2 = 0 -> tau_b = 2 / sqrt(2 * 3) = 2 / sqrt(6)
        // Spearman: x ranks 1.5, 1.5, 3 (deviations -0.5, -0.5, 1), y deviations -1, 0, 1
        // Σdx*dy = 0.5 + 0 + 1 = 1.5; Σdx² = 1.5; Σdy² = 2 -> rho = 1.5 / sqrt(3)
        double[] x = {-0.0, 0.0, 1};
        double[] y = {1, 2, 3};

        assertThat(RankCorrelation.kendallTauB(x, y).coefficient()).isCloseTo(2 / Math.sqrt(6), within(EPS));
        assertThat(RankCorrelation.spearman(x, y).coefficient()).isCloseTo(1.5 / Math.sqrt(3), within(EPS));
    }

    // ---- missing values and undefined cases ----

    @Test
    void pairsWithANaNOnEitherSideAreDropped() {
        // items 1 (y = 5 but x NaN) and 2 (x = 2 but y NaN) go; (1,1) and (3,2) remain: one concordant pair
        double[] x = {1, NAN, 2, 3};
        double[] y = {1, 5, NAN, 2};

        for (Result result : List.of(RankCorrelation.spearman(x, y), RankCorrelation.kendallTauB(x, y))) {
            assertThat(result.coefficient()).isEqualTo(1.0);
            assertThat(result.pairsUsed()).isEqualTo(2);
            assertThat(result.pairsDropped()).isEqualTo(2);
        }
    }

    @Test
    void nullElementsOfListsCountAsMissing() {
        Result result = RankCorrelation.kendallTauB(Arrays.asList(3, null, 1, 2), List.of(30.0, 10.0, 10.0, 20.0));

        // remaining (3,30) (1,10) (2,20): all three pairs concordant -> 1
        assertThat(result.coefficient()).isEqualTo(1.0);
        assertThat(result.pairsUsed()).isEqualTo(3);
        assertThat(result.pairsDropped()).isEqualTo(1);
    }

    @Test
    void undefinedWithFewerThanTwoPairsOrAConstantVariable() {
        assertThat(RankCorrelation.spearman(new double[0], new double[0]).coefficient()).isNaN();
        assertThat(RankCorrelation.kendallTauB(new double[] {1}, new double[] {2}).coefficient()).isNaN();
        assertThat(RankCorrelation.spearman(new double[] {1, NAN}, new double[] {NAN, 2}).pairsUsed()).isZero();
        // x constant: every pair tied in x, n0 - n1 = 0 and Σdx² = 0
        assertThat(RankCorrelation.spearman(new double[] {4, 4, 4}, new double[] {1, 2, 3}).coefficient()).isNaN();
        assertThat(RankCorrelation.kendallTauB(new double[] {1, 2, 3}, new double[] {7, 7, 7}).coefficient())
                .isNaN();
    }

    @Test
    void rejectsSequencesOfDifferentLength() {
        assertThatThrownBy(() -> RankCorrelation.kendallTauB(new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x and y must have the same length (x: 2, y: 3)");
        assertThatThrownBy(() -> RankCorrelation.spearman(List.of(1), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x and y must have the same length (x: 1, y: 0)");
    }

    // ---- property tests against the O(n²) definitions ----

    @Test
    void kendallTauBAgreesWithTheQuadraticDefinitionOnRandomTiedData() {
        agreeOnRandomData(new Random(20240611L), 200, 1, 60, 1, 5, RankCorrelation::kendallTauB, ReferenceStatistics::kendallTauB);
    }

    @Test
    void kendallTauBAgreesWithTheQuadraticDefinitionOnLongerSequences() {
        // lengths beyond a few powers of two exercise every merge width
        agreeOnRandomData(new Random(7L), 30, 100, 900, 2, 40, RankCorrelation::kendallTauB, ReferenceStatistics::kendallTauB);
    }

    @Test
    void spearmanAgreesWithTheQuadraticDefinitionOnRandomTiedData() {
        agreeOnRandomData(new Random(42L), 200, 1, 60, 1, 5, RankCorrelation::spearman, ReferenceStatistics::spearman);
    }

    /** Runs of random length (minLength + [0, lengthSpan)) over minDistinct + [0, distinctSpan) distinct values. */
    private static void agreeOnRandomData(Random random, int runs, int minLength, int lengthSpan, int minDistinct,
                                          int distinctSpan, BiFunction<double[], double[], Result> fast,
                                          BiFunction<double[], double[], ReferenceStatistics.Reference> reference) {
        for (int run = 0; run < runs; run++) {
            int n = minLength + random.nextInt(lengthSpan);
            double[] x = randomTiedValues(random, n, minDistinct + random.nextInt(distinctSpan));
            double[] y = randomTiedValues(random, n, minDistinct + random.nextInt(distinctSpan));
            assertSame(fast.apply(x, y), reference.apply(x, y), run);
        }
    }

    /** Integers in [0, distinct) so that ties are frequent, with some NaN and some -0.0. */
    private static double[] randomTiedValues(Random random, int n, int distinct) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            int draw = random.nextInt(20);
            if (draw == 0) {
                values[i] = NAN;
            } else {
                double value = random.nextInt(distinct);
                values[i] = value == 0 && draw == 1 ? -0.0 : value;
            }
        }
        return values;
    }

    private static void assertSame(Result actual, ReferenceStatistics.Reference expected, int run) {
        assertThat(actual.pairsUsed()).as("pairs used, run %d", run).isEqualTo(expected.pairs());
        if (Double.isNaN(expected.coefficient())) {
            assertThat(actual.coefficient()).as("run %d", run).isNaN();
        } else {
            assertThat(actual.coefficient()).as("run %d", run).isCloseTo(expected.coefficient(), within(EPS));
        }
    }
}
