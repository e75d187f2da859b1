package io.customerlens.plugins.servqual;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.SurveyResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The lookback window over survey answers, with the same semantics as the nps-csat plugin's lookbackDays. */
final class SurveyWindow {

    static final String LOOKBACK = "lookbackDays";

    static final ParameterSpec LOOKBACK_SPEC = ParameterSpec.integer(LOOKBACK,
            "Only count answers from the last N days up to the end of the as-of day (UTC); 0 counts all answers.",
            0, 0, 3650);

    private SurveyWindow() {
    }

    /**
     * @return the surveys answered in [end of asOf - lookbackDays, end of asOf), oldest first;
     *         every survey when lookbackDays is 0
     */
    static List<SurveyResponse> surveys(CustomerSnapshot customer, ScoringContext context) {
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
    static String describe(ScoringContext context) {
        int days = context.parameters().integer(LOOKBACK);
        return days == 0 ? "" : " in the last " + days + (days == 1 ? " day" : " days");
    }
}
