package io.customerlens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.plugins.lifetimevalue.LifetimeFit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure real work: every benchmark method scores varied customers without failing, and the fit
 * benchmark reproduces the published CDNOW parameters, so a fast figure can never come from an error path.
 */
class BenchmarkFixturesTest {

    private static SimpleModelBenchmarks simple;
    private static LifetimeBenchmarks lifetime;

    @BeforeAll
    static void setUp() {
        simple = new SimpleModelBenchmarks();
        simple.setUp();
        lifetime = new LifetimeBenchmarks();
        lifetime.setUp();
    }

    @Test
    void simpleModelsGiveVariedResultsOverThePopulation() {
        Set<String> rfm = new HashSet<>();
        Set<String> tiers = new HashSet<>();
        Set<Double> loyalty = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            rfm.add(simple.rfm().code());
            tiers.add(simple.valueTier().code());
            loyalty.add(simple.behaviouralLoyalty().value());
        }
        assertThat(rfm).hasSizeGreaterThan(5);
        assertThat(tiers).hasSizeGreaterThan(2);
        assertThat(loyalty).hasSizeGreaterThan(100).doesNotContainNull();
    }

    @Test
    void theFitBenchmarkFitsTheCdnowSampleToThePublishedParameters() {
        LifetimeFit fit = (LifetimeFit) lifetime.bgNbdFitCdnow();
        // Fader, Hardie & Lee (2005): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426
        assertThat(fit.r()).isCloseTo(0.243, within(0.001));
        assertThat(fit.alpha()).isCloseTo(4.414, within(0.005));
        assertThat(fit.a()).isCloseTo(0.793, within(0.001));
        assertThat(fit.b()).isCloseTo(2.426, within(0.005));
        assertThat(lifetime.cdnow.purchasePatterns()).hasSize(CdnowSample.CUSTOMERS);
    }

    @Test
    void predictionsScoreEveryCustomerOnTheProbabilityScale() {
        Set<Double> values = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            Double value = lifetime.bgNbdPrediction().value();
            assertThat(value).isNotNull().isBetween(0.0, 100.0);
            values.add(value);
        }
        assertThat(values).hasSizeGreaterThan(100);
    }
}
