package io.customerlens.plugins.npscsat;

import io.customerlens.plugins.support.Wording;
import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.Lookback;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.SatisfactionModel;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.SurveyResponse;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/** Net Promoter at customer level: the customer's likelihood to recommend, banded as promoter, passive or detractor. */
@Extension
public class NpsModel implements SatisfactionModel {

    static final Scale SCALE = new Scale(0, 10, "0-10 likelihood to recommend");

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("nps", ModelFamily.SATISFACTION)
            .name("Net Promoter (customer level)")
            .version("1.0.0")
            .description("A customer's answers to \"How likely are you to recommend us?\" (0-10): the last answer"
                    + " or the mean, banded as Promoter, Passive or Detractor.")
            .formula("Answers: the customer's non-null NPS ratings (0-10), oldest first, within the lookback"
                    + " window. value = the last answer (basis = last) or the mean of the answers (basis = mean)."
                    + " Band: Promoter if value >= 9, Passive if value >= 7, Detractor otherwise."
                    + " Components: promoterShare = #answers 9-10 / #answers, detractorShare = #answers 0-6 /"
                    + " #answers, csat = 100 x #CSAT answers 4-5 / #CSAT answers in the same window."
                    + " No NPS answers: no data.")
            .source("Reichheld, F. F. (2003) \"The One Number You Need to Grow\", Harvard Business Review 81(12):"
                    + " promoters 9-10, passives 7-8, detractors 0-6, applied here to one customer's answers."
                    + " CSAT as the top-two-box share (4-5 of 5), common industry practice (cf. ACSI).")
            .parameter(ParameterSpec.choice("basis",
                    "Which figure is the value and decides the band: the last answer or the mean of all answers.",
                    "last", "last", "mean"))
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
        List<Integer> nps = Surveys.ratings(answers, SurveyResponse::nps, 0, 10, "NPS");
        if (nps.isEmpty()) {
            return Score.noData(SCALE, "no NPS answers" + window.describe());
        }
        List<Integer> csat = Surveys.ratings(answers, SurveyResponse::csat, 1, 5, "CSAT");
        int last = nps.get(nps.size() - 1);
        double mean = Surveys.mean(nps);
        boolean byMean = "mean".equals(context.parameters().choice("basis"));
        double value = byMean ? mean : last;
        String band = band(value);
        return new Score(value, SCALE, band, components(nps, last, mean, csat),
                explanation(byMean, last, mean, nps.size(), band));
    }

    static String band(double value) {
        if (value >= 9) {
            return "Promoter";
        }
        return value >= 7 ? "Passive" : "Detractor";
    }

    private static List<Component> components(List<Integer> nps, int last, double mean, List<Integer> csat) {
        int n = nps.size();
        long detractors = n - Surveys.countAtLeast(nps, 7);
        List<Component> components = new ArrayList<>(List.of(
                new Component("last", last, "most recent answer"),
                new Component("mean", mean, "mean of " + Wording.plural(n, "answer")),
                new Component("answers", n, "NPS answers counted"),
                new Component("promoterShare", (double) Surveys.countAtLeast(nps, 9) / n, "share of answers 9-10"),
                new Component("detractorShare", (double) detractors / n, "share of answers 0-6")));
        if (!csat.isEmpty()) {
            components.add(new Component("csat", Surveys.csatPercent(csat),
                    "% of CSAT answers rated 4 or 5 (of " + csat.size() + ")"));
        }
        components.add(new Component("csatAnswers", csat.size(), "CSAT answers counted"));
        return components;
    }

    private static String explanation(boolean byMean, int last, double mean, int n, String band) {
        if (byMean) {
            return "Mean " + Wording.decimal(mean) + " of 10 over " + Wording.plural(n, "answer")
                    + " (last answer " + last + "): " + band;
        }
        return "Last answer " + last + " of 10 (mean " + Wording.decimal(mean) + " over " + Wording.plural(n, "answer")
                + "): " + band;
    }
}
