package io.customerlens.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void pluralAddsAnSExceptForOne() {
        assertThat(Wording.plural(0, "order")).isEqualTo("0 orders");
        assertThat(Wording.plural(1, "order")).isEqualTo("1 order");
        assertThat(Wording.plural(3, "day")).isEqualTo("3 days");
    }

    @Test
    void numbersDropTrailingZeros() {
        assertThat(Wording.number(1020, 2)).isEqualTo("1020");
        assertThat(Wording.number(1020, 0)).isEqualTo("1020");
        assertThat(Wording.number(577.5, 2)).isEqualTo("577.5");
        assertThat(Wording.number(8.3333, 2)).isEqualTo("8.33");
        assertThat(Wording.number(-0.001, 2)).isEqualTo("0");
        assertThat(Wording.percent(0.05)).isEqualTo("5%");
        assertThat(Wording.percent(0.1234)).isEqualTo("12.34%");
        assertThat(Wording.number(8.3333)).isEqualTo("8.33");
        assertThat(Wording.decimal(12)).isEqualTo("12.00");
        assertThat(Wording.percent(-0.5, 1)).isEqualTo("-50%");
        assertThat(Wording.percent(0.12345, 1)).isEqualTo("12.3%");
    }

    @Test
    void numbersRoundLikeBigDecimalHalfUp() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-3, 7));
            double value = switch (i % 3) {
                case 0 -> random.nextDouble() * magnitude;
                case 1 -> -random.nextDouble() * magnitude;
                default -> random.nextInt(-2_000_000, 2_000_000) / 200.0; // halfway cases such as 1.005
            };
            for (int decimals = 0; decimals <= 3; decimals++) {
                String expected = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString();
                assertThat(Wording.number(value, decimals)).as("%s to %d decimals", value, decimals)
                        .isEqualTo(expected);
            }
        }
    }
}
