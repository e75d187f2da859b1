package io.customerlens.plugins.rfm;

import static io.customerlens.plugins.support.Wording.decimal;
import static io.customerlens.plugins.support.Wording.plural;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.OrderSummary;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.sdk.SegmentationModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * RFM segmentation: scores recency, frequency and monetary value against the population's quantiles
 * and maps the scores to a named segment.
 */
@Extension
public class RfmModel implements SegmentationModel {

    static final String STANDARD = "standard";
    static final String FOUR_CLASS = "four-class";
    static final String WEIGHT_R = "weightR";
    static final String WEIGHT_F = "weightF";
    static final String WEIGHT_M = "weightM";

    static final ModelDescriptor DESCRIPTOR = describe();

    private static ModelDescriptor describe() {
        ModelDescriptor.Builder builder = ModelDescriptor.builder("rfm", ModelFamily.SEGMENTATION)
                .name("RFM segmentation")
                .version("1.1.0")
                .description("Segments customers by how recently they bought (R), how often (F) and how much they"
                        + " spent (M), each scored against the population of customers with at least one order.")
                .formula("R = bins + 1 - bin(days since last order), F = bin(number of orders), M = bin(total spend),"
                        + " where bin(x) = 1 + the number of population cut points Q(k/bins), k = 1..bins-1,"
                        + " strictly below x (type-7 quantiles over customers with at least one order; values tied"
                        + " with a cut point fall into the lower bin). Recency is always the number of whole days"
                        + " since the customer's last order, as of the evaluation date."
                        + " FM = round half up of the weighted mean (weightF x F + weightM x M) / (weightF + weightM)"
                        + " (exact decimal arithmetic; with the default weights 1 and 1 this is (F + M) / 2)."
                        + " rfmScore = (weightR x R + weightF x F + weightM x M) / (weightR + weightF + weightM) on"
                        + " the unscaled 1..bins scores, reported as a component; it does not change the segment."
                        + " If bins < 5, scores are rescaled to 1..5 as 1 + round((s - 1) * 4 / (bins - 1))"
                        + " (standard: R and FM; four-class: R, F and M)."
                        + " Standard scheme, grid of R (rows) by FM = 1..5 (columns):"
                        + " R=5: new-customers, potential-loyalist, potential-loyalist, champions, champions;"
                        + " R=4: promising, potential-loyalist, potential-loyalist, loyal, loyal;"
                        + " R=3: about-to-sleep, about-to-sleep, need-attention, loyal, loyal;"
                        + " R=2: hibernating, hibernating, at-risk, at-risk, cant-lose;"
                        + " R=1: lost, hibernating, at-risk, at-risk, cant-lose."
                        + " Four-class scheme: core if R, F, M >= 4; potential if R <= 2 and F, M >= 4;"
                        + " churn-warning if R, F, M <= 2; ordinary otherwise."
                        + " Customers without orders are prospects in either scheme.")
                .source("Hughes, A. M. (1994) Strategic Database Marketing, Probus (RFM analysis); segment grid"
                        + " after the widely used 11-segment RFM map of R against the mean of F and M, as described"
                        + " by Putler and implemented in the rfm R package (Rsquared Academy).")
                .parameter(ParameterSpec.integer("bins",
                        "Number of quantile bins per score (3 = terciles, 4 = quartiles, 5 = quintiles).", 5, 3, 5))
                .parameter(ParameterSpec.choice("scheme",
                        "Segment scheme: 'standard' (11-segment R x FM grid) or 'four-class'"
                                + " (core, potential, ordinary, churn-warning).", STANDARD, STANDARD, FOUR_CLASS))
                .parameter(ParameterSpec.decimal(WEIGHT_R,
                        "Weight of R in the rfmScore component (the segment grid uses R unweighted).", 1, 0, 10))
                .parameter(ParameterSpec.decimal(WEIGHT_F,
                        "Weight of F in FM (standard scheme) and in rfmScore; weightF + weightM must be above 0.",
                        1, 0, 10))
                .parameter(ParameterSpec.decimal(WEIGHT_M,
                        "Weight of M in FM (standard scheme) and in rfmScore.", 1, 0, 10))
                .inputs(CustomerData.PROFILE, CustomerData.POPULATION);
        RfmSegments.ALL.forEach(builder::segment);
        return builder.build();
    }

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** @return the chosen scheme's segments: the standard grid's twelve, or the four classes and prospects */
    @Override
    public List<SegmentDefinition> segments(Parameters parameters) {
        return FOUR_CLASS.equals(parameters.choice("scheme")) ? RfmSegments.FOUR_CLASS : RfmSegments.STANDARD;
    }

