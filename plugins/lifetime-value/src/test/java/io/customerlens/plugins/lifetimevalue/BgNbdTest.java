package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BgNbdTest {

    /** Fader, Hardie and Lee (2005), CDNOW sample, weeks. */
    static final BgNbd PUBLISHED = new BgNbd(0.243, 4.414, 0.793, 2.426);
    private static final BgNbd ONES = new BgNbd(1, 1, 1, 1);

    @Test
    void logLikelihoodOfACustomerWithoutRepeatPurchases() {
        // x = 0, T = 1, all parameters 1: A1 = lnΓ(1) - lnΓ(1) + 1 ln 1 = 0,
        // A2 = lnΓ(2) + lnΓ(1) - lnΓ(1) - lnΓ(2) = 0, A3 = -(1 + 0) ln(1 + 1) -> LL = -ln 2
        assertThat(ONES.logLikelihood(0, 0, 1)).isCloseTo(-Math.log(2), within(1e-14));
    }

    @Test
    void logLikelihoodOfARepeatBuyer() {
        // x = 1, t_x = 1, T = 2, all parameters 1: A1 = lnΓ(2) - lnΓ(1) = 0;
        // A2 = lnΓ(2) + lnΓ(2) - lnΓ(1) - lnΓ(3) = -ln 2; A3 = (1 + 2)^-2 = 1/9;
        // A4 = 1 / (1 + 1 - 1) x (1 + 1)^-2 = 1/4 -> L = 1/2 x (1/9 + 1/4) = 13/72
        assertThat(ONES.logLikelihood(1, 1, 2)).isCloseTo(Math.log(13.0 / 72), within(1e-14));
    }

    @Test
    void pAliveIsOneWithoutRepeatPurchases() {
        // BG/NBD lets a customer drop out only right after a repeat purchase (FHL 2008 note: delta(x > 0))
        assertThat(PUBLISHED.pAlive(0, 0, 38.86)).isEqualTo(1);
        assertThat(ONES.pAlive(0, 0, 500)).isEqualTo(1);
    }

    @Test
    void pAliveHandChecked() {
        // r = alpha = a = 1, b = 2; x = 1, t_x = 1, T = 3: a / (b + x - 1) = 1/2,
        // ((alpha + T) / (alpha + t_x))^(r + x) = (4 / 2)^2 = 4 -> 1 / (1 + 2) = 1/3
        BgNbd model = new BgNbd(1, 1, 1, 2);
        assertThat(model.pAlive(1, 1, 3)).isCloseTo(1.0 / 3, within(1e-15));
        // x = 2 with the last purchase just now (t_x = T): 1 / (1 + 1 / (2 + 1)) = 3/4
        assertThat(model.pAlive(2, 5, 5)).isCloseTo(0.75, within(1e-15));
        // published parameters, x = 2, t_x = 213 / 7, T = 272 / 7 weeks:
        // 0.793 / 3.426 = 0.231465; (4.414 + 38.857143) / (4.414 + 30.428571) = 1.241904;
        // 1.241904^2.243 = 1.625698; 1 / (1 + 0.231465 x 1.625698) = 0.726590 (mpmath 0.72658972)
        assertThat(PUBLISHED.pAlive(2, 213 / 7.0, 272 / 7.0)).isCloseTo(0.7265897218, within(1e-9));
    }

    @Test
    void conditionalExpectationMatchesThePublishedFigure() {
        // FHL 2005: a customer with x = 2, t_x = 30.43, T = 38.86 is expected to buy 1.226 times in 39 weeks
        assertThat(PUBLISHED.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.001));
        // mpmath with hyp2f1 at 30 digits: 1.2260281747671444
        assertThat(PUBLISHED.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.2260281747671444, within(1e-12));
    }

    @Test
    void conditionalExpectationHandChecked() {
        // r = 2, alpha = 1, a = 2, b = 1; x = 0, T = 1, t = 2: z = 2 / (1 + 1 + 2) = 1/2.
        // Eq. 10: (a+b-1)/(a-1) [1 - (2/4)^2 2F1(2, 1; 2; 1/2)] = 2 [1 - 1/4 x (1 - 1/2)^-1] = 2 x 1/2 = 1
        assertThat(new BgNbd(2, 1, 2, 1).expectedPurchases(2, 0, 0, 1)).isCloseTo(1, within(1e-14));
        assertThat(PUBLISHED.expectedPurchases(0, 2, 30.43, 38.86)).isZero();
    }

    @Test
    void agreesWithEulersTransformation() {
        // Euler: (1-z)^(r+x) 2F1(r+x, b+x; c; z) = (1-z)^(a-1) 2F1(a+b-1-r, a-1; c; z), c = a+b+x-1,
        // a second route to eq. 10 with different series terms
        for (int x : new int[] {0, 1, 2, 7, 20}) {
            double tx = x == 0 ? 0 : 30.43;
            double t = 52;
            double z = t / (4.414 + 38.86 + t);
            double c = 0.793 + 2.426 + x - 1;
            double euler = PUBLISHED.pAlive(x, tx, 38.86) * c / (0.793 - 1)
                    * (1 - Math.pow(1 - z, 0.793 - 1) * Hypergeometric.f21(0.793 + 2.426 - 1 - 0.243, 0.793 - 1, c, z));
            assertThat(PUBLISHED.expectedPurchases(t, x, tx, 38.86)).as("x = %d", x)
                    .isCloseTo(euler, within(1e-10 * Math.max(1, euler)));
        }
    }

    @Test
    void frequentBuyerOverALongHorizonStaysFinite() {
        // x = 200, last purchase at T, 520 weeks: z = 520 / 563.27 = 0.923, the series' terms pass 1e400
        // while (1 - z)^200.243 is below 1e-220; mpmath: 678.99978648273976
        assertThat(PUBLISHED.expectedPurchases(520, 200, 38.86, 38.86)).isCloseTo(678.99978648273976, within(1e-8));
    }

    @Test
    void aEqualToOneIsTheLimit() {
        // eq. 10 is 0/0 at a = 1; its limit (mpmath, a = 1 + 1e-30 at 50 digits) is 1.10213678603996
        BgNbd atOne = new BgNbd(0.243, 4.414, 1, 2.426);
        assertThat(atOne.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.10213678603996, within(1e-9));
        BgNbd nearOne = new BgNbd(0.243, 4.414, 1 + 1e-6, 2.426);
        assertThat(nearOne.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.10213678603996, within(1e-6));
    }

    @Test
    void rejectsInvalidParametersAndHorizons() {
        assertThatThrownBy(() -> new BgNbd(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BgNbd(1, Double.NaN, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PUBLISHED.expectedPurchases(-1, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
