package io.customerlens.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FixedPointTest {

    @Test
    void writesWhatStringFormatWrites() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-3, 10));
            double value = switch (i % 4) {
                case 0 -> random.nextDouble() * magnitude;
                case 1 -> -random.nextDouble() * magnitude;
                case 2 -> random.nextInt(0, 2_000_000) / 200.0; // halfway cases such as 1.005 and 0.125
                default -> Math.round(random.nextDouble() * 1e6) / 100.0;
            };
            for (int decimals = 0; decimals <= 3; decimals++) {
                assertThat(FixedPoint.format(value, decimals)).as("%s to %d decimals", value, decimals)
                        .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", value));
            }
        }
        assertThat(FixedPoint.format(-0.0, 2)).isEqualTo("-0.00");
        assertThat(FixedPoint.format(Double.NaN, 2)).isEqualTo("NaN");
        assertThat(FixedPoint.format(2.5, 0)).isEqualTo("3");
    }
}
