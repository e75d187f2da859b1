package io.customerlens.snapshot;

import io.customerlens.customer.ChangeCause;
import io.customerlens.customer.Customer;
import io.customerlens.customer.CustomerFilter;
import io.customerlens.customer.Customers;
import io.customerlens.scoring.BatchScoring;
import io.customerlens.scoring.ModelRef;
import io.customerlens.scoring.ScoreView;
import io.customerlens.scoring.SegmentView;
import io.customerlens.scoring.SegmentsAssigned;
import io.customerlens.support.DaemonThreads;
import io.customerlens.support.Futures;
import io.customerlens.web.ClassifiedError;
import io.customerlens.web.ErrorClassifier;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * One snapshot run: streams the customers a batch at a time, scores each batch with every model, bulk-inserts the
 * results while the next batch is scored, records progress, and checks between batches whether it should stop. Holds
 * two batches at a time.
 */
final class SnapshotRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(SnapshotRun.class);
    static final int KEPT_FAILURES = 10;
    static final String INTERRUPTED_BY_SHUTDOWN = "interrupted by a server shutdown";

    /** What the run needs from the server. */
    record Services(Customers customers, BatchScoring scoring, SnapshotStore store, Clock clock,
                    ApplicationEventPublisher events) {
    }

    private final String id;
    private final List<ModelKey> models;
    private final CustomerFilter filter;
    private final int batchSize;
    private final Services services;
    private final Consumer<SnapshotRun> onEnd;
    private final List<String> failures = new ArrayList<>();
    private volatile boolean cancelled;
    private volatile boolean shuttingDown;
    private long done;
    private long failed;

    SnapshotRun(String id, List<ModelKey> models, CustomerFilter filter, int batchSize, Services services,
                Consumer<SnapshotRun> onEnd) {
        this.id = id;
        this.models = List.copyOf(models);
        this.filter = filter;
        this.batchSize = batchSize;
        this.services = services;
        this.onEnd = onEnd;
    }

    String id() {
        return id;
    }

    /** Stops the run after its current batch; it ends CANCELLED. */
    void cancel() {
        cancelled = true;
    }

    /** Stops the run after its current batch; it ends FAILED, as a restart would leave it. */
    void shutDown() {
        shuttingDown = true;
    }

    private boolean stopping() {
        return cancelled || shuttingDown;
    }

    @Override
    public void run() {
        long started = System.nanoTime();
        List<BatchScoring.Choice> choices = models.stream().map(ModelKey::choice).toList();
        // Each batch is written while the next is scored: the store works while the models do.
        ExecutorService writer = Executors.newSingleThreadExecutor(DaemonThreads.named("snapshot-writer"));
        try {
            Future<?>[] writing = {CompletableFuture.completedFuture(null)};
            services.scoring().scoreAll(services.customers().population(filter), batchSize, choices, false, batch -> {
                Futures.await(writing[0]); // a failed write fails the run
                writing[0] = writer.submit(() -> {
                    store(batch);
                    done += batch.size();
                    services.store().progress(id, done, failed, rate(started), List.copyOf(failures));
                });
                return !stopping();
            });
            Futures.await(writing[0]);
            services.store().progress(id, done, failed, rate(started), List.copyOf(failures));
            SnapshotState end = shuttingDown ? SnapshotState.FAILED
                    : cancelled ? SnapshotState.CANCELLED : SnapshotState.COMPLETED;
            services.store().finish(id, end, services.clock().instant(), shuttingDown ? INTERRUPTED_BY_SHUTDOWN : null);
            log.info("Snapshot {} {}: {} customers ({} failed) at {}/s", id, end, done, failed, rate(started));
        } catch (RuntimeException | Error e) {
            letWriteEnd(writer); // so that its progress cannot land after the failure
            failRun(e);
        } finally {
            writer.shutdownNow();
            onEnd.accept(this);
        }
    }

    private static void letWriteEnd(ExecutorService writer) {
        writer.shutdown();
        try {
            writer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void store(List<BatchScoring.Scored> scored) {
        Instant computedAt = services.clock().instant();
        List<StoredScore> scores = new ArrayList<>(scored.size() * models.size());
        List<SegmentsAssigned.Assigned> segments = new ArrayList<>();
        for (BatchScoring.Scored customer : scored) {
            boolean anyFailed = false;
            for (int i = 0; i < models.size(); i++) {
                Object result = customer.results().get(i);
                if (result instanceof BatchScoring.Failure failure) {
                    anyFailed = true;
                    if (failures.size() < KEPT_FAILURES) {
                        failures.add("customer " + customer.customer().id() + ": " + failure.message());
                    }
                } else {
                    scores.add(stored(customer.customer(), models.get(i), result, computedAt));
                    if (result instanceof SegmentView segment) {
                        segments.add(new SegmentsAssigned.Assigned(customer.customer().id(), segment));
                    }
                }
            }
            if (anyFailed) {
                failed++;
            }
        }
        services.store().insertScores(scores);
        services.events().publishEvent(new SegmentsAssigned(segments, ChangeCause.SNAPSHOT));
    }

    private StoredScore stored(Customer customer, ModelKey key, Object result, Instant computedAt) {
        if (result instanceof SegmentView segment) {
            ModelRef ref = segment.model();
            return new StoredScore(null, customer.id(), id, key.modelId(), ref.version(), ref.pluginId(),
                    ref.pluginVersion(), key.paramsHash(), key.family(), segment.code(), segment.label(),
                    segment.rank(), null, computedAt);
        }
        ScoreView score = (ScoreView) result;
        ModelRef ref = score.model();
        return new StoredScore(null, customer.id(), id, key.modelId(), ref.version(), ref.pluginId(),
                ref.pluginVersion(), key.paramsHash(), key.family(), null, null, null, score.value(), computedAt);
    }

    private void failRun(Throwable e) {
        String error;
        if (e instanceof ClassifiedError) {
            error = e.getMessage();
        } else if (ErrorClassifier.isStoreUnavailable(e)) {
            error = "the customer store became unavailable";
        } else {
            error = "internal error (error " + UUID.randomUUID() + " in the server log)";
        }
        log.error("Snapshot {} failed after {} customers: {}", id, done, error, e);
        try {
            services.store().finish(id, SnapshotState.FAILED, services.clock().instant(), error);
        } catch (RuntimeException storeDown) {
            log.warn("Snapshot {} could not be marked FAILED; the next start will: {}", id, storeDown.toString());
        }
    }

    private double rate(long startedNanos) {
        double seconds = Math.max((System.nanoTime() - startedNanos) / 1e9, 1e-3);
        return Math.round(done / seconds * 10) / 10.0;
    }
}
