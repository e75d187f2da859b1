package io.customerlens.plugins.loyalty;

import io.customerlens.sdk.SurveyResponse;
import java.util.List;

/** Survey selection and the "positive survey" rule shared by the attitudinal, Dick & Basu and ladder models. */
final class SurveyAnswers {

    private SurveyAnswers() {
    }

    /**
     * @param surveys the answers to consider (e.g. those in a lookback window), oldest first
     * @return the answers with an NPS, CSAT or CES rating, oldest first
     * @throws IllegalArgumentException if a rating lies outside its scale
     */
    static List<SurveyResponse> rated(List<SurveyResponse> surveys) {
        return surveys.stream().filter(SurveyAnswers::isRated).toList();
    }

    /** @return whether the answer has an NPS, CSAT or CES rating, after checking each against its scale */
    static boolean isRated(SurveyResponse survey) {
        check("NPS", survey.nps(), 0, 10);
        check("CSAT", survey.csat(), 1, 5);
        check("CES", survey.ces(), 1, 7);
        return survey.nps() != null || survey.csat() != null || survey.ces() != null;
    }

    /**
     * A positive survey: NPS 9-10 (promoter); without NPS, CSAT 4-5 (top two box); without either, CES 5-7.
     * The first rating present decides, so a detractor NPS is not rescued by a high CSAT on the same survey.
     */
    static boolean positive(SurveyResponse survey) {
        if (survey.nps() != null) {
            return survey.nps() >= 9;
        }
        if (survey.csat() != null) {
            return survey.csat() >= 4;
        }
        return survey.ces() != null && survey.ces() >= 5;
    }

    static long countPositive(List<SurveyResponse> surveys) {
        return surveys.stream().filter(SurveyAnswers::positive).count();
    }

    private static void check(String name, Integer rating, int min, int max) {
        if (rating != null && (rating < min || rating > max)) {
            throw new IllegalArgumentException(name + " answer " + rating + " is outside " + min + "-" + max);
        }
    }
}
