package io.customerlens.economics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;

/**
 * A time window: orders and interactions with {@code from ≤ time < to} count.
 *
 * @param from start, included
 * @param to   end, excluded
 * @param days length in days
 */
public record Window(Instant from, Instant to, int days) {

    static Window ending(Instant to, int days) {
        return new Window(to.minus(Duration.ofDays(days)), to, days);
    }

    /** @return the share of a year the window spans, days / 365, which prorates yearly service costs */
    BigDecimal yearShare() {
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(365), MathContext.DECIMAL64);
    }
}
