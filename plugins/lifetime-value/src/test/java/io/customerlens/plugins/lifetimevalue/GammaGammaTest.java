package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GammaGammaTest {

    /** Fader, Hardie and Lee (2013 note), CDNOW repeat buyers. */
    static final GammaGamma PUBLISHED = new GammaGamma(6.25, 3.74, 15.44);

    @Test
    void logLikelihoodHandChecked() {
        // p = q = gamma = 1, x = 1, zbar = 1: lnΓ(2) - lnΓ(1) - lnΓ(1) + 1 ln 1 + 0 ln 1 + 1 ln 1 - 2 ln(1 + 1)
        // = -2 ln 2; directly: z ~ Exp(nu), nu ~ Exp(1) -> density 1 / (1 + z)^2 = 1/4 at z = 1
        assertThat(new GammaGamma(1, 1, 1).logLikelihood(1, 1)).isCloseTo(-2 * Math.log(2), within(1e-14));
        // p = 2, q = 3, gamma = 4, x = 2, zbar = 5: lnΓ(7) - lnΓ(4) - lnΓ(3) + 3 ln 4 + 3 ln 5 + 4 ln 2 - 7 ln 14
        // = ln 720 - ln 6 - ln 2 + ln 64 + ln 125 + ln 16 - 7 ln 14 = ln(60 x 64 x 125 x 16 / 14^7)
        double expected = Math.log(60.0 * 64 * 125 * 16 / Math.pow(14, 7));
        assertThat(new GammaGamma(2, 3, 4).logLikelihood(2, 5)).isCloseTo(expected, within(1e-13));
    }

    @Test
    void conditionalAndPopulationMeans() {
        // CDNOW customer 1 (x = 2, zbar = 22.35): 6.25 (15.44 + 2 x 22.35) / (6.25 x 2 + 3.74 - 1)
        // = 6.25 x 60.14 / 15.24 = 375.875 / 15.24 = 24.66371391
        assertThat(PUBLISHED.conditionalMean(2, 22.35)).isCloseTo(24.66371391, within(1e-8));
        assertThat(PUBLISHED.expectedSpend(2, 22.35)).isEqualTo(PUBLISHED.conditionalMean(2, 22.35));
        // 6.25 x 15.44 / (3.74 - 1) = 96.5 / 2.74 = 35.21897810
        assertThat(PUBLISHED.populationMean()).isCloseTo(35.21897810, within(1e-8));
        assertThat(PUBLISHED.expectedSpend(0, 0)).isEqualTo(PUBLISHED.populationMean());
        // zero-value repeat purchases: 6.25 x 15.44 / 15.24 = 6.33202100
        assertThat(PUBLISHED.conditionalMean(2, 0)).isCloseTo(6.33202100, within(1e-8));
    }

    @Test
    void meansNeedFiniteMoments() {
        GammaGamma heavy = new GammaGamma(0.3, 0.5, 10);
        // q = 0.5 <= 1: no population mean; x = 1: 0.3 + 0.5 <= 1; x = 2: 0.6 + 0.5 > 1
        assertThat(heavy.finiteSpend(0)).isFalse();
        assertThat(heavy.finiteSpend(1)).isFalse();
        assertThat(heavy.finiteSpend(2)).isTrue();
        assertThatThrownBy(heavy::populationMean).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> heavy.conditionalMean(1, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsInvalidInput() {
        assertThatThrownBy(() -> new GammaGamma(1, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PUBLISHED.logLikelihood(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PUBLISHED.logLikelihood(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
