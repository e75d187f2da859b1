package io.customerlens.scoring;

import java.time.Duration;

/**
 * When the model calls of one piece of work must have answered. A request's calls share one deadline, so a page
 * whose model hangs costs one time limit, not one per customer; a pass over a population has none, and each of
 * its calls gets the per-call limit.
 */
public final class ScoringDeadline {

    /** Where a GraphQL request keeps its deadline, set by its first scoring field. */
    static final String CONTEXT_KEY = ScoringDeadline.class.getName();

    private static final ScoringDeadline NONE = new ScoringDeadline(0, false);

    private final long atNanos;
    private final boolean shared;

    private ScoringDeadline(long atNanos, boolean shared) {
        this.atNanos = atNanos;
        this.shared = shared;
    }

    /** @return a deadline this long from now, shared by every call made under it */
    public static ScoringDeadline after(Duration budget) {
        return new ScoringDeadline(System.nanoTime() + budget.toNanos(), true);
    }

    /** @return no shared deadline: each call gets the per-call limit */
    public static ScoringDeadline perCall() {
        return NONE;
    }

    /** @return whether calls made under this deadline share it, and so may all be started at once */
    public boolean shared() {
        return shared;
    }

    /**
     * @return when (in {@link System#nanoTime()} terms) a call handed over now must have answered: after the
     *         per-call limit, or sooner when the deadline comes first
     */
    long untilNanos(long perCallNanos) {
        long perCall = System.nanoTime() + perCallNanos;
        return shared && atNanos - perCall < 0 ? atNanos : perCall;
    }
}
