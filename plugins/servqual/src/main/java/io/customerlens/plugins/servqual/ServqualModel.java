package io.customerlens.plugins.servqual;

import static io.customerlens.plugins.support.Wording.decimal;
import static io.customerlens.plugins.support.Wording.plural;

import io.customerlens.plugins.servqual.ItemGaps.DimensionGap;
import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Lookback;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.SatisfactionModel;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.SurveyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * SERVQUAL gap model: perception minus expectation per item, averaged per service-quality dimension and
 * combined with importance weights.
 */
@Extension
public class ServqualModel implements SatisfactionModel {

    static final Scale SCALE = new Scale(-6, 6, "perception minus expectation, 1-7 items");

    static final ModelDescriptor DESCRIPTOR = withWeights(ModelDescriptor.builder("servqual", ModelFamily.SATISFACTION)
            .name("SERVQUAL gap model")
            .version("1.0.0")
            .description("How far a customer's perceptions of the service fall short of or exceed their"
                    + " expectations, over the five SERVQUAL dimensions tangibles, reliability, responsiveness,"
                    + " assurance and empathy.")
            .formula("Data convention: each item answer is a survey dimension named <dimension>_e<item>"
                    + " (expectation) or <dimension>_p<item> (perception), dimension one of tangibles, reliability,"
                    + " responsiveness, assurance, empathy, item a positive integer without leading zeros, rated"
                    + " 1-7 (e.g. reliability_e1 = 7, reliability_p1 = 5); other names are ignored. Only surveys in"
                    + " the lookback window count; when an item name is answered in several surveys the latest"
                    + " answer is used. Item gap = p - e for every item answered both ways (unpaired items are"
                    + " ignored). gap_d = mean of the item gaps of dimension d. value = sum(w_d x gap_d) / sum(w_d)"
                    + " over the dimensions with at least one item pair, w_d = the weight parameter of d. Band:"
                    + " Exceeds expectations if value > 0, Meets expectations if value >= -0.5, Below expectations"
                    + " if value >= -1.5, Well below expectations otherwise. Components: gap_d per answered"
                    + " dimension, itemCount = number of item pairs, worstGap = the lowest gap_d (ties: first in"
                    + " the dimension order above). No item pair: no data.")
            .source("Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1988) \"SERVQUAL: A Multiple-Item Scale for"
                    + " Measuring Consumer Perceptions of Service Quality\", Journal of Retailing 64(1), 12-40."
                    + " PZB weight dimensions by a 100-point importance allocation; pass those shares as weights."
                    + " Equal default weights and the band thresholds are a Customer Lens convention.")
            .parameter(Lookback.parameter("Only count answers from the last N days up to the end of the as-of day"
                    + " (UTC); 0 counts all answers."))
            .inputs(CustomerData.SURVEYS)
            .scale(SCALE));

    private static ModelDescriptor withWeights(ModelDescriptor.Builder builder) {
        for (Dimension dimension : Dimension.values()) {
            builder.parameter(dimension.weightSpec());
        }
        return builder.build();
    }

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        Lookback window = Lookback.of(context);
        Map<Dimension, DimensionGap> gaps = ItemGaps.byDimension(
                window.filter(customer.surveys(), SurveyResponse::answeredAt));
        if (gaps.isEmpty()) {
            return Score.noData(SCALE, "no SERVQUAL item pairs" + window.describe());
        }
        Parameters parameters = context.parameters();
        double weights = 0;
        double weighted = 0;
        for (Map.Entry<Dimension, DimensionGap> entry : gaps.entrySet()) {
            double weight = parameters.decimal(entry.getKey().weightParameter());
            weights += weight;
            weighted += weight * entry.getValue().gap();
        }
        if (weights <= 0) {
            throw new InvalidParameterException(Dimension.TANGIBLES.weightParameter(),
                    "at least one answered dimension needs a weight above 0; the weights of "
                            + keys(gaps) + " are all 0");
        }
        // Clamp against rounding drift just beyond the +-6 ends of the scale.
        double value = Math.max(SCALE.min(), Math.min(SCALE.max(), weighted / weights));
        String band = band(value);
        Dimension worst = worst(gaps);
        int items = gaps.values().stream().mapToInt(DimensionGap::items).sum();
        String explanation = "Weighted gap " + decimal(value) + " over " + plural(gaps.size(), "dimension")
                + " and " + plural(items, "item pair") + ": " + band + "; worst dimension " + worst.key()
                + " (" + decimal(gaps.get(worst).gap()) + ").";
        return new Score(value, SCALE, band, components(gaps, parameters, items, worst), explanation);
    }

    static String band(double value) {
        if (value > 0) {
            return "Exceeds expectations";
        }
        if (value >= -0.5) {
            return "Meets expectations";
        }
        return value >= -1.5 ? "Below expectations" : "Well below expectations";
    }

    /** The answered dimension with the lowest gap; EnumMap order and a strict comparison keep the first on ties. */
    private static Dimension worst(Map<Dimension, DimensionGap> gaps) {
        Dimension worst = null;
        for (Map.Entry<Dimension, DimensionGap> entry : gaps.entrySet()) {
            if (worst == null || entry.getValue().gap() < gaps.get(worst).gap()) {
                worst = entry.getKey();
            }
        }
        return worst;
    }

    private static List<Component> components(Map<Dimension, DimensionGap> gaps, Parameters parameters,
                                              int items, Dimension worst) {
        List<Component> components = new ArrayList<>();
        gaps.forEach((dimension, gap) -> components.add(new Component(dimension.key(), gap.gap(),
                "mean perception minus expectation over " + plural(gap.items(), "item pair") + ", weight "
                        + decimal(parameters.decimal(dimension.weightParameter())))));
        components.add(new Component("itemCount", items, "item pairs with both expectation and perception"));
        components.add(new Component("worstGap", gaps.get(worst).gap(), "lowest dimension gap: " + worst.key()));
        return components;
    }

    private static String keys(Map<Dimension, DimensionGap> gaps) {
        return String.join(", ", gaps.keySet().stream().map(Dimension::key).toList());
    }
}
