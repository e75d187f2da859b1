package io.customerlens.plugins.acsi;

import static io.customerlens.plugins.support.Wording.decimal;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Lookback;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.SatisfactionModel;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.SurveyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * ACSI-style satisfaction index: the weighted mean of the three ACSI questions rescaled from 1-10 to 0-100,
 * optionally lowered by points per complaint.
 */
@Extension
public class AcsiModel implements SatisfactionModel {

    static final Scale SCALE = new Scale(0, 100, "index points");

    static final String ADJUST = "adjustForComplaints";
    static final String UNRESOLVED_PENALTY = "unresolvedComplaintPenalty";
    static final String RESOLVED_PENALTY = "resolvedComplaintPenalty";

    static final ModelDescriptor DESCRIPTOR = describe();

    private static ModelDescriptor describe() {
        ModelDescriptor.Builder builder = ModelDescriptor.builder("acsi", ModelFamily.SATISFACTION)
                .name("ACSI-style satisfaction index")
                .version("1.0.0")
                .description("A 0-100 satisfaction index from the three ACSI questions (overall satisfaction,"
                        + " confirmation of expectations, comparison with an ideal), optionally lowered for"
                        + " complaints.")
                .formula("Items: survey dimensions acsi_overall, acsi_expectations and acsi_ideal (1-10); for each,"
                        + " the latest answer within the lookback window. x'_i = (x_i - 1) / 9 x 100."
                        + " index = sum(w_i x x'_i) / sum(w_i) over the answered items, w = weightOverall,"
                        + " weightExpectations, weightIdeal. If adjustForComplaints: penalty ="
                        + " unresolvedComplaintPenalty x #COMPLAINT interactions opened in the window with outcome"
                        + " UNRESOLVED, OPEN or ESCALATED + resolvedComplaintPenalty x #those with outcome RESOLVED;"
                        + " otherwise penalty = 0. value = min(100, max(0, index - penalty))."
                        + " Bands: High >= 80, Moderate >= 70, Low < 70. No ACSI item answered: no data.")
                .source("Fornell, C., Johnson, M. D., Anderson, E. W., Cha, J. & Bryant, B. E. (1996) \"The American"
                        + " Customer Satisfaction Index: Nature, Purpose, and Findings\", Journal of Marketing 60(4)."
                        + " The official ACSI estimates the item weights with a PLS structural model; here they are"
                        + " parameters. The complaint adjustment and the bands (70-80 is the typical ACSI range of"
                        + " many industries) are a Customer Lens convention.");
        for (AcsiItem item : AcsiItem.values()) {
            builder.parameter(ParameterSpec.decimal(item.weight,
                    "Weight of the " + item.question + " item (" + item.dimension + ").", item.defaultWeight, 0, 1));
        }
        return builder
                .parameter(Lookback.parameter("Only count survey answers and complaints from the last N days up to"
                        + " the end of the as-of day (UTC); 0 counts everything."))
                .parameter(ParameterSpec.bool(ADJUST, "Subtract points for complaints in the window.", false))
                .parameter(ParameterSpec.decimal(UNRESOLVED_PENALTY, "Points subtracted per complaint that is"
                        + " UNRESOLVED, OPEN or ESCALATED, when adjustForComplaints is on.", 5, 0, 50))
                .parameter(ParameterSpec.decimal(RESOLVED_PENALTY, "Points subtracted per RESOLVED complaint,"
                        + " when adjustForComplaints is on.", 1, 0, 50))
                .inputs(CustomerData.SURVEYS, CustomerData.INTERACTIONS)
                .scale(SCALE)
                .build();
    }

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        Lookback window = Lookback.of(context);
        List<SurveyResponse> surveys = window.filter(customer.surveys(), SurveyResponse::answeredAt);
        Map<AcsiItem, Double> answers = AcsiItem.latest(surveys);
        if (answers.isEmpty()) {
            return Score.noData(SCALE,
                    "no ACSI answers (acsi_overall, acsi_expectations, acsi_ideal)" + window.describe());
        }
        Parameters p = context.parameters();
        double index = index(answers, p);
        Complaints complaints = Complaints.count(customer, window);
        boolean adjust = p.bool(ADJUST);
        double penalty = adjust ? complaints.unresolved() * p.decimal(UNRESOLVED_PENALTY)
                + complaints.resolved() * p.decimal(RESOLVED_PENALTY) : 0;
        double value = Math.min(SCALE.max(), Math.max(SCALE.min(), index - penalty));
        String band = band(value);
        List<Component> components = new ArrayList<>();
        answers.forEach((item, x) -> components.add(new Component(item.component, AcsiItem.rescale(x),
                item.dimension + " answered " + decimal(x) + " of 10, weight " + decimal(p.decimal(item.weight)))));
        components.add(new Component("index", index, "weighted index before the complaint adjustment"));
        components.add(new Component("complaints", complaints.total(), complaints.text()));
        components.add(new Component("penalty", penalty, adjust ? "points subtracted for complaints"
                : "complaint adjustment off"));
        String adjusted = adjust ? adjustment(complaints, index, penalty, value) : "";
        String explanation = "ACSI index " + decimal(index) + " from " + items(answers) + adjusted + ": " + band;
        return new Score(value, SCALE, band, components, explanation);
    }

    /** Weighted mean of the rescaled answers; the weights of the answered items must not all be 0. */
    private static double index(Map<AcsiItem, Double> answers, Parameters p) {
        double weights = 0;
        double sum = 0;
        for (Map.Entry<AcsiItem, Double> answer : answers.entrySet()) {
            double w = p.decimal(answer.getKey().weight);
            weights += w;
            sum += w * AcsiItem.rescale(answer.getValue());
        }
        if (weights <= 0) {
            String names = answers.keySet().stream().map(item -> item.weight).collect(Collectors.joining(", "));
            throw new InvalidParameterException(AcsiItem.OVERALL.weight, "the weights of the answered ACSI items ("
                    + names + ") sum to 0; at least one must be above 0");
        }
        return sum / weights;
    }

    static String band(double value) {
        if (value >= 80) {
            return "High";
        }
        return value >= 70 ? "Moderate" : "Low";
    }

    private static String items(Map<AcsiItem, Double> answers) {
        return answers.size() + " of 3 items (" + answers.entrySet().stream()
                .map(e -> e.getKey().component + " " + decimal(AcsiItem.rescale(e.getValue())))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String adjustment(Complaints complaints, double index, double penalty, double value) {
        if (complaints.total() == 0) {
            return ", no complaints to deduct";
        }
        return ", minus " + decimal(penalty) + " points for " + complaints.text() + " = " + decimal(value)
                + (value > index - penalty ? " (clamped at 0)" : "");
    }
}