    @Override
    public Segment evaluate(CustomerSnapshot customer, ScoringContext context) {
        boolean fourClass = FOUR_CLASS.equals(context.parameters().choice("scheme"));
        Weights weights = Weights.of(context.parameters());
        OrderSummary orders = customer.orderSummary();
        if (orders.count() == 0) {
            return prospect(fourClass);
        }
        if (orders.lastOrderAt() == null) {
            throw new IllegalArgumentException("order summary counts " + orders.count()
                    + " orders but has no last order date");
        }
        long days = orders.daysSinceLastOrder(context.asOf());
        String spend = decimal(orders.total());
        Scores scores = score(orders, days, context.parameters().integer("bins"), context.population());
        List<String> reasons = new ArrayList<>(List.of(
                "bought " + ago(days) + " (R=" + scores.r + " of " + scores.bins + ")",
                plural(orders.count(), "order") + " (F=" + scores.f + " of " + scores.bins + ")",
                "spent " + spend + " (M=" + scores.m + " of " + scores.bins + ")"));
        List<Component> components = new ArrayList<>(List.of(
                new Component("recency", scores.r, "last order " + ago(days)),
                new Component("frequency", scores.f, plural(orders.count(), "order")),
                new Component("monetary", scores.m, "total spend " + spend),
                new Component("recencyDays", days, "days since the last order"),
                new Component("orders", orders.count(), "number of orders"),
                new Component("spend", orders.total(), "total spend")));
        SegmentDefinition segment = fourClass ? fourClass(scores, reasons)
                : standard(scores, weights, reasons, components);
        components.add(new Component("rfmScore", scores.rfmScore(weights), "weighted mean of R, F and M"
                + " (weights " + weights + ") on the 1-" + scores.bins + " scores"));
        return segment.assign(reasons, components);
    }

    private static SegmentDefinition fourClass(Scores scores, List<String> reasons) {
        int r = scores.onGrid(scores.r);
        int f = scores.onGrid(scores.f);
        int m = scores.onGrid(scores.m);
        reasons.add("on the 1-5 scale" + rescaled(scores.bins) + ": R=" + r + ", F=" + f + ", M=" + m);
        return RfmSegments.fourClass(r, f, m);
    }

    private static SegmentDefinition standard(Scores scores, Weights weights, List<String> reasons,
                                              List<Component> components) {
        int fm = scores.fm(weights);
        int r = scores.onGrid(scores.r);
        int fmOnGrid = scores.onGrid(fm);
        components.add(new Component("fm", fm, weights.fmDescription()));
        reasons.add("grid cell R=" + r + ", FM=" + fmOnGrid + rescaled(scores.bins) + weights.fmNote());
        return RfmSegments.standard(r, fmOnGrid);
    }

    private static Scores score(OrderSummary orders, long days, int bins, PopulationStatistics population) {
        if (population.recencyDays().isEmpty() || population.frequency().isEmpty()
                || population.monetary().isEmpty()) {
            throw new IllegalStateException("rfm needs population statistics");
        }
        // Fewer days since the last order is better, so the recency bin is reversed.
        int r = bins + 1 - population.recencyDays().bin(days, bins);
        int f = population.frequency().bin(orders.count(), bins);
        int m = population.monetary().bin(orders.total(), bins);
        return new Scores(r, f, m, bins);
    }

