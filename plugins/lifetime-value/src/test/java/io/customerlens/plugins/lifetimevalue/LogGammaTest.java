package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogGammaTest {

    @Test
    void knownValues() {
        // Γ(1/2) = √π
        assertThat(LogGamma.of(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-14));
        // Γ(1) = Γ(2) = 1
        assertThat(LogGamma.of(1)).isCloseTo(0, within(1e-14));
        assertThat(LogGamma.of(2)).isCloseTo(0, within(1e-14));
        // Γ(5) = 4! = 24, Γ(10) = 9! = 362880
        assertThat(LogGamma.of(5)).isCloseTo(Math.log(24), within(1e-13));
        assertThat(LogGamma.of(10)).isCloseTo(Math.log(362_880), within(1e-13));
        // Γ(5/2) = (3/2)(1/2)√π = 0.75 √π
        assertThat(LogGamma.of(2.5)).isCloseTo(Math.log(0.75 * Math.sqrt(Math.PI)), within(1e-14));
        // ln 99! = 359.13420536957539878 (mpmath loggamma(100))
        assertThat(LogGamma.of(100)).isCloseTo(359.13420536957540, within(1e-11));
    }

    @Test
    void smallArgumentsUseTheReflectionFormula() {
        // ln Γ(0.1) = ln 9.5135076986687318 = 2.2527126517342060 (mpmath)
        assertThat(LogGamma.of(0.1)).isCloseTo(2.2527126517342060, within(1e-14));
        // ln Γ(0.001) = 6.9071788853838537 (mpmath); Γ(x) ~ 1/x - Euler's constant near 0
        assertThat(LogGamma.of(0.001)).isCloseTo(6.9071788853838537, within(1e-13));
    }

    @Test
    void largeArguments() {
        // ln Γ(10^6) = 12815504.569147612 (mpmath); Stirling: (x - 1/2) ln x - x + ln(2π)/2
        assertThat(LogGamma.of(1e6)).isCloseTo(12_815_504.569147612, within(1e-6));
    }

    @Test
    void rejectsNonPositiveArguments() {
        assertThatThrownBy(() -> LogGamma.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogGamma.of(-1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogGamma.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogGamma.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }
}
