package io.customerlens.plugins.loyalty;

import io.customerlens.plugins.support.Wording;
import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import java.util.List;
import org.pf4j.Extension;

/**
 * Composite loyalty: the behavioural and attitudinal scores (each with default parameters) combined by a
 * weighted arithmetic or geometric mean, on 0-100 points.
 */
@Extension
public class CompositeLoyaltyModel implements LoyaltyModel {

    static final String METHOD = "method";
    static final String WEIGHTED = "weighted";
    static final String GEOMETRIC = "geometric";
    static final String WEIGHT_BEHAVIOURAL = "weightBehavioural";
    static final String WEIGHT_ATTITUDINAL = "weightAttitudinal";

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("composite", ModelFamily.LOYALTY)
            .name("Composite loyalty (behavioural x attitudinal)")
            .version("1.0.0")
            .description("Loyalty on both of its dimensions: the behavioural score (what the customer does) and"
                    + " the attitudinal score (what they say), combined into 0-100 points.")
            .formula("B = the behavioural model's score, A = the attitudinal model's score, both with their"
                    + " default parameters (0-100). a = weightAttitudinal / (weightBehavioural +"
                    + " weightAttitudinal), b = weightBehavioural / (weightBehavioural + weightAttitudinal). weighted:"
                    + " score = b x B + a x A; geometric: score ="
                    + " B ^ b x A ^ a (0 if a dimension with weight above 0 is 0, so it punishes imbalance)."
                    + " Without a rated survey A is missing and score = B. Bands: Highly loyal >= 75,"
                    + " Loyal >= 50, Developing >= 25, Low < 25.")
            .source("Dick, A. S. & Basu, K. (1994) \"Customer Loyalty: Toward an Integrated Conceptual"
                    + " Framework\", Journal of the Academy of Marketing Science 22(2) (loyalty as relative"
                    + " attitude and repeat patronage); Jacoby, J. & Chestnut, R. W. (1978) \"Brand Loyalty:"
                    + " Measurement and Management\", Wiley (composite measures combining behaviour and"
                    + " attitude). The combination rules and weights are a Customer Lens convention.")
            .parameter(ParameterSpec.choice(METHOD, "How to combine the two scores: weighted arithmetic mean, or"
                    + " weighted geometric mean (low when either dimension is low).", WEIGHTED, WEIGHTED, GEOMETRIC))
            .parameter(ParameterSpec.decimal(WEIGHT_BEHAVIOURAL, "Weight of the behavioural score.", 0.5, 0, 1))
            .parameter(ParameterSpec.decimal(WEIGHT_ATTITUDINAL, "Weight of the attitudinal score.", 0.5, 0, 1))
            .inputs(CustomerData.PROFILE, CustomerData.SURVEYS)
            .scale(WeightedIndex.SCALE)
            .build();

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        Parameters p = context.parameters();
        double wB = p.decimal(WEIGHT_BEHAVIOURAL);
        double wA = p.decimal(WEIGHT_ATTITUDINAL);
        if (wB + wA <= 0) {
            throw new InvalidParameterException(WEIGHT_BEHAVIOURAL, "at least one weight must be above 0: "
                    + WEIGHT_BEHAVIOURAL + " and " + WEIGHT_ATTITUDINAL + " are both 0");
        }
        String method = p.choice(METHOD);
        double b = LoyaltyDimensions.behavioural(customer, context.asOf()).value();
        Score attitudinal = LoyaltyDimensions.attitudinal(customer, context.asOf());
        if (attitudinal.value() == null) {
            return behaviouralOnly(b, method, attitudinal.explanation());
        }
        double a = attitudinal.value();
        double shareA = wA / (wB + wA);
        double shareB = wB / (wB + wA);
        boolean geometric = GEOMETRIC.equals(method);
        double mean = geometric ? Math.pow(b, shareB) * Math.pow(a, shareA) : (wB * b + wA * a) / (wB + wA);
        // Clamp against rounding drift just above 100.
        double value = Math.min(100, mean);
        String band = WeightedIndex.band(value);
        List<Component> components = List.of(
                new Component("behavioural", b, "behavioural score (weight " + Wording.decimal(wB) + ")"),
                new Component("attitudinal", a, "attitudinal score (weight " + Wording.decimal(wA) + ")"),
                methodComponent(geometric, (geometric ? "geometric" : "weighted") + " mean"));
        return new Score(value, WeightedIndex.SCALE, band, components, Wording.decimal(value) + " points ("
                + band + "): " + (geometric ? "geometric" : "weighted") + " mean of behavioural "
                + Wording.decimal(b) + " and attitudinal " + Wording.decimal(a) + ", weights "
                + Wording.decimal(shareB) + " / " + Wording.decimal(shareA) + ".");
    }

    private static Score behaviouralOnly(double b, String method, String whyNoAttitude) {
        String band = WeightedIndex.band(b);
        List<Component> components = List.of(
                new Component("behavioural", b, "behavioural score, used alone"),
                methodComponent(GEOMETRIC.equals(method), "not applied: no attitudinal score"));
        return new Score(b, WeightedIndex.SCALE, band, components, Wording.decimal(b) + " points (" + band
                + "): the behavioural score alone, as there is no attitudinal score (" + whyNoAttitude + ").");
    }

    /** The method as a number, since components are figures: 0 = weighted, 1 = geometric. */
    private static Component methodComponent(boolean geometric, String description) {
        return new Component("method", geometric ? 1 : 0, description + " (0 = weighted, 1 = geometric)");
    }
}
