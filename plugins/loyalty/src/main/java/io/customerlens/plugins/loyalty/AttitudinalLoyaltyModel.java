package io.customerlens.plugins.loyalty;

import io.customerlens.plugins.loyalty.WeightedIndex.Part;
import io.customerlens.plugins.support.Wording;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.Lookback;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.SurveyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pf4j.Extension;

/**
 * Attitudinal loyalty index: recommendation intent, advocacy, positivity and repeat positivity from the
 * customer's survey answers, each in [0, 1], on 0-100 points.
 */
@Extension
public class AttitudinalLoyaltyModel implements LoyaltyModel {

    static final String WEIGHT_RECOMMENDATION = "weightRecommendation";
    static final String WEIGHT_ADVOCACY = "weightAdvocacy";
    static final String WEIGHT_POSITIVITY = "weightPositivity";
    static final String WEIGHT_CONSISTENCY = "weightConsistency";

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("attitudinal", ModelFamily.LOYALTY)
            .name("Attitudinal loyalty")
            .version("1.0.0")
            .description("Loyalty as the customer states it in surveys: intention to recommend, advocacy, and how"
                    + " often and how consistently their answers are positive, combined into 0-100 points.")
            .formula("Rated surveys: answers with an NPS (0-10), CSAT (1-5) or CES (1-7) rating, answeredAt in"
                    + " (endOfDay(asOf) - lookbackDays, endOfDay(asOf)] UTC (all answers if lookbackDays = 0),"
                    + " oldest first. A survey is positive if NPS >= 9; without NPS, if CSAT >= 4; without"
                    + " either, if CES >= 5. recommendation = mean NPS / 10; advocacy = #NPS answers 9-10 / #NPS"
                    + " answers (both left out without NPS answers); positivity = #positive / #rated surveys;"
                    + " consistency = #consecutive pairs of rated surveys that are both positive / (#rated - 1)"
                    + " (left out with fewer than 2 rated surveys). score = 100 x sum(w_i x c_i) / sum(w_i) over"
                    + " the components present. Bands: Highly loyal >= 75, Loyal >= 50, Developing >= 25,"
                    + " Low < 25. No rated survey, or only components weighted 0 present: no data.")
            .source("Attitudinal loyalty: Dick, A. S. & Basu, K. (1994) \"Customer Loyalty: Toward an Integrated"
                    + " Conceptual Framework\", Journal of the Academy of Marketing Science 22(2) (relative"
                    + " attitude); Oliver, R. L. (1999) \"Whence Consumer Loyalty?\", Journal of Marketing 63"
                    + " (special issue) (cognitive-affective-conative loyalty); Reichheld, F. F. (2003) \"The One"
                    + " Number You Need to Grow\", Harvard Business Review 81(12) (recommendation intent, promoters"
                    + " 9-10). Components and weights are a Customer Lens convention, declared as parameters.")
            .parameter(ParameterSpec.decimal(WEIGHT_RECOMMENDATION, "Weight of the mean NPS / 10.", 0.4, 0, 1))
            .parameter(ParameterSpec.decimal(WEIGHT_ADVOCACY, "Weight of the share of NPS answers 9-10.", 0.2, 0, 1))
            .parameter(ParameterSpec.decimal(WEIGHT_POSITIVITY, "Weight of the share of positive surveys.", 0.2, 0, 1))
            .parameter(ParameterSpec.decimal(WEIGHT_CONSISTENCY,
                    "Weight of the share of consecutive survey pairs that are both positive.", 0.2, 0, 1))
            .parameter(Lookback.parameter("Only count answers from the last N days up to the end of the as-of day"
                    + " (UTC); 0 counts all answers."))
            .inputs(CustomerData.SURVEYS)
            .scale(WeightedIndex.SCALE)
            .build();

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        Parameters p = context.parameters();
        requireAWeight(p);
        Lookback window = Lookback.of(context);
        List<SurveyResponse> rated = SurveyAnswers.rated(window.filter(customer.surveys(), SurveyResponse::answeredAt));
        if (rated.isEmpty()) {
            return Score.noData(WeightedIndex.SCALE, "no NPS, CSAT or CES answers" + window.describe());
        }
        List<Integer> nps = rated.stream().map(SurveyResponse::nps).filter(Objects::nonNull).toList();
        List<Part> parts = new ArrayList<>();
        StringBuilder leftOut = new StringBuilder();
        if (nps.isEmpty()) {
            leftOut.append(" Recommendation and advocacy left out: no NPS answers.");
        } else {
            parts.addAll(npsParts(nps, p));
        }
        parts.add(positivity(rated, p));
        if (rated.size() < 2) {
            leftOut.append(" Consistency left out: only one rated survey.");
        } else {
            parts.add(consistency(rated, p));
        }
        if (WeightedIndex.totalWeight(parts) <= 0) {
            return Score.noData(WeightedIndex.SCALE, "no data for any component weighted above 0." + leftOut);
        }
        return WeightedIndex.score(parts, leftOut.toString());
    }

    private static void requireAWeight(Parameters p) {
        if (p.decimal(WEIGHT_RECOMMENDATION) + p.decimal(WEIGHT_ADVOCACY) + p.decimal(WEIGHT_POSITIVITY)
                + p.decimal(WEIGHT_CONSISTENCY) <= 0) {
            throw new InvalidParameterException(WEIGHT_RECOMMENDATION, "at least one weight must be above 0: "
                    + WEIGHT_RECOMMENDATION + ", " + WEIGHT_ADVOCACY + ", " + WEIGHT_POSITIVITY + " and "
                    + WEIGHT_CONSISTENCY + " are all 0");
        }
    }

    private static List<Part> npsParts(List<Integer> nps, Parameters p) {
        int n = nps.size();
        double mean = nps.stream().mapToInt(Integer::intValue).average().orElseThrow();
        long promoters = nps.stream().filter(r -> r >= 9).count();
        return List.of(
                new Part("recommendation", p.decimal(WEIGHT_RECOMMENDATION), mean / 10,
                        "mean NPS " + Wording.decimal(mean) + " of " + Wording.plural(n, "answer")),
                new Part("advocacy", p.decimal(WEIGHT_ADVOCACY), promoters / (double) n,
                        promoters + " of " + Wording.plural(n, "NPS answer") + " 9-10"));
    }

    private static Part positivity(List<SurveyResponse> rated, Parameters p) {
        long positive = SurveyAnswers.countPositive(rated);
        return new Part("positivity", p.decimal(WEIGHT_POSITIVITY), positive / (double) rated.size(),
                positive + " of " + Wording.plural(rated.size(), "rated survey") + " positive");
    }

    private static Part consistency(List<SurveyResponse> rated, Parameters p) {
        int pairs = rated.size() - 1;
        int both = 0;
        for (int i = 0; i < pairs; i++) {
            if (SurveyAnswers.positive(rated.get(i)) && SurveyAnswers.positive(rated.get(i + 1))) {
                both++;
            }
        }
        return new Part("consistency", p.decimal(WEIGHT_CONSISTENCY), both / (double) pairs,
                both + " of " + Wording.plural(pairs, "consecutive survey pair") + " both positive");
    }
}