    private static Segment prospect(boolean fourClass) {
        SegmentDefinition prospect = RfmSegments.PROSPECT;
        List<String> reasons = List.of("no orders yet, so no recency, frequency or monetary score");
        List<Component> components = List.of(new Component("orders", 0, "number of orders"),
                new Component("spend", 0, "total spend"));
        if (fourClass) {
            return new Segment(prospect.code(), prospect.label(), RfmSegments.FOUR_CLASS_PROSPECT_RANK,
                    reasons, components);
        }
        return prospect.assign(reasons, components);
    }

    private static String rescaled(int bins) {
        return bins == 5 ? "" : " (" + bins + "-bin scores rescaled to 1-5)";
    }

    private static String ago(long days) {
        return days == 0 ? "today" : plural(days, "day") + " ago";
    }

    /** A weight as typed: 1, 0.5, 2.25. */
    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value); // the common case, without the cost of BigDecimal
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The score weights, checked together since each may be 0 but not all that share a mean. */
    private record Weights(double r, double f, double m) {

        static Weights of(Parameters parameters) {
            Weights weights = new Weights(parameters.decimal(WEIGHT_R), parameters.decimal(WEIGHT_F),
                    parameters.decimal(WEIGHT_M));
            if (weights.r + weights.f + weights.m <= 0) {
                throw new InvalidParameterException(WEIGHT_R, "at least one of " + WEIGHT_R + ", " + WEIGHT_F
                        + " and " + WEIGHT_M + " must be above 0; all three are 0");
            }
            if (weights.f + weights.m <= 0) {
                throw new InvalidParameterException(WEIGHT_F, WEIGHT_F + " + " + WEIGHT_M
                        + " must be above 0, since FM is their weighted mean; both are 0");
            }
            return weights;
        }

        boolean equalFm() {
            return f == m;
        }

        String fmDescription() {
            return equalFm() ? "mean of F and M, rounded half up"
                    : "weighted mean of F and M (weights " + number(f) + " and " + number(m) + "), rounded half up";
        }

        /** Empty with equal F and M weights, so default results read as before weights existed. */
        String fmNote() {
            return equalFm() ? "" : " (FM weighted F " + number(f) + ", M " + number(m) + ")";
        }

        @Override
        public String toString() {
            return number(r) + ", " + number(f) + ", " + number(m);
        }
    }

    /** Scores on 1..bins. */
    private record Scores(int r, int f, int m, int bins) {

        /**
         * Round half up of (wF F + wM M) / (wF + wM). Decimal arithmetic on the weights as given (0.1, not
         * 0.1000000000000000055), so an exact half such as (0.1 x 5 + 0.3 x 3) / 0.4 = 3.5 rounds up, which
         * double arithmetic (3.4999999999999996) would not.
         */
        int fm(Weights weights) {
            if (weights.equalFm()) {
                return (f + m + 1) / 2; // the mean, rounded half up, in integers
            }
            BigDecimal wf = BigDecimal.valueOf(weights.f());
            BigDecimal wm = BigDecimal.valueOf(weights.m());
            return wf.multiply(BigDecimal.valueOf(f)).add(wm.multiply(BigDecimal.valueOf(m)))
                    .divide(wf.add(wm), 0, RoundingMode.HALF_UP).intValueExact();
        }

        double rfmScore(Weights weights) {
            return (weights.r() * r + weights.f() * f + weights.m() * m) / (weights.r() + weights.f() + weights.m());
        }

        /** Rescales a 1..bins score to the 1..5 grid. */
        int onGrid(int score) {
            return bins == 5 ? score : 1 + (int) Math.round((score - 1) * 4.0 / (bins - 1));
        }
    }
}
