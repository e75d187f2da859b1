package io.customerlens.sdk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A "last N days" window that ends with the evaluation date, for models that take a {@value #PARAMETER}
 * parameter: the instants in [end of the as-of day (UTC) − N days, end of the as-of day), or every instant
 * when N is 0. Since 1.1.0.
 */
public final class Lookback {

    /** The conventional parameter name. */
    public static final String PARAMETER = "lookbackDays";

    private final int days;
    private final Instant start;
    private final Instant end;

    private Lookback(int days, LocalDate asOf) {
        if (days < 0) {
            throw new IllegalArgumentException("lookback days must be 0 or more, got " + days);
        }
        this.days = days;
        this.end = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        this.start = end.minus(Duration.ofDays(days));
    }

    /**
     * The parameter to declare: an integer from 0 (everything) to 3650 days, default 0.
     *
     * @param description what the window limits, for the model catalogue
     * @return the parameter spec
     */
    public static ParameterSpec parameter(String description) {
        return ParameterSpec.integer(PARAMETER, description, 0, 0, 3650);
    }

    /**
     * @param context a scoring context whose model declares {@link #parameter}
     * @return the window for its parameter value and evaluation date
     */
    public static Lookback of(ScoringContext context) {
        return of(context.parameters().integer(PARAMETER), context.asOf());
    }

    /**
     * @param days the window length in days, 0 for everything
     * @param asOf the evaluation date
     * @return the window
     */
    public static Lookback of(int days, LocalDate asOf) {
        return new Lookback(days, Objects.requireNonNull(asOf, "asOf"));
    }

    /** @return the window length in days, 0 for everything */
    public int days() {
        return days;
    }

    /**
     * @param at an instant
     * @return whether it falls in the window
     */
    public boolean contains(Instant at) {
        return days == 0 || !at.isBefore(start) && at.isBefore(end);
    }

    /**
     * @param items items in any order
     * @param time  when each item happened
     * @param <T>   the item type
     * @return the items in the window, in their original order
     */
    public <T> List<T> filter(List<T> items, Function<T, Instant> time) {
        return days == 0 ? items : items.stream().filter(item -> contains(time.apply(item))).toList();
    }

    /** @return {@code " in the last N days"}, or an empty string for everything */
    public String describe() {
        return days == 0 ? "" : " in the last " + days + (days == 1 ? " day" : " days");
    }
}
