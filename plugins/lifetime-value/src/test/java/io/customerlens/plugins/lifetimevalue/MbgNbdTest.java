package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.plugins.lifetimevalue.LifetimeEstimator.Estimate;
import org.junit.jupiter.api.Test;

/**
 * MBG/NBD on the CDNOW sample against an independent maximum-likelihood fit and values computed with SciPy
 * ({@code gammaln}, {@code hyp2f1}) from Batislam, Denizel and Filiztekin (2007), eq. 5 and 8: r = 0.525,
 * α = 6.183, a = 0.891, b = 1.614, LL = -9582.13 (as the {@code lifetimes} package reports for its
 * ModifiedBetaGeoFitter on the same sample).
 */
class MbgNbdTest {

    private static final MbgNbd REFERENCE = new MbgNbd(0.525, 6.183, 0.891, 1.614);

    @Test
    void theFitOnTheSampleReproducesTheReferenceEstimates() {
        Estimate<MbgNbd> fit = LifetimeEstimator.fitMbgNbd(Cdnow.summary());

        assertThat(fit.model().r()).isCloseTo(0.525, within(0.002));
        assertThat(fit.model().alpha()).isCloseTo(6.183, within(0.005));
        assertThat(fit.model().a()).isCloseTo(0.891, within(0.002));
        assertThat(fit.model().b()).isCloseTo(1.614, within(0.005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.1327, within(0.001));
    }

    @Test
    void oneCustomersLikelihoodAliveProbabilityAndExpectedPurchases() {
        assertThat(REFERENCE.logLikelihood(2, 30.43, 38.86)).isCloseTo(-9.4855513145, within(1e-8));
        assertThat(REFERENCE.pAlive(2, 30.43, 38.86)).isCloseTo(0.7062022651, within(1e-8));
        assertThat(REFERENCE.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.2629606233, within(1e-8));

        // unlike BG/NBD, a customer without a repeat purchase may have dropped out
        assertThat(REFERENCE.logLikelihood(0, 0, 38.86)).isCloseTo(-0.5398374635, within(1e-8));
        assertThat(REFERENCE.pAlive(0, 0, 38.86)).isCloseTo(0.3897350809, within(1e-8));
        assertThat(REFERENCE.expectedPurchases(39, 0, 0, 38.86)).isCloseTo(0.1540127467, within(1e-8));
    }

    @Test
    void theSampleLikelihoodAtTheReferenceParameters() {
        double total = Cdnow.summary().stream().mapToDouble(c -> REFERENCE.logLikelihood(c.x(), c.tx(), c.tCal())).sum();

        assertThat(total).isCloseTo(-9582.132795, within(1e-4));
    }

    @Test
    void expectedPurchasesNearAOneIsContinuous() {
        double atOne = new MbgNbd(0.525, 6.183, 1, 1.614).expectedPurchases(39, 2, 30.43, 38.86);
        double near = new MbgNbd(0.525, 6.183, 1.001, 1.614).expectedPurchases(39, 2, 30.43, 38.86);

        assertThat(atOne).isFinite().isCloseTo(near, within(0.01));
        assertThatThrownBy(() -> new MbgNbd(1, 1, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
