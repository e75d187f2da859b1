package io.customerlens.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscriminationTest {

    @Test
    void aucCountsThePairsAPositiveWins() {
        // positives 0.9 (beats 0.8, 0.6, 0.5) and 0.7 (beats 0.6, 0.5): 5 of 2 x 3 pairs
        assertThat(Discrimination.auc(new double[] {0.9, 0.8, 0.7, 0.6, 0.5},
                new boolean[] {true, false, true, false, false})).isCloseTo(5.0 / 6, within(1e-12));
        // a tie counts one half: 1 vs 1 (0.5) and 1 vs 0 (1) of 2 pairs
        assertThat(Discrimination.auc(new double[] {1, 1, 0}, new boolean[] {true, false, false}))
                .isCloseTo(0.75, within(1e-12));
        // a perfect sort, a reversed one, and customers without a score left out
        assertThat(Discrimination.auc(new double[] {3, 2, Double.NaN, 1}, new boolean[] {true, true, false, false}))
                .isEqualTo(1.0);
        assertThat(Discrimination.auc(new double[] {1, 2, 3}, new boolean[] {true, false, false})).isEqualTo(0.0);
    }

    @Test
    void aucNeedsCustomersOnBothSides() {
        assertThat(Discrimination.auc(new double[] {1, 2}, new boolean[] {true, true})).isNaN();
        assertThat(Discrimination.auc(new double[] {}, new boolean[] {})).isNaN();
        assertThatThrownBy(() -> Discrimination.auc(new double[] {1}, new boolean[] {})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gainsSplitTheSortedCustomersIntoGroups() {
        // sorted 5, 4 | 3, 2, 1 with outcomes 10, 0 | 5, 0, 5: 20 in all, 4 per customer
        List<Discrimination.Gain> gains = Discrimination.gains(new double[] {3, 5, 1, 4, 2},
                new double[] {5, 10, 5, 0, 0}, 2);

        assertThat(gains).extracting(Discrimination.Gain::customers).containsExactly(2, 3);
        assertThat(gains).extracting(Discrimination.Gain::outcome).containsExactly(10.0, 10.0);
        assertThat(gains).extracting(Discrimination.Gain::cumulativeShare).containsExactly(0.5, 1.0);
        assertThat(gains.get(0).lift()).isCloseTo(1.25, within(1e-12));
        assertThat(gains.get(1).lift()).isCloseTo(10.0 / 3 / 4, within(1e-12));
    }

    @Test
    void gainsUseNoMoreGroupsThanCustomers() {
        assertThat(Discrimination.gains(new double[] {1, 2, Double.NaN}, new double[] {1, 1, 9}, 10))
                .extracting(Discrimination.Gain::customers).containsExactly(1, 1);
        assertThat(Discrimination.gains(new double[] {}, new double[] {}, 10)).isEmpty();
    }
}
