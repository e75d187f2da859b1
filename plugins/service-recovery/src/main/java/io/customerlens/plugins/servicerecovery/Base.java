package io.customerlens.plugins.servicerecovery;

import static io.customerlens.plugins.support.Wording.decimal;
import static io.customerlens.plugins.support.Wording.plural;

import io.customerlens.sdk.SurveyResponse;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Satisfaction before complaints, 0-100: the mean CSAT rescaled, else the mean NPS x 10, else a neutral value.
 *
 * @param value    the base on 0-100
 * @param surveyed whether it comes from survey answers (false: the neutral base)
 * @param basis    how it was computed, e.g. "mean CSAT 4.50 of 5 over 2 answers"
 */
record Base(double value, boolean surveyed, String basis) {

    /**
     * @param surveys the answers in the window
     * @param neutral the base when there are no CSAT or NPS answers
     * @throws IllegalArgumentException if a CSAT rating lies outside 1-5 or an NPS rating outside 0-10
     */
    static Base of(List<SurveyResponse> surveys, double neutral) {
        List<Integer> csat = ratings(surveys, SurveyResponse::csat, 1, 5, "CSAT");
        if (!csat.isEmpty()) {
            double mean = mean(csat);
            return new Base((mean - 1) / 4 * 100, true,
                    "mean CSAT " + decimal(mean) + " of 5 over " + plural(csat.size(), "answer"));
        }
        List<Integer> nps = ratings(surveys, SurveyResponse::nps, 0, 10, "NPS");
        if (!nps.isEmpty()) {
            double mean = mean(nps);
            return new Base(mean * 10, true,
                    "mean NPS " + decimal(mean) + " of 10 over " + plural(nps.size(), "answer"));
        }
        return new Base(neutral, false, "neutral: no CSAT or NPS answers");
    }

    private static List<Integer> ratings(List<SurveyResponse> surveys, Function<SurveyResponse, Integer> question,
                                         int min, int max, String name) {
        List<Integer> ratings = surveys.stream().map(question).filter(Objects::nonNull).toList();
        for (int rating : ratings) {
            if (rating < min || rating > max) {
                throw new IllegalArgumentException(name + " answer " + rating + " is outside " + min + "-" + max);
            }
        }
        return ratings;
    }

    private static double mean(List<Integer> ratings) {
        return ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }
}
