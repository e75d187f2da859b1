package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.plugins.lifetimevalue.LifetimeEstimator.Estimate;
import io.customerlens.plugins.lifetimevalue.LifetimeEstimator.Opportunities;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * BG/BB on the donations data (Fader, Hardie and Shang 2010: α = 1.204, β = 0.750, γ = 0.657, δ = 2.783,
 * LL about -33,225.6) and the shifted-beta-geometric model on the "High End" cohort (Fader and Hardie 2007:
 * α = 0.668, β = 3.806, LL about -1611.16); per-customer values computed independently with SciPy
 * ({@code betaln}, {@code gammaln}, {@code hyp2f1}) from the same papers' formulas.
 */
class DiscreteLifetimeModelsTest {

    private static final BgBb DONATIONS = new BgBb(1.204, 0.750, 0.657, 2.783);
    private static final ShiftedBetaGeometric HIGH_END = new ShiftedBetaGeometric(0.668, 3.806);

    @Test
    void bgBbFitOnTheDonationsReproducesThePublishedEstimates() {
        Map<Opportunities, Integer> donors = donors();
        assertThat(donors.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(11_104);

        Estimate<BgBb> fit = LifetimeEstimator.fitBgBb(donors);

        assertThat(fit.model().alpha()).isCloseTo(1.204, within(0.002));
        assertThat(fit.model().beta()).isCloseTo(0.750, within(0.002));
        assertThat(fit.model().gamma()).isCloseTo(0.657, within(0.002));
        assertThat(fit.model().delta()).isCloseTo(2.783, within(0.005));
        assertThat(fit.logLikelihood()).isCloseTo(-33225.6, within(0.05));
    }

    @Test
    void bgBbForOneDonor() {
        assertThat(DONATIONS.logLikelihood(3, 5, 6)).isCloseTo(-5.6158947464, within(1e-8));
        assertThat(DONATIONS.pAlive(3, 5, 6)).isCloseTo(0.7667340500, within(1e-8));
        assertThat(DONATIONS.expectedTransactions(5, 3, 5, 6)).isCloseTo(1.8044259998, within(1e-8));

        assertThat(DONATIONS.logLikelihood(0, 0, 6)).isCloseTo(-1.1672624727, within(1e-8));
        assertThat(DONATIONS.pAlive(0, 0, 6)).isCloseTo(0.1080165842, within(1e-8));
        assertThat(DONATIONS.expectedTransactions(5, 0, 0, 6)).isCloseTo(0.0728028775, within(1e-8));
        assertThat(DONATIONS.expectedTransactions(5, 6, 6, 6)).isCloseTo(3.7521156076, within(1e-8));

        assertThatThrownBy(() -> DONATIONS.logLikelihood(2, 0, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x=2, t_x=0, n=6");
    }

    @Test
    void bgBbLikelihoodOfTheDonationsAtThePublishedParameters() {
        double total = donors().entrySet().stream().mapToDouble(donor -> donor.getValue()
                * DONATIONS.logLikelihood(donor.getKey().x(), donor.getKey().tx(), donor.getKey().n())).sum();

        assertThat(total).isCloseTo(-33225.581755, within(1e-4));
    }

    @Test
    void sbgFitOnTheHighEndCohortReproducesThePublishedEstimates() {
        Estimate<ShiftedBetaGeometric> fit = LifetimeEstimator.fitShiftedBetaGeometric(highEnd());

        assertThat(fit.model().alpha()).isCloseTo(0.668, within(0.001));
        assertThat(fit.model().beta()).isCloseTo(3.806, within(0.002));
        assertThat(fit.logLikelihood()).isCloseTo(-1611.16, within(0.01));
    }

    @Test
    void sbgSurvivalRetentionAndResidualLifetime() {
        assertThat(HIGH_END.survival(0)).isEqualTo(1.0);
        assertThat(HIGH_END.survival(1)).isCloseTo(0.8506928923, within(1e-9));
        assertThat(HIGH_END.survival(5)).isCloseTo(0.5618689756, within(1e-9));
        assertThat(HIGH_END.survival(8)).isCloseTo(0.4604789588, within(1e-9));
        assertThat(HIGH_END.retentionRate(2)).isCloseTo(0.8779685787, within(1e-9));
        assertThat(HIGH_END.retentionRate(8)).isCloseTo(0.9417814189, within(1e-9));
        assertThat(HIGH_END.churnAt(1)).isCloseTo(1 - HIGH_END.survival(1), within(1e-12));
        assertThat(HIGH_END.churnAt(5)).isCloseTo(HIGH_END.survival(4) - HIGH_END.survival(5), within(1e-12));
        // the closed form against the sum it stands for: DERL = sum over t >= n of S(t)/S(n-1) / 1.1^(t-n)
        assertThat(HIGH_END.discountedExpectedResidualLifetime(0.1, 0)).isCloseTo(5.4148560484, within(1e-8));
        assertThat(HIGH_END.discountedExpectedResidualLifetime(0.1, 4)).isCloseTo(6.8970573977, within(1e-8));

        assertThatThrownBy(() -> LifetimeEstimator.fitShiftedBetaGeometric(List.of(100, 120)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot grow");
    }

    private static Map<Opportunities, Integer> donors() {
        Map<Opportunities, Integer> donors = new LinkedHashMap<>();
        for (String[] row : Datasets.csv("donations", "donations.csv", 4)) {
            donors.put(new Opportunities(Integer.parseInt(row[0]), Integer.parseInt(row[1]), Integer.parseInt(row[2])),
                    Integer.parseInt(row[3]));
        }
        return donors;
    }

    private static List<Integer> highEnd() {
        return Datasets.csv("retention", "high-end.csv", 2).stream().map(row -> Integer.parseInt(row[1])).toList();
    }
}
