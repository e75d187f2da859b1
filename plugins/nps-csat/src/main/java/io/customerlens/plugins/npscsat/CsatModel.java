package io.customerlens.plugins.npscsat;

import io.customerlens.plugins.support.Wording;
import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.Lookback;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.SatisfactionModel;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.SurveyResponse;
import java.util.List;
import org.pf4j.Extension;

/** Customer satisfaction (CSAT): the share of a customer's 1-5 satisfaction answers that were 4 or 5. */
@Extension
public class CsatModel implements SatisfactionModel {

    static final Scale SCALE = new Scale(0, 100, "% satisfied");

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("csat", ModelFamily.SATISFACTION)
            .name("Customer satisfaction (CSAT)")
            .version("1.0.0")
            .description("The share of a customer's answers to \"How satisfied are you?\" (1-5) that were"
                    + " satisfied (4 or 5), as a percentage.")
            .formula("value = 100 x (#CSAT answers of 4 or 5) / (#CSAT answers), over the customer's non-null CSAT"
                    + " ratings (1-5) within the lookback window. Band: Satisfied if value >= 80, Neutral if"
                    + " value >= 60, Dissatisfied otherwise. No CSAT answers: no data.")
            .source("CSAT top-two-box convention: the share of 4 and 5 answers on a 5-point satisfaction scale,"
                    + " common industry practice (reported on 0-100 like the American Customer Satisfaction"
                    + " Index, Fornell et al. 1996). Band thresholds are a Customer Lens convention.")
            .parameter(Surveys.LOOKBACK)
            .inputs(CustomerData.SURVEYS)
            .scale(SCALE)
            .build();

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        Lookback window = Lookback.of(context);
        List<SurveyResponse> answers = window.filter(customer.surveys(), SurveyResponse::answeredAt);
        List<Integer> csat = Surveys.ratings(answers, SurveyResponse::csat, 1, 5, "CSAT");
        if (csat.isEmpty()) {
            return Score.noData(SCALE, "no CSAT answers" + window.describe());
        }
        long satisfied = Surveys.satisfied(csat);
        double value = Surveys.csatPercent(csat);
        double mean = Surveys.mean(csat);
        String band = band(value);
        List<Component> components = List.of(
                new Component("satisfiedAnswers", satisfied, "answers rated 4 or 5"),
                new Component("answers", csat.size(), "CSAT answers counted"),
                new Component("meanRating", mean, "mean rating on 1-5"));
        String explanation = satisfied + " of " + Wording.plural(csat.size(), "answer") + " rated 4 or 5 ("
                + Wording.decimal(value) + "% satisfied, mean rating " + Wording.decimal(mean) + "): " + band;
        return new Score(value, SCALE, band, components, explanation);
    }

    static String band(double value) {
        if (value >= 80) {
            return "Satisfied";
        }
        return value >= 60 ? "Neutral" : "Dissatisfied";
    }
}
