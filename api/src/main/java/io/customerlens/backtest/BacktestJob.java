package io.customerlens.backtest;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A backtest run in the background: where it is, and its answer once done. Kept in memory only: a backtest is
 * computed from stored data and is run again after a restart.
 */
public final class BacktestJob {

    /** Where a job is. */
    public enum State { QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED }

    private final String id;
    private final String requestedBy;
    private final Instant startedAt;
    private final long steps;
    private final AtomicLong done = new AtomicLong();
    private volatile State state = State.QUEUED;
    private volatile String phase = "waiting";
    private volatile Instant finishedAt;
    private volatile Backtest result;
    private volatile String error;
    private volatile boolean cancelRequested;
    private final CompletableFuture<Backtest> answer = new CompletableFuture<>();

    /** @param steps customers to read plus customers to score, summed over the models */
    BacktestJob(String id, String requestedBy, Instant startedAt, long steps) {
        this.id = id;
        this.requestedBy = requestedBy;
        this.startedAt = startedAt;
        this.steps = Math.max(1, steps);
    }

    public String id() {
        return id;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public State state() {
        return state;
    }

    /** What the job is doing, e.g. "scoring with rfm". */
    public String phase() {
        return phase;
    }

    /** @return the share of the work done, 0-1 */
    public double progress() {
        return state == State.COMPLETED ? 1 : Math.min(1, (double) done.get() / steps);
    }

    public Backtest result() {
        return result;
    }

    public String error() {
        return error;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    void running(String phase) {
        this.state = State.RUNNING;
        this.phase = phase;
    }

    /** Records that the current phase got this far, counted from the steps of the phases before. */
    void advance(long stepsBefore, long inPhase) {
        done.set(stepsBefore + inPhase);
    }

    /** @return the answer when the job completes; failed with the reason when it fails or is cancelled */
    CompletableFuture<Backtest> answer() {
        return answer;
    }

    void completed(Backtest result, Instant at) {
        this.result = result;
        finish(State.COMPLETED, "done", at);
        answer.complete(result);
    }

    /** @param reason what the caller of a waiting request is told */
    void failed(State state, RuntimeException reason, Instant at) {
        this.error = reason.getMessage();
        finish(state, state == State.CANCELLED ? "cancelled" : "failed", at);
        answer.completeExceptionally(reason);
    }

    private void finish(State state, String phase, Instant at) {
        this.phase = phase;
        this.finishedAt = at;
        this.state = state;
    }
}
