package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HypergeometricTest {

    @Test
    void logarithmCase() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z; z = 1/2: 2 ln 2 = 1.3862943611198906
        assertThat(Hypergeometric.f21(1, 1, 2, 0.5)).isCloseTo(2 * Math.log(2), within(1e-14));
        // near the edge of the domain, z = 0.999: -ln(0.001) / 0.999 = 6.907755278982137 / 0.999 = 6.914669948931068
        assertThat(Hypergeometric.f21(1, 1, 2, 0.999)).isCloseTo(6.914669948931068, within(1e-12));
        // negative z: z = -1/2: ln(1.5) / 0.5 = 0.8109302162163288
        assertThat(Hypergeometric.f21(1, 1, 2, -0.5)).isCloseTo(2 * Math.log(1.5), within(1e-14));
    }

    @Test
    void binomialCase() {
        // 2F1(a, b; b; z) = (1 - z)^-a: 0.7^-2.5 = 2.4396...
        assertThat(Hypergeometric.f21(2.5, 3, 3, 0.3)).isCloseTo(Math.pow(0.7, -2.5), within(1e-13));
    }

    @Test
    void scaledSumsBeyondTheDoubleRange() {
        // 2F1(500, 3; 3; 0.9) = 0.1^-500 = 1e500 overflows a double; times 0.1^500 it is exactly 1
        assertThat(Hypergeometric.scaled(500, 3, 3, 0.9, 500 * Math.log(0.1))).isCloseTo(1, within(1e-11));
        // an ordinary factor: 3 x 2F1(1, 1; 2; 1/2) = 3 x 2 ln 2
        assertThat(Hypergeometric.scaled(1, 1, 2, 0.5, Math.log(3))).isCloseTo(6 * Math.log(2), within(1e-14));
    }

    @Test
    void terminatingSeries() {
        // a = -2 ends after n = 2: 1 + (-2)(3)/4 z + (-2)(-1)(3)(4)/((4)(5) 2!) z^2 at z = 1/2
        // = 1 - 0.75 + 0.6 x 0.25 = 0.4
        assertThat(Hypergeometric.f21(-2, 3, 4, 0.5)).isCloseTo(0.4, within(1e-15));
        assertThat(Hypergeometric.f21(0.3, 0.7, 1.1, 0)).isEqualTo(1);
    }

    @Test
    void rejectsArgumentsOutsideTheDomain() {
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("|z| < 1");
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, -1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 0, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c = 0.0");
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, -3, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsASeriesThatCannotConvergeInTime() {
        // 1 - z = 1e-8 needs about 3.5e9 terms, beyond the limit
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1 - 1e-8)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not converge");
    }

    /** Against SciPy's hyp2f1 (double precision), near z = 1 and near integer b, where the connection is used. */
    @Test
    void withCOneAboveAMatchesSciPyUpToZNearOne() {
        double[][] cases = {
            {30.5, 1.6, 0.99999, 50008.489097711543},
            {30.5, 1.6, 0.9, 28.644735471358992},
            {2.1, 1.6, 0.75, 3.9847833216443069},
            {1.2, 0.7, 0.999, 3.2195872670997083},
            {5.3, 3.0, 0.95, 937.13836078631539},
            {5.3, 3.00002, 0.95, 937.18724241876544},
            {0.9, 1.0, 0.6, 1.4944547979913381},
            {12.0, 0.55, 0.999999, 7.7467760652939823},
            {3.0, 2.5, 0.5000001, 3.5492077757566194},
        };
        for (double[] c : cases) {
            assertThat(Hypergeometric.withCOneAboveA(c[0], c[1], c[2])).as("2F1(%s, %s; a+1; %s)", c[0], c[1], c[2])
                    .isCloseTo(c[3], org.assertj.core.api.Assertions.withinPercentage(1e-6));
        }
    }
}
