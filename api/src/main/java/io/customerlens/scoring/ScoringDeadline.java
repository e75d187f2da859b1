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

    private static final ScoringDeadline NONE = new ScoringDeadline(-1);

    private final long budgetNanos;
    private boolean started;
    private long atNanos;

    private ScoringDeadline(long budgetNanos) {
        this.budgetNanos = budgetNanos;
    }

    /**
     * @return a deadline shared by every call made under it, this long after the first of them is handed over (so
     *         that loading the customers' data does not count against it)
     */
    public static ScoringDeadline after(Duration budget) {
        return new ScoringDeadline(budget.toNanos());
    }

    /** @return no shared deadline: each call gets the per-call limit */
    public static ScoringDeadline perCall() {
        return NONE;
    }

    /** @return whether calls made under this deadline share it, and so may all be started at once */
    public boolean shared() {
        return budgetNanos >= 0;
    }

    /**
     * @return when (in {@link System#nanoTime()} terms) a call handed over now must have answered: after the
     *         per-call limit, or sooner when the shared deadline comes first
     */
    long untilNanos(long perCallNanos) {
        long now = System.nanoTime();
        long perCall = now + perCallNanos;
        if (!shared()) {
            return perCall;
        }
        long at = startedAt(now);
        return at - perCall < 0 ? at : perCall;
    }

    private synchronized long startedAt(long now) {
        if (!started) {
            started = true;
            atNanos = now + budgetNanos;
        }
        return atNanos;
    }
}
