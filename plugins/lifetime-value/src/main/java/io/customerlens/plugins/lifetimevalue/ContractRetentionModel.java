package io.customerlens.plugins.lifetimevalue;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.MembershipSpan;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationFit;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pf4j.Extension;

/**
 * Contract renewal: the shifted-beta-geometric model of Fader and Hardie (2007) fitted on every membership with dates
 * (contracts, subscriptions), and for a running member the chance of renewing at the next renewal, their cohort's
 * survival and their discounted expected residual lifetime.
 */
@Extension
public class ContractRetentionModel implements LoyaltyModel, PopulationFit<ShiftedBetaGeometric> {

    static final String PERIOD_MONTHS = "periodMonths";
    static final String DISCOUNT_RATE = "discountRate";
    static final Scale SCALE = new Scale(0, 100, "% probability of renewing");
    static final String FH_2007 = "Fader, P. S. & Hardie, B. G. S. (2007) \"How to Project Customer Retention\","
            + " Journal of Interactive Marketing 21(1), 76-90 (P(T = t) eq. 6, S(t) eq. 7, r_t eq. 8)";
    static final String FH_2010 = "Fader, P. S. & Hardie, B. G. S. (2010) \"Customer-Base Valuation in a Contractual"
            + " Setting: The Perils of Ignoring Heterogeneity\", Marketing Science 29(1), 85-93 (DERL, eq. 6)";

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("sbg-retention", ModelFamily.LOYALTY)
            .name("Contract renewal (shifted-beta-geometric)")
            .version("1.0.0")
            .description("For contracts and subscriptions (memberships with a start and an end): the probability"
                    + " that a running member renews at the next renewal, from the shifted-beta-geometric model of"
                    + " retention fitted by maximum likelihood on every membership. Retention rises with tenure because"
                    + " the members likeliest to leave leave first.")
            .formula("Periods of periodMonths months from the membership's start. Each member renews at the end of"
                    + " every period with probability 1 - theta, theta ~ Beta(alpha, beta) across members."
                    + " P(T = t) = B(alpha+1, beta+t-1) / B(alpha, beta); S(t) = B(alpha, beta+t) / B(alpha, beta);"
                    + " r_t = (beta+t-1) / (alpha+beta+t-1). alpha, beta maximise the sum over memberships of"
                    + " ln P(T = n+1) for one that ended after n whole periods and ln S(n) for one running after n"
                    + " whole periods (Nelder-Mead on the logarithms). For a running member after n periods:"
                    + " value = 100 x r_(n+1); survival = S(n); derl = (beta+n)/(alpha+beta+n)"
                    + " 2F1(1, beta+n+1; alpha+beta+n+1; 1/(1+discountRate)), the expected discounted payments from"
                    + " the current period's on. Bands: Secure >= 90, Steady >= 75, At risk < 75. No membership start,"
                    + " or a membership that has ended: no data.")
            .source(FH_2007 + "; " + FH_2010 + ". Checked against the published High End cohort fit: alpha 0.668,"
                    + " beta 3.806.")
            .parameter(ParameterSpec.integer(PERIOD_MONTHS, "Months in one renewal period (12 for yearly contracts).",
                    12, 1, 60))
            .parameter(ParameterSpec.decimal(DISCOUNT_RATE, "Discount rate per period, for derl.", 0.1, 0.001, 1))
            .inputs(CustomerData.PROFILE, CustomerData.MEMBERSHIPS)
            .scale(SCALE)
            .build();

    private static final Comparator<ShiftedBetaGeometric.Tenure> BY_TENURE =
            Comparator.comparingInt(ShiftedBetaGeometric.Tenure::periods).thenComparing(ShiftedBetaGeometric.Tenure::churned);

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<ShiftedBetaGeometric> fittedType() {
        return ShiftedBetaGeometric.class;
    }

    /** @throws IllegalStateException with fewer than 10 memberships or none that ended */
    @Override
    public ShiftedBetaGeometric fit(PopulationStatistics population, Parameters parameters) {
        int period = parameters.integer(PERIOD_MONTHS);
        Map<ShiftedBetaGeometric.Tenure, Integer> tenures = new TreeMap<>(BY_TENURE);
        for (MembershipSpan membership : population.memberships()) {
            tenures.merge(tenure(membership, period, population.asOf()), 1, Integer::sum);
        }
        return LifetimeEstimator.fitShiftedBetaGeometric(tenures).model();
    }

    /** @return an ended membership churned in the period after its last whole one; a running one survived its whole ones */
    static ShiftedBetaGeometric.Tenure tenure(MembershipSpan membership, int periodMonths, LocalDate asOf) {
        int completed = membership.periodsCompleted(periodMonths, asOf);
        return membership.endedOn() != null ? new ShiftedBetaGeometric.Tenure(completed + 1, true)
                : new ShiftedBetaGeometric.Tenure(completed, false);
    }

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        MembershipSpan membership = customer.profile().membership();
        if (membership == null) {
            return Score.noData(SCALE, "no membership start date");
        }
        if (membership.endedOn() != null) {
            return Score.noData(SCALE, "the membership ended on " + membership.endedOn());
        }
        int period = context.parameters().integer(PERIOD_MONTHS);
        int completed = membership.periodsCompleted(period, context.asOf());
        ShiftedBetaGeometric fit = context.fitted(ShiftedBetaGeometric.class);
        double renewal = fit.retentionRate(completed + 1);
        double derl = fit.discountedExpectedResidualLifetime(context.parameters().decimal(DISCOUNT_RATE), completed);
        double value = 100 * renewal;
        String band = value >= 90 ? "Secure" : value >= 75 ? "Steady" : "At risk";
        List<Component> components = List.of(
                new Component("renewal", renewal, "probability of renewing at the next renewal"),
                new Component("periodsCompleted", completed, "whole periods of " + period + " months since "
                        + membership.startedOn()),
                new Component("survival", fit.survival(completed), "share of a new cohort still members after as"
                        + " many periods"),
                new Component("derl", derl, "expected discounted payments from the current period's on"),
                new Component("alpha", fit.alpha(), "sBG churn shape alpha (population fit)"),
                new Component("beta", fit.beta(), "sBG churn shape beta (population fit)"));
        return new Score(value, SCALE, band, components, "Member since " + membership.startedOn() + ", " + completed
                + " whole periods of " + period + " months: " + Forecast.percent(renewal) + " chance of renewing next"
                + " time, " + Forecast.number(derl) + " discounted payments expected: " + band + ".");
    }
}
