package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.plugins.lifetimevalue.LifetimeEstimator.Estimate;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.PurchasePattern;
import io.customerlens.sdk.Quantiles;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published CDNOW figures: BG/NBD (Fader, Hardie and Lee 2005, Marketing Science 24(2)) on the 2,357
 * customers, r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4, E[Y(39) | 2, 30.43, 38.86] = 1.226;
 * Gamma-Gamma (Fader, Hardie and Lee 2013 note) on the 946 repeat buyers, p = 6.25, q = 3.74, gamma = 15.44.
 */
class CdnowReferenceTest {

    private static final Logger LOG = Logger.getLogger(CdnowReferenceTest.class.getName());

    private static Estimate<BgNbd> bgNbd;
    private static Estimate<GammaGamma> gammaGamma;
    private static List<WeeklyPattern> repeatBuyers;

    @BeforeAll
    static void fitOnce() {
        List<WeeklyPattern> customers = Cdnow.summary();
        long start = System.nanoTime();
        bgNbd = LifetimeEstimator.fitBgNbd(customers);
        long bgNanos = System.nanoTime() - start;
        repeatBuyers = Cdnow.withTransactions().stream().filter(WeeklyPattern::repeatBuyer).toList();
        start = System.nanoTime();
        gammaGamma = LifetimeEstimator.fitGammaGamma(repeatBuyers);
        long ggNanos = System.nanoTime() - start;
        LOG.info(String.format("CDNOW fit times: BG/NBD on %d customers %.1f ms (%d evaluations, %d runs) -> %s,"
                        + " LL %.4f; Gamma-Gamma on %d repeat buyers %.1f ms (%d evaluations, %d runs) -> %s",
                customers.size(), bgNanos / 1e6, bgNbd.evaluations(), bgNbd.runs(), bgNbd.model(),
                bgNbd.logLikelihood(), repeatBuyers.size(), ggNanos / 1e6, gammaGamma.evaluations(),
                gammaGamma.runs(), gammaGamma.model()));
    }

    @Test
    void bgNbdMatchesThePublishedEstimates() {
        assertThat(Cdnow.summary()).hasSize(Cdnow.CUSTOMERS);
        BgNbd fitted = bgNbd.model();
        assertThat(fitted.r()).isCloseTo(0.243, within(0.005));
        assertThat(fitted.alpha()).isCloseTo(4.414, within(0.005));
        assertThat(fitted.a()).isCloseTo(0.793, within(0.005));
        assertThat(fitted.b()).isCloseTo(2.426, within(0.005));
        assertThat(bgNbd.logLikelihood()).isCloseTo(-9582.4, within(0.5));
    }

    @Test
    void conditionalExpectationWithPublishedParameters() {
        BgNbd published = new BgNbd(0.243, 4.414, 0.793, 2.426);
        assertThat(published.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.001));
    }

    @Test
    void conditionalExpectationWithFittedParameters() {
        // published 1.226 for x = 2, t_x = 30.43, T = 38.86 over the next 39 weeks
        assertThat(bgNbd.model().expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.005));
    }

    @Test
    void modelFitFromPurchasePatternsInDaysReproducesBothAndIsDeterministic() {
        // the server's route: patterns in days (weeks x 7) -> PopulationFit.fit -> LifetimeFit
        List<PurchasePattern> days = Cdnow.withTransactions().stream()
                .map(c -> new PurchasePattern(c.x(), c.tx() * 7, c.tCal() * 7, c.zbar())).toList();
        PopulationStatistics population = new PopulationStatistics(days.size(), Quantiles.EMPTY, Quantiles.EMPTY,
                Quantiles.EMPTY, LocalDate.of(1997, 9, 30), days);
        BgNbdModel model = new BgNbdModel();
        Parameters parameters = Parameters.defaults(BgNbdModel.DESCRIPTOR.parameters());
        LifetimeFit fit = model.fit(population, parameters);
        assertThat(fit.customers()).isEqualTo(Cdnow.CUSTOMERS);
        assertThat(fit.repeatBuyers()).isEqualTo(946);
        assertThat(fit.r()).isCloseTo(0.243, within(0.005));
        assertThat(fit.alpha()).isCloseTo(4.414, within(0.005));
        assertThat(fit.a()).isCloseTo(0.793, within(0.005));
        assertThat(fit.b()).isCloseTo(2.426, within(0.005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.5));
        assertThat(fit.p()).isCloseTo(6.25, within(0.05));
        assertThat(fit.q()).isCloseTo(3.74, within(0.05));
        assertThat(fit.gamma()).isCloseTo(15.44, within(0.05));
        assertThat(model.fit(population, parameters)).isEqualTo(fit);
    }

    @Test
    void gammaGammaMatchesThePublishedEstimates() {
        assertThat(repeatBuyers).hasSize(946);
        GammaGamma fitted = gammaGamma.model();
        assertThat(fitted.p()).isCloseTo(6.25, within(0.05));
        assertThat(fitted.q()).isCloseTo(3.74, within(0.05));
        assertThat(fitted.gamma()).isCloseTo(15.44, within(0.05));
    }
}
