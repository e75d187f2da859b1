package io.customerlens.plugins.loyalty;

import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.SurveyResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Survey selection and the "positive survey" rule shared by the attitudinal, Dick & Basu and ladder models. */
final class SurveyAnswers {

    static final String LOOKBACK = "lookbackDays";

    static final ParameterSpec LOOKBACK_SPEC = ParameterSpec.integer(LOOKBACK,
            "Only count answers from the last N days up to the end of the as-of day (UTC); 0 counts all answers.",
            0, 0, 3650);

    private SurveyAnswers() {
    }

    /**
     * @param surveys      the customer's answers, oldest first
     * @param asOf         the evaluation date
     * @param lookbackDays 0 for every answer, otherwise the window length in days
     * @return the answers with an NPS, CSAT or CES rating in the window, oldest first
     * @throws IllegalArgumentException if a rating lies outside its scale
     */
    static List<SurveyResponse> rated(List<SurveyResponse> surveys, LocalDate asOf, int lookbackDays) {
        // (endOfDay(asOf) - N days, endOfDay(asOf)] on instants is [midnight after asOf - N days, midnight after asOf).
        Instant end = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant start = end.minus(Duration.ofDays(lookbackDays));
        return surveys.stream()
                .filter(s -> lookbackDays == 0 || !s.answeredAt().isBefore(start) && s.answeredAt().isBefore(end))
                .filter(SurveyAnswers::isRated)
                .toList();
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

    /** @return " in the last N days", or "" without a lookback window */
    static String window(int lookbackDays) {
        return lookbackDays == 0 ? "" : " in the last " + lookbackDays + (lookbackDays == 1 ? " day" : " days");
    }

    private static void check(String name, Integer rating, int min, int max) {
        if (rating != null && (rating < min || rating > max)) {
            throw new IllegalArgumentException(name + " answer " + rating + " is outside " + min + "-" + max);
        }
    }
}
