package io.customerlens.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    // sorted: 1 2 3 4 5 6 7 8 9 10 -> type 7: h = 9p
    private final Quantiles oneToTen = Quantiles.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);

    @Test
    void interpolatesLikeType7() {
        assertThat(oneToTen.at(0)).isEqualTo(1);
        assertThat(oneToTen.at(1)).isEqualTo(10);
        assertThat(oneToTen.at(0.5)).isEqualTo(5.5);
        assertThat(oneToTen.at(0.2)).isCloseTo(2.8, within(1e-12)); // h = 1.8 -> 2 + 0.8
        assertThat(oneToTen.at(0.8)).isCloseTo(8.2, within(1e-12)); // h = 7.2 -> 8 + 0.2
    }

    @Test
    void binsIntoQuintiles() {
        // cut points 2.8, 4.6, 6.4, 8.2
        assertThat(oneToTen.bin(1, 5)).isEqualTo(1);
        assertThat(oneToTen.bin(2.8, 5)).isEqualTo(1);
        assertThat(oneToTen.bin(3, 5)).isEqualTo(2);
        assertThat(oneToTen.bin(5, 5)).isEqualTo(3);
        assertThat(oneToTen.bin(7, 5)).isEqualTo(4);
        assertThat(oneToTen.bin(9, 5)).isEqualTo(5);
    }

    @Test
    void tiedValuesShareTheLowerBin() {
        Quantiles mostlyOnes = Quantiles.of(1, 1, 1, 1, 1, 1, 2, 3, 4, 5);
        assertThat(mostlyOnes.bin(1, 5)).isEqualTo(1);
        assertThat(mostlyOnes.bin(5, 5)).isEqualTo(5);
    }

    @Test
    void emptyHasNoQuantile() {
        assertThatThrownBy(() -> Quantiles.EMPTY.at(0.5)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Quantiles.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
