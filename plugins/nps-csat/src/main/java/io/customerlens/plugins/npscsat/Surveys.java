package io.customerlens.plugins.npscsat;

import io.customerlens.sdk.Lookback;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.SurveyResponse;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Survey answer selection and arithmetic shared by the NPS, CSAT and CES models. */
final class Surveys {

    static final ParameterSpec LOOKBACK = Lookback.parameter(
            "Only count answers from the last N days up to the end of the as-of day (UTC); 0 counts all answers.");

    private Surveys() {
    }

    /**
     * @return the non-null ratings of one question, oldest first
     * @throws IllegalArgumentException if a rating lies outside [min, max]
     */
    static List<Integer> ratings(List<SurveyResponse> answers, Function<SurveyResponse, Integer> question,
                                 int min, int max, String name) {
        List<Integer> ratings = answers.stream().map(question).filter(Objects::nonNull).toList();
        for (int rating : ratings) {
            if (rating < min || rating > max) {
                throw new IllegalArgumentException(name + " answer " + rating + " is outside " + min + "-" + max);
            }
        }
        return ratings;
    }

    static double mean(List<Integer> ratings) {
        return ratings.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    static long countAtLeast(List<Integer> ratings, int threshold) {
        return ratings.stream().filter(r -> r >= threshold).count();
    }

    /** Top-two-box CSAT: answers of 4 or 5 on the 1-5 scale. */
    static long satisfied(List<Integer> csat) {
        return countAtLeast(csat, 4);
    }

    /** @return 100 x satisfied / answers; callers ensure there is at least one answer */
    static double csatPercent(List<Integer> csat) {
        return 100.0 * satisfied(csat) / csat.size();
    }
}
