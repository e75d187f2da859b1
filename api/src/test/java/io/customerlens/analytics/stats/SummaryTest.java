package io.customerlens.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.analytics.stats.Summary.Quantile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final double EPS = 1e-12;

    @Test
    void summarisesOneToTen() {
        // 1..10 in scrambled order; sum 55 -> mean 5.5
        // Σ(x - 5.5)² = 2 * (0.5² + 1.5² + 2.5² + 3.5² + 4.5²) = 2 * (0.25 + 2.25 + 6.25 + 12.25 + 20.25) = 82.5
        // sample sd = sqrt(82.5 / 9) = sqrt(9.1666...) = 3.02765...
        Summary summary = Summary.of(new double[] {3, 1, 4, 10, 5, 9, 2, 6, 8, 7});

        assertThat(summary.count()).isEqualTo(10);
        assertThat(summary.ignored()).isZero();
        assertThat(summary.mean()).isEqualTo(5.5);
        assertThat(summary.min()).isEqualTo(1);
        assertThat(summary.max()).isEqualTo(10);
        assertThat(summary.standardDeviation()).isCloseTo(Math.sqrt(82.5 / 9), within(EPS));
    }

    @Test
    void type7QuantilesOfOneToTen() {
        // sorted x_0..x_9 = 1..10, h = (n - 1) p = 9p, q = x_⌊h⌋ + (h - ⌊h⌋)(x_⌈h⌉ - x_⌊h⌋)
        // p = 0.1:  h = 0.9  -> 1 + 0.9 * (2 - 1) = 1.9
        // p = 0.25: h = 2.25 -> 3 + 0.25 * (4 - 3) = 3.25
        // p = 0.5:  h = 4.5  -> 5 + 0.5 * (6 - 5) = 5.5
        // p = 0.9:  h = 8.1  -> 9 + 0.1 * (10 - 9) = 9.1
        // p = 0 and p = 1 give x_0 = 1 and x_9 = 10
        // (R: quantile(1:10, c(.1, .25, .5, .9)) prints 1.90 3.25 5.50 9.10)
        Summary summary = Summary.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

        assertThat(summary.quantile(0.1)).isCloseTo(1.9, within(EPS));
        assertThat(summary.quantile(0.25)).isCloseTo(3.25, within(EPS));
        assertThat(summary.quantile(0.5)).isCloseTo(5.5, within(EPS));
        assertThat(summary.quantile(0.9)).isCloseTo(9.1, within(EPS));
        assertThat(summary.quantile(0)).isEqualTo(1);
        assertThat(summary.quantile(1)).isEqualTo(10);
    }

    @Test
    void quantilesInterpolateBetweenUnevenlySpacedValues() {
        // sorted [1, 3, 7, 15], h = 3p
        // p = 0.5:  h = 1.5  -> 3 + 0.5 * (7 - 3) = 5
        // p = 0.75: h = 2.25 -> 7 + 0.25 * (15 - 7) = 9
        // p = 0.2:  h = 0.6  -> 1 + 0.6 * (3 - 1) = 2.2
        Summary summary = Summary.of(new double[] {7, 1, 15, 3});

        assertThat(summary.quantiles(0.5, 0.75, 0.2)).satisfiesExactly(
                        q -> assertQuantile(q, 0.5, 5),
                        q -> assertQuantile(q, 0.75, 9),
                        q -> assertQuantile(q, 0.2, 2.2));
    }

    @Test
    void aSingleValueHasNoStandardDeviation() {
        // n - 1 = 0 degrees of freedom; every quantile is the value itself
        Summary summary = Summary.of(new double[] {4});

        assertThat(summary.count()).isOne();
        assertThat(summary.mean()).isEqualTo(4);
        assertThat(summary.min()).isEqualTo(4);
        assertThat(summary.max()).isEqualTo(4);
        assertThat(summary.standardDeviation()).isNaN();
        assertThat(summary.quantile(0.37)).isEqualTo(4);
    }

    @Test
    void equalValuesHaveZeroSpread() {
        Summary summary = Summary.of(new double[] {2, 2, 2});

        assertThat(summary.standardDeviation()).isZero();
        assertThat(summary.quantile(0.5)).isEqualTo(2);
        assertThat(summary.quantile(0.9)).isEqualTo(2);
    }

    @Test
    void nanAndNullAreIgnoredAndReported() {
        // remaining [1, 3]: mean 2; Σ(x - 2)² = 1 + 1 = 2, sd = sqrt(2 / 1); median: h = 0.5 -> 1 + 0.5 * 2 = 2
        Summary summary = Summary.of(Arrays.asList(Double.NaN, 1.0, null, 3.0));

        assertThat(summary.count()).isEqualTo(2);
        assertThat(summary.ignored()).isEqualTo(2);
        assertThat(summary.mean()).isEqualTo(2);
        assertThat(summary.standardDeviation()).isCloseTo(Math.sqrt(2), within(EPS));
        assertThat(summary.quantile(0.5)).isEqualTo(2);
    }

    @Test
    void everyFigureIsNaNWithoutValues() {
        Summary summary = Summary.of(new double[] {Double.NaN});

        assertThat(summary.count()).isZero();
        assertThat(summary.ignored()).isOne();
        assertThat(summary.mean()).isNaN();
        assertThat(summary.min()).isNaN();
        assertThat(summary.max()).isNaN();
        assertThat(summary.standardDeviation()).isNaN();
        assertThat(summary.quantile(0.5)).isNaN();
    }

    @Test
    void standardDeviationSurvivesALargeOffset() {
        // the classic example of Wikipedia's "Algorithms for calculating variance": 4, 7, 13, 16 shifted by
        // 1e9; mean 1e9 + 10, deviations -6, -3, 3, 6, Σ = 36 + 9 + 9 + 36 = 90, sample variance 90/3 = 30
        Summary summary = Summary.of(new double[] {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16});

        assertThat(summary.mean()).isEqualTo(1e9 + 10);
        assertThat(summary.standardDeviation()).isCloseTo(Math.sqrt(30), within(1e-9));
    }

    @Test
    void infinitiesPropagate() {
        // [1, +inf]: mean +inf; deviations inf - inf = NaN; the median lies towards +inf
        Summary summary = Summary.of(new double[] {1, Double.POSITIVE_INFINITY});

        assertThat(summary.mean()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(summary.standardDeviation()).isNaN();
        assertThat(summary.quantile(0)).isEqualTo(1);
        assertThat(summary.quantile(0.5)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void rejectsProbabilitiesOutsideZeroToOne() {
        Summary summary = Summary.of(new double[] {1, 2});

        assertThatThrownBy(() -> summary.quantile(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("probability must be between 0 and 1 (was -0.1)");
        assertThatThrownBy(() -> summary.quantiles(0.5, 1.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("probability must be between 0 and 1 (was 1.1)");
        assertThatThrownBy(() -> summary.quantile(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("probability must be between 0 and 1 (was NaN)");
    }

    private static void assertQuantile(Quantile quantile, double probability, double value) {
        assertThat(quantile.probability()).isEqualTo(probability);
        assertThat(quantile.value()).isCloseTo(value, within(EPS));
    }
}
