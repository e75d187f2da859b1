package io.customerlens.plugins.recovery;

import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.ScoringContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The lookback window, as in the nps-csat plugin: [end of the as-of day (UTC) - N days, end of the as-of day),
 * or everything in the snapshot when N is 0.
 */
final class Window {

    static final String LOOKBACK = "lookbackDays";

    static final ParameterSpec LOOKBACK_SPEC = ParameterSpec.integer(LOOKBACK,
            "Only count survey answers and interactions from the last N days up to the end of the as-of day (UTC);"
                    + " 0 counts everything.", 0, 0, 3650);

    private final int days;
    private final Instant start;
    private final Instant end;

    private Window(int days, Instant start, Instant end) {
        this.days = days;
        this.start = start;
        this.end = end;
    }

    static Window of(ScoringContext context) {
        int days = context.parameters().integer(LOOKBACK);
        Instant end = context.asOf().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Window(days, end.minus(Duration.ofDays(days)), end);
    }

    /** @return the end of the as-of day (UTC), the instant open complaints are aged to */
    Instant end() {
        return end;
    }

    boolean contains(Instant at) {
        return days == 0 || !at.isBefore(start) && at.isBefore(end);
    }

    /** @return " in the last N days", or "" without a lookback window */
    String text() {
        return days == 0 ? "" : " in the last " + days + (days == 1 ? " day" : " days");
    }
}
