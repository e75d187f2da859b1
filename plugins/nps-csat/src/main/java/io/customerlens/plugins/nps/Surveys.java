package io.customerlens.plugins.nps;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.SurveyResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** Survey answer selection and arithmetic shared by the NPS, CSAT and CES models. */
final class Surveys {

    static final String LOOKBACK = "lookbackDays";

    static final ParameterSpec LOOKBACK_SPEC = ParameterSpec.integer(LOOKBACK,
            "Only count answers from the last N days up to the end of the as-of day (UTC); 0 counts all answers.",
            0, 0, 3650);

    private Surveys() {
    }

    /**
     * @return the answers in the lookback window [end of asOf - lookbackDays, end of asOf), oldest first;
     *         every answer when lookbackDays is 0
     */
    static List<SurveyResponse> inWindow(CustomerSnapshot customer, ScoringContext context) {
        int days = context.parameters().integer(LOOKBACK);
        if (days == 0) {
            return customer.surveys();
        }
        Instant end = context.asOf().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant start = end.minus(Duration.ofDays(days));
        return customer.surveys().stream()
                .filter(s -> !s.answeredAt().isBefore(start) && s.answeredAt().isBefore(end))
                .toList();
    }

    /** @return " in the last N days", or "" without a lookback window */
    static String window(ScoringContext context) {
        int days = context.parameters().integer(LOOKBACK);
        return days == 0 ? "" : " in the last " + days + (days == 1 ? " day" : " days");
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

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String answers(long count) {
        return count + (count == 1 ? " answer" : " answers");
    }
}
