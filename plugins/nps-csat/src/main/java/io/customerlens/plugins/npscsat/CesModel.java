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

/** Customer effort score (CES): the mean of a customer's 1-7 ease answers (7 = very easy). */
@Extension
public class CesModel implements SatisfactionModel {

    static final Scale SCALE = new Scale(1, 7, "1-7 ease");

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("ces", ModelFamily.SATISFACTION)
            .name("Customer effort score (CES)")
            .version("1.0.0")
            .description("The mean of a customer's answers to \"How easy was it?\" on 1-7 (7 = very easy),"
                    + " banded as Low effort, Neutral or High effort.")
            .formula("Answers: the customer's non-null CES ratings (1-7, 7 = very easy), oldest first, within the"
                    + " lookback window. value = mean of the answers. Band: Low effort if value >= 5, Neutral if"
                    + " value >= 3, High effort otherwise. Components: mean, answers = #answers, lowEffortShare ="
                    + " #answers 5-7 / #answers, last = the most recent answer. No CES answers: no data.")
            .source("Dixon, M., Freeman, K. & Toman, N. (2010) \"Stop Trying to Delight Your Customers\","
                    + " Harvard Business Review 88(7/8), 116-122; rated on the 1-7 agreement scale of CES 2.0"
                    + " (CEB, now Gartner: \"The company made it easy for me to handle my issue\"). Band thresholds"
                    + " are a Customer Lens convention.")
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
        List<Integer> ces = Surveys.ratings(window.filter(customer.surveys(), SurveyResponse::answeredAt),
                SurveyResponse::ces, 1, 7, "CES");
        if (ces.isEmpty()) {
            return Score.noData(SCALE, "no CES answers" + window.describe());
        }
        int n = ces.size();
        int last = ces.get(n - 1);
        double mean = Surveys.mean(ces);
        double lowEffortShare = (double) Surveys.countAtLeast(ces, 5) / n;
        String band = band(mean);
        List<Component> components = List.of(
                new Component("mean", mean, "mean ease on 1-7 of " + Wording.plural(n, "answer")),
                new Component("answers", n, "CES answers counted"),
                new Component("lowEffortShare", lowEffortShare, "share of answers 5-7"),
                new Component("last", last, "most recent answer"));
        String explanation = "Mean ease " + Wording.decimal(mean) + " of 7 over " + Wording.plural(n, "answer")
                + " (" + Wording.decimal(100 * lowEffortShare) + "% rated 5-7, last answer " + last + "): " + band;
        return new Score(mean, SCALE, band, components, explanation);
    }

    static String band(double value) {
        if (value >= 5) {
            return "Low effort";
        }
        return value >= 3 ? "Neutral" : "High effort";
    }
}
