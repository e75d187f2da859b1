package io.customerlens.scoring;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The circuit breaker of one model version. CLOSED: calls go through; after {@code failureThreshold} failures in a
 * row within {@code window} it opens. OPEN: calls are refused at once until {@code coolDown} has passed. HALF_OPEN:
 * one trial call goes through (the others are refused); its success closes the breaker, its failure opens it again.
 */
final class ModelBreaker {

    /** A breaker's state. */
    enum State { CLOSED, OPEN, HALF_OPEN }

    /**
     * What a breaker shows.
     *
     * @param state    its state now
     * @param failures failures in a row within the window (while CLOSED), or those that opened it
     * @param retryAt  when an open breaker lets a trial call through; null unless OPEN
     */
    record Status(State state, int failures, Instant retryAt) {
    }

    private final ScoringProperties.Breaker settings;
    private final Clock clock;
    private final long generation;
    private final Deque<Instant> failures = new ArrayDeque<>();
    private Instant openedAt;
    private boolean trialRunning;

    ModelBreaker(ScoringProperties.Breaker settings, Clock clock, long generation) {
        this.settings = settings;
        this.clock = clock;
        this.generation = generation;
    }

    /** @return which load of the plugin this breaker counts for */
    long generation() {
        return generation;
    }

    /**
     * Asks to call the model now.
     *
     * @return null when the call may go ahead (then report it with {@link #succeeded}, {@link #failed} or
     *         {@link #released}), otherwise when the model will be tried again
     */
    synchronized Instant admit() {
        State state = state();
        if (state == State.CLOSED) {
            return null;
        }
        if (state == State.HALF_OPEN && !trialRunning) {
            trialRunning = true;
            return null;
        }
        return retryAt(); // HALF_OPEN with its trial call still running: past, or about now
    }

    synchronized void succeeded() {
        failures.clear();
        openedAt = null;
        trialRunning = false;
    }

    synchronized void failed() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (trialRunning || openedAt != null) {
            trialRunning = false;
            openedAt = now;
            return;
        }
        forgetOld(now);
        failures.addLast(now);
        if (failures.size() >= settings.failureThreshold()) {
            openedAt = now;
        }
    }

    /** An admitted call that never reached the model (e.g. every model thread was busy). */
    synchronized void released() {
        trialRunning = false;
    }

    synchronized Status status() {
        State state = state();
        if (state == State.CLOSED) {
            forgetOld(clock.instant());
        }
        return new Status(state, failures.size(), state == State.OPEN ? retryAt() : null);
    }

    private State state() {
        if (openedAt == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(retryAt()) ? State.OPEN : State.HALF_OPEN;
    }

    private Instant retryAt() {
        return openedAt.plus(settings.coolDown());
    }

    private void forgetOld(Instant now) {
        Instant oldest = now.minus(settings.window());
        while (!failures.isEmpty() && failures.peekFirst().isBefore(oldest)) {
            failures.removeFirst();
        }
    }
}
