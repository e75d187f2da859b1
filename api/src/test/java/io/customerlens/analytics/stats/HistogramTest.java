package io.customerlens.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.analytics.stats.Histogram.Bin;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramTest {

    private static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void rangeFromTheDataPutsTheMaximumInTheLastBin() {
        // range [1, 10] in 3 bins of width 9/3 = 3: [1,4) {1,2,3}, [4,7) {4,5,6}, [7,10] {7,8,9,10}
        Histogram histogram = Histogram.of(ONE_TO_TEN, 3);

        assertThat(histogram.min()).isEqualTo(1);
        assertThat(histogram.max()).isEqualTo(10);
        assertThat(histogram.bins()).containsExactly(new Bin(1, 4, 3), new Bin(4, 7, 3), new Bin(7, 10, 4));
    }

    @Test
    void explicitRangeUsesTheGivenEdges() {
        // [0, 10] in 5 bins of width 2: [0,2) {1}, [2,4) {2,3}, [4,6) {4,5}, [6,8) {6,7}, [8,10] {8,9,10}
        Histogram histogram = Histogram.of(ONE_TO_TEN, 5, 0, 10);

        assertThat(histogram.bins()).containsExactly(new Bin(0, 2, 1), new Bin(2, 4, 2), new Bin(4, 6, 2),
                new Bin(6, 8, 2), new Bin(8, 10, 3));
        assertThat(histogram.below()).isZero();
        assertThat(histogram.above()).isZero();
    }

    @Test
    void valuesOutsideAnExplicitRangeAndNaNAreCountedApart() {
        // [0, 10] in 2 bins: [0,5) {0}, [5,10] {5, 10}; below {-1}; above {11, +inf}; NaN ignored
        Histogram histogram = Histogram.of(
                new double[] {-1, 0, 5, 10, 11, Double.NaN, Double.POSITIVE_INFINITY}, 2, 0, 10);

        assertThat(histogram.bins()).containsExactly(new Bin(0, 5, 1), new Bin(5, 10, 2));
        assertThat(histogram.below()).isEqualTo(1);
        assertThat(histogram.above()).isEqualTo(2);
        assertThat(histogram.ignored()).isEqualTo(1);
    }

    @Test
    void aSingleValueGetsARangeOfOneAroundIt() {
        // as numpy.histogram([5], bins=4): range [4.5, 5.5], width 0.25, edges 4.5, 4.75, 5.0, 5.25, 5.5;
        // 5 equals the lower edge of the third bin
        Histogram histogram = Histogram.of(new double[] {5}, 4);

        assertThat(histogram.bins()).containsExactly(new Bin(4.5, 4.75, 0), new Bin(4.75, 5.0, 0),
                new Bin(5.0, 5.25, 1), new Bin(5.25, 5.5, 0));
    }

    @Test
    void equalValuesFallInOneBin() {
        // all 3s: range [2.5, 3.5]; one bin holds the three values, the NaN is ignored
        Histogram histogram = Histogram.of(Arrays.asList(3.0, 3.0, null, 3.0), 1);

        assertThat(histogram.bins()).containsExactly(new Bin(2.5, 3.5, 3));
        assertThat(histogram.ignored()).isEqualTo(1);
    }

    @Test
    void noValuesGiveEmptyBinsOverTheUnitRange() {
        // as numpy: without data the range is [0, 1]; 2 bins [0, 0.5), [0.5, 1]
        Histogram histogram = Histogram.of(new double[] {Double.NaN}, 2);

        assertThat(histogram.bins()).containsExactly(new Bin(0, 0.5, 0), new Bin(0.5, 1, 0));
        assertThat(histogram.ignored()).isEqualTo(1);
    }

    @Test
    void decimalValuesOnEdgesLandInTheBinTheyOpen() {
        // [0, 1] in 10 bins: edge i = 1 * i / 10, the double nearest to i/10, i.e. the literal 0.i;
        // 0.1 * 3 = 0.30000000000000004 lies just above edge 3 and also belongs to bin 3;
        // 1.0 is the maximum and joins 0.9 in the last bin
        double[] values = {0.0, 0.1, 0.2, 0.3, 0.1 * 3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
        List<Bin> bins = Histogram.of(values, 10, 0, 1).bins();

        assertThat(bins.get(3)).isEqualTo(new Bin(0.3, 0.4, 2));
        assertThat(bins.stream().mapToInt(Bin::count).toArray()).containsExactly(1, 1, 1, 2, 1, 1, 1, 1, 1, 2);
    }

    @Test
    void valuesAreCountedAgainstTheReportedEdgesNotAFloatingPointGuess() {
        // [0, 0.1] in 5 bins: edge i = 0.1 * i / 5 -> 0, 0.02, 0.04, 0.06000000000000001, 0.08, 0.1
        // 0.02 is the lower edge of bin 1, although (0.02 - 0) / 0.1 * 5 = 0.9999999999999999 points at bin 0;
        // the literal 0.06 lies below edge 3 (0.06000000000000001), so bin 2, although 0.06 / 0.1 * 5 = 3.0
        List<Bin> bins = Histogram.of(new double[] {0.02, 0.06}, 5, 0, 0.1).bins();

        assertThat(bins.get(1)).isEqualTo(new Bin(0.02, 0.04, 1));
        assertThat(bins.get(2)).isEqualTo(new Bin(0.04, 0.06000000000000001, 1));
        assertThat(bins.stream().mapToInt(Bin::count).sum()).isEqualTo(2);
    }

    @Test
    void everyLowerEdgeOpensItsBinAndTheDoubleBelowClosesThePrevious() {
        // by definition bin i is [lower_i, lower_{i+1}); checked for ranges whose edges round awkwardly
        double[][] ranges = {{0, 0.1}, {0.1, 0.7}, {-3.3, 1.1}};
        for (double[] range : ranges) {
            for (int binCount : new int[] {3, 7, 10, 13, 100}) {
                double[] lowers = Histogram.of(new double[0], binCount, range[0], range[1]).bins().stream()
                        .mapToDouble(Bin::lower).toArray();
                double[] justBelow = Arrays.stream(lowers).skip(1).map(Math::nextDown).toArray();

                List<Bin> atEdges = Histogram.of(lowers, binCount, range[0], range[1]).bins();
                List<Bin> belowEdges = Histogram.of(justBelow, binCount, range[0], range[1]).bins();
                assertThat(atEdges).allSatisfy(bin -> assertThat(bin.count()).isOne());
                assertThat(belowEdges.subList(0, binCount - 1)).allSatisfy(bin -> assertThat(bin.count()).isOne());
            }
        }
    }

    @Test
    void rejectsABinCountOutsideOneToHundred() {
        assertThatThrownBy(() -> Histogram.of(ONE_TO_TEN, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bins must be between 1 and 100 (was 0)");
        assertThatThrownBy(() -> Histogram.of(ONE_TO_TEN, 101, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bins must be between 1 and 100 (was 101)");
        assertThat(Histogram.of(ONE_TO_TEN, 100).bins()).hasSize(100);
    }

    @Test
    void rejectsAnEmptyOrUndefinedRange() {
        assertThatThrownBy(() -> Histogram.of(ONE_TO_TEN, 5, 3, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("min and max must be finite with min < max (was min=3.0, max=3.0)");
        assertThatThrownBy(() -> Histogram.of(ONE_TO_TEN, 5, Double.NaN, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("min and max must be finite with min < max");
        assertThatThrownBy(() -> Histogram.of(new double[] {1, Double.NEGATIVE_INFINITY}, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must be finite to derive the range (found -Infinity); pass an explicit min"
                        + " and max instead");
    }
}
