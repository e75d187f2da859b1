package io.customerlens.plugins.lifetimevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.MembershipSpan;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Profile;
import io.customerlens.sdk.Quantiles;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The served sBG model on memberships laid out as the "High End" cohort of Fader and Hardie (2007): 1,000 yearly
 * contracts begun on 2000-01-01, those lost in year t ending half-way through it, 491 still running on 2007-01-01.
 */
class ContractRetentionModelTest {

    private static final LocalDate START = LocalDate.parse("2000-01-01");
    private static final LocalDate AS_OF = LocalDate.parse("2007-01-01");
    private final ContractRetentionModel model = new ContractRetentionModel();
    private final Parameters defaults = Parameters.defaults(ContractRetentionModel.DESCRIPTOR.parameters());

    @Test
    void fitsThePublishedParametersFromMemberships() {
        ShiftedBetaGeometric fit = model.fit(population(), defaults);

        assertThat(fit.alpha()).isCloseTo(0.668, within(0.001));
        assertThat(fit.beta()).isCloseTo(3.806, within(0.002));
    }

    @Test
    void aRunningMemberGetsTheNextRenewalsChanceAndResidualLifetime() {
        ShiftedBetaGeometric fit = model.fit(population(), defaults);
        Score score = model.evaluate(member(new MembershipSpan(LocalDate.parse("2005-01-01"), null)),
                new ScoringContext(defaults, population(), AS_OF, fit, null));

        // Two whole years: the next renewal is the third, r_3 = (beta + 2) / (alpha + beta + 2); with the published
        // alpha 0.668 and beta 3.806 that is 5.806 / 6.474 = 0.8968.
        Map<String, Double> components = score.components().stream()
                .collect(Collectors.toMap(c -> c.name(), c -> c.value()));
        assertThat(components.get("periodsCompleted")).isEqualTo(2.0);
        assertThat(components.get("renewal")).isCloseTo(5.806 / 6.474, within(0.0005));
        assertThat(score.value()).isCloseTo(100 * components.get("renewal"), within(1e-9));
        assertThat(score.band()).isEqualTo("Steady");
        // S(2) = B(alpha, beta + 2) / B(alpha, beta) = (beta/(alpha+beta)) ((beta+1)/(alpha+beta+1)) = 0.7469
        assertThat(components.get("survival")).isCloseTo(3.806 / 4.474 * 4.806 / 5.474, within(0.0005));
        assertThat(components.get("derl")).isCloseTo(new ShiftedBetaGeometric(0.668, 3.806)
                .discountedExpectedResidualLifetime(0.1, 2), within(0.005));
    }

    @Test
    void anEndedOrUndatedMembershipHasNoData() {
        ShiftedBetaGeometric fit = model.fit(population(), defaults);
        ScoringContext context = new ScoringContext(defaults, population(), AS_OF, fit, null);

        assertThat(model.evaluate(member(new MembershipSpan(START, LocalDate.parse("2003-05-01"))), context).value())
                .isNull();
        assertThat(model.evaluate(member(null), context).explanation()).contains("no membership start date");
    }

    @Test
    void tenuresCountWholePeriodsOfTheChosenLength() {
        MembershipSpan ended = new MembershipSpan(START, LocalDate.parse("2001-06-30"));
        assertThat(ContractRetentionModel.tenure(ended, 12, AS_OF)).isEqualTo(new ShiftedBetaGeometric.Tenure(2, true));
        assertThat(ContractRetentionModel.tenure(ended, 6, AS_OF)).isEqualTo(new ShiftedBetaGeometric.Tenure(3, true));
        MembershipSpan running = new MembershipSpan(START, null);
        assertThat(ContractRetentionModel.tenure(running, 12, AS_OF)).isEqualTo(new ShiftedBetaGeometric.Tenure(7, false));
    }

    private static PopulationStatistics population() {
        List<Integer> alive = Datasets.csv("retention", "high-end.csv", 2).stream()
                .map(row -> Integer.parseInt(row[1])).toList();
        List<MembershipSpan> spans = new ArrayList<>();
        for (int year = 1; year < alive.size(); year++) {
            for (int k = 0; k < alive.get(year - 1) - alive.get(year); k++) {
                spans.add(new MembershipSpan(START, START.plusYears(year - 1).plusMonths(6)));
            }
        }
        for (int k = 0; k < alive.get(alive.size() - 1); k++) {
            spans.add(new MembershipSpan(START, null));
        }
        return new PopulationStatistics(0, Quantiles.EMPTY, Quantiles.EMPTY, Quantiles.EMPTY, AS_OF).withMemberships(spans);
    }

    private static CustomerSnapshot member(MembershipSpan membership) {
        return CustomerSnapshot.builder("m").profile(new Profile("m", null, null, START, "gold", 0, Set.of(), null,
                membership)).build();
    }
}
