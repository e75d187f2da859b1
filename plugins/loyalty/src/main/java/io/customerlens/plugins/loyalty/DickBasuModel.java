package io.customerlens.plugins.loyalty;

import io.customerlens.plugins.support.Wording;
import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.sdk.SegmentationModel;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * Dick and Basu's loyalty matrix: relative attitude (the attitudinal score) against repeat patronage (the
 * behavioural score), each split high / low at a threshold, giving four kinds of loyalty.
 */
@Extension
public class DickBasuModel implements SegmentationModel {

    static final String ATTITUDE_THRESHOLD = "attitudeThreshold";
    static final String PATRONAGE_THRESHOLD = "patronageThreshold";

    static final SegmentDefinition TRUE_LOYALTY = new SegmentDefinition("true-loyalty", "True loyalty", 1,
            "High relative attitude and high repeat patronage.");
    static final SegmentDefinition LATENT = new SegmentDefinition("latent", "Latent loyalty", 2,
            "High relative attitude but low repeat patronage: they like the brand but buy little.");
    static final SegmentDefinition SPURIOUS = new SegmentDefinition("spurious", "Spurious loyalty", 3,
            "Low (or unknown) relative attitude but high repeat patronage: they buy out of habit or convenience.");
    static final SegmentDefinition NONE = new SegmentDefinition("none", "No loyalty", 4,
            "Low (or unknown) relative attitude and low repeat patronage.");

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("dick-basu", ModelFamily.SEGMENTATION)
            .name("Dick & Basu loyalty matrix")
            .version("1.0.0")
            .description("Places the customer in Dick and Basu's 2 x 2 loyalty matrix: relative attitude (from"
                    + " surveys) against repeat patronage (from buying behaviour).")
            .formula("A = the attitudinal model's score, B = the behavioural model's score, both with their"
                    + " default parameters (0-100). Attitude is high if A >= attitudeThreshold, low otherwise,"
                    + " and low when A is missing (no rated survey). Patronage is high if B >= patronageThreshold."
                    + " high/high: true-loyalty; high attitude, low patronage: latent; low attitude, high"
                    + " patronage: spurious; low/low: none.")
            .source("Dick, A. S. & Basu, K. (1994) \"Customer Loyalty: Toward an Integrated Conceptual"
                    + " Framework\", Journal of the Academy of Marketing Science 22(2), 99-113 (relative attitude"
                    + " x repeat patronage: loyalty, latent loyalty, spurious loyalty, no loyalty). Measuring the"
                    + " two dimensions by the attitudinal and behavioural scores, and the thresholds, are a"
                    + " Customer Lens convention.")
            .parameter(ParameterSpec.decimal(ATTITUDE_THRESHOLD,
                    "Attitudinal score at or above which relative attitude counts as high.", 60, 0, 100))
            .parameter(ParameterSpec.decimal(PATRONAGE_THRESHOLD,
                    "Behavioural score at or above which repeat patronage counts as high.", 50, 0, 100))
            .inputs(CustomerData.PROFILE, CustomerData.SURVEYS)
            .segment(TRUE_LOYALTY)
            .segment(LATENT)
            .segment(SPURIOUS)
            .segment(NONE)
            .build();

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Segment evaluate(CustomerSnapshot customer, ScoringContext context) {
        Parameters p = context.parameters();
        double attitudeThreshold = p.decimal(ATTITUDE_THRESHOLD);
        double patronageThreshold = p.decimal(PATRONAGE_THRESHOLD);
        Score attitude = LoyaltyDimensions.attitudinal(customer, context.asOf());
        double patronage = LoyaltyDimensions.behavioural(customer, context.asOf()).value();
        boolean highAttitude = attitude.value() != null && attitude.value() >= attitudeThreshold;
        boolean highPatronage = patronage >= patronageThreshold;

        String attitudeReason = attitude.value() == null
                ? "relative attitude unknown (" + attitude.explanation() + "), counted as low"
                : compared("attitudinal", attitude.value(), highAttitude, "attitude", attitudeThreshold,
                        "relative attitude");
        List<String> reasons = List.of(attitudeReason,
                compared("behavioural", patronage, highPatronage, "patronage", patronageThreshold, "repeat patronage"));
        return segment(highAttitude, highPatronage)
                .assign(reasons, components(attitude, patronage, attitudeThreshold, patronageThreshold));
    }

    /** The attitude component is left out when there is no attitudinal score: there is no figure to show. */
    private static List<Component> components(Score attitude, double patronage, double attitudeThreshold,
                                              double patronageThreshold) {
        List<Component> components = new ArrayList<>();
        if (attitude.value() != null) {
            components.add(new Component("attitude", attitude.value(), "attitudinal score"));
        }
        components.add(new Component("patronage", patronage, "behavioural score"));
        components.add(new Component(ATTITUDE_THRESHOLD, attitudeThreshold, "attitude is high from this score"));
        components.add(new Component(PATRONAGE_THRESHOLD, patronageThreshold, "patronage is high from this score"));
        return components;
    }

    static SegmentDefinition segment(boolean highAttitude, boolean highPatronage) {
        if (highAttitude) {
            return highPatronage ? TRUE_LOYALTY : LATENT;
        }
        return highPatronage ? SPURIOUS : NONE;
    }

    private static String compared(String score, double value, boolean high, String threshold, double limit,
                                   String dimension) {
        return score + " score " + Wording.decimal(value) + (high ? " is at or above" : " is below") + " the "
                + threshold + " threshold " + Wording.decimal(limit) + ": " + (high ? "high " : "low ")
                + dimension;
    }
}
