package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.plugins.lifetimevalue.LifetimeEstimator.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pareto/NBD against the published CDNOW fit (Fader, Hardie and Lee 2005, beside BG/NBD: r = 0.553, α = 10.578,
 * s = 0.606, β = 11.669, LL about -9595.0) and against values computed independently from the same formulas with
 * SciPy's {@code hyp2f1} and {@code gammaln} (double precision).
 */
class ParetoNbdTest {

    private static final ParetoNbd PUBLISHED = new ParetoNbd(0.553, 10.578, 0.606, 11.669);

    @Test
    void logLikelihoodOfTheSampleAtThePublishedParameters() {
        double total = Cdnow.summary().stream().mapToDouble(c -> PUBLISHED.logLikelihood(c.x(), c.tx(), c.tCal())).sum();

        assertThat(total).isCloseTo(-9594.974010, within(1e-4)).isCloseTo(-9595.0, within(0.5));
    }

    @Test
    void oneCustomersLikelihoodAliveProbabilityAndExpectedPurchases() {
        assertThat(PUBLISHED.logLikelihood(2, 30.43, 38.86)).isCloseTo(-9.5542832452, within(1e-8));
        assertThat(PUBLISHED.pAlive(2, 30.43, 38.86)).isCloseTo(0.8691675592, within(1e-8));
        assertThat(PUBLISHED.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.4551231933, within(1e-8));

        assertThat(PUBLISHED.logLikelihood(0, 0, 38.86)).isCloseTo(-0.5210462941, within(1e-8));
        assertThat(PUBLISHED.pAlive(0, 0, 38.86)).isCloseTo(0.2952866046, within(1e-8));
        assertThat(PUBLISHED.expectedPurchases(39, 0, 0, 38.86)).isCloseTo(0.1070814682, within(1e-8));
        assertThat(PUBLISHED.expectedPurchases(0, 2, 30.43, 38.86)).isZero();
    }

    @Test
    void theFormForAlphaAtLeastBetaAgreesWithTheOtherAtTheBoundary() {
        double atBoundary = new ParetoNbd(0.553, 11.0, 0.606, 11.0).logLikelihood(3, 20, 38);
        assertThat(new ParetoNbd(0.553, 11.0 * (1 + 1e-9), 0.606, 11.0).logLikelihood(3, 20, 38))
                .isCloseTo(atBoundary, within(1e-7));
        assertThat(new ParetoNbd(0.553, 11.0 * (1 - 1e-9), 0.606, 11.0).logLikelihood(3, 20, 38))
                .isCloseTo(atBoundary, within(1e-7));

        double total = Cdnow.summary().stream()
                .mapToDouble(c -> new ParetoNbd(0.553, 12.0, 0.606, 11.0).logLikelihood(c.x(), c.tx(), c.tCal())).sum();
        assertThat(total).isCloseTo(-9601.587471, within(1e-4));
    }

    @Test
    void expectedPurchasesAtSOneIsTheLimitOfItsNeighbours() {
        double atOne = new ParetoNbd(0.553, 10.578, 1, 11.669).expectedPurchases(39, 2, 30.43, 38.86);
        double below = new ParetoNbd(0.553, 10.578, 1 - 1e-6, 11.669).expectedPurchases(39, 2, 30.43, 38.86);
        double above = new ParetoNbd(0.553, 10.578, 1 + 1e-6, 11.669).expectedPurchases(39, 2, 30.43, 38.86);

        assertThat(atOne).isCloseTo((below + above) / 2, within(1e-9)).isBetween(Math.min(below, above), Math.max(below, above));
    }

    @Test
    void theFitOnTheSampleReproducesThePublishedEstimates() {
        Estimate<ParetoNbd> fit = LifetimeEstimator.fitParetoNbd(Cdnow.summary());

        assertThat(fit.model().r()).isCloseTo(0.553, within(0.005));
        assertThat(fit.model().alpha()).isCloseTo(10.578, within(0.005));
        assertThat(fit.model().s()).isCloseTo(0.606, within(0.005));
        assertThat(fit.model().beta()).isCloseTo(11.669, within(0.005));
        assertThat(fit.logLikelihood()).isCloseTo(-9594.974, within(0.01));
    }

    @Test
    void parametersMustBePositiveAndFiniteAndAFitNeedsCustomers() {
        assertThatThrownBy(() -> new ParetoNbd(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("r=0.0");
        assertThatThrownBy(() -> new ParetoNbd(1, 1, 1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LifetimeEstimator.fitParetoNbd(List.of(new WeeklyPattern(1, 2, 3, 0))))
                .isInstanceOf(IllegalStateException.class);
    }
}
