package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.sdk.PurchasePattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LifetimeEstimatorTest {

    private static List<PurchasePattern> synthetic() {
        return Customers.population(Customers.synthetic()).purchasePatterns();
    }

    @Test
    void fitsASmallPopulation() {
        LifetimeFit fit = LifetimeEstimator.estimate(synthetic());
        // customers i = 0..19 with i mod 4 repeats: 15 repeat buyers (i mod 4 != 0)
        assertThat(fit.customers()).isEqualTo(20);
        assertThat(fit.repeatBuyers()).isEqualTo(15);
        for (double value : new double[] {fit.r(), fit.alpha(), fit.a(), fit.b(), fit.p(), fit.q(), fit.gamma()}) {
            assertThat(value).isPositive().isLessThanOrEqualTo(Math.exp(LifetimeEstimator.LOG_BOUND));
        }
        // the estimate is a maximum: the starting point r = alpha = a = b = 1 is not more likely
        double atStart = synthetic().stream().map(WeeklyPattern::of)
                .mapToDouble(c -> new BgNbd(1, 1, 1, 1).logLikelihood(c.x(), c.tx(), c.tCal())).sum();
        assertThat(fit.logLikelihood()).isGreaterThan(atStart);
    }

    @Test
    void isDeterministicAndIndependentOfCustomerOrder() {
        List<PurchasePattern> patterns = synthetic();
        List<PurchasePattern> reversed = new ArrayList<>(patterns);
        Collections.reverse(reversed);
        LifetimeFit first = LifetimeEstimator.estimate(patterns);
        assertThat(LifetimeEstimator.estimate(patterns)).isEqualTo(first);
        assertThat(LifetimeEstimator.estimate(reversed)).isEqualTo(first);
    }

    @Test
    void tooFewCustomers() {
        List<PurchasePattern> nine = synthetic().subList(0, 9);
        assertThatThrownBy(() -> LifetimeEstimator.estimate(nine)).isInstanceOf(IllegalStateException.class)
                .hasMessage("BG/NBD needs at least 10 customers with a purchase pattern to fit, got 9");
        assertThatThrownBy(() -> LifetimeEstimator.estimate(List.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("got 0");
    }

    @Test
    void noRepeatBuyers() {
        // ten one-time buyers, and ten repeat buyers whose repeats were free: nothing for Gamma-Gamma
        List<PurchasePattern> oneTime = IntStream.range(0, 10)
                .mapToObj(i -> new PurchasePattern(0, 0, 10 + i, 0)).toList();
        List<PurchasePattern> free = IntStream.range(0, 10)
                .mapToObj(i -> new PurchasePattern(2, 5, 10 + i, 0)).toList();
        for (List<PurchasePattern> population : List.of(oneTime, free)) {
            assertThatThrownBy(() -> LifetimeEstimator.estimate(population))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Gamma-Gamma needs at least one repeat buyer");
        }
    }

    @Test
    void identicalCustomersStayWithinTheBounds() {
        // Every customer alike does not identify the heterogeneity: the likelihood keeps rising towards a
        // bound, and the fit stops there instead of overflowing.
        LifetimeFit fit = LifetimeEstimator.estimate(Customers.population(Customers.identical(12)).purchasePatterns());
        assertThat(fit.customers()).isEqualTo(12);
        assertThat(fit.repeatBuyers()).isEqualTo(12);
        double bound = Math.exp(LifetimeEstimator.LOG_BOUND) * 1.000001;
        for (double value : new double[] {fit.r(), fit.alpha(), fit.a(), fit.b(), fit.p(), fit.q(), fit.gamma()}) {
            assertThat(value).isPositive().isLessThanOrEqualTo(bound);
        }
        assertThat(fit.logLikelihood()).isFinite();
    }
}
