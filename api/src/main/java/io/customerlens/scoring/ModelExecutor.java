package io.customerlens.scoring;

import io.customerlens.support.DaemonThreads;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs plugin code on a bounded pool of its own with a time limit, so that a model that hangs costs pool threads
 * and its own fields, never a request thread, the other models' fields or the server.
 * <ul>
 *   <li>Calls are handed over without waiting for them, so the calls of one page run side by side.</li>
 *   <li>One model runs on at most {@code threads-per-model} threads at once; its further calls wait in a queue of
 *       its own, so a hanging model cannot take every thread from the others.</li>
 *   <li>A call that has not answered by its deadline fails then: a running one is interrupted, a waiting one
 *       never starts.</li>
 *   <li>When {@code queue-capacity} calls already wait, further calls are refused at once.</li>
 * </ul>
 */
@Component
class ModelExecutor implements DisposableBean {

    private final ThreadPoolExecutor pool;
    private final ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1,
            DaemonThreads.named("model-deadlines"));
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final long timeoutNanos;
    private final int threadsPerModel;
    private final int queueCapacity;

    ModelExecutor(ScoringProperties properties) {
        int threads = properties.threads();
        AtomicInteger counter = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()), runnable -> {
                    Thread thread = new Thread(runnable, "model-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.pool.allowCoreThreadTimeOut(true);
        this.deadlines.setRemoveOnCancelPolicy(true);
        this.timeoutNanos = properties.timeout().toNanos();
        this.threadsPerModel = Math.max(1, Math.min(properties.threadsPerModel(), threads));
        this.queueCapacity = properties.queueCapacity();
    }

    /**
     * @param model    the model whose code runs
     * @param call     the plugin call
     * @param deadline when it must have answered, at the latest the per-call limit from now
     * @return its result; failed with {@link ModelTimeoutException} when it takes too long, with
     *         {@link ModelFailureException} when too many calls wait already, else with whatever the call threw
     */
    <T> CompletableFuture<T> submit(RegisteredModel model, Callable<T> call, ScoringDeadline deadline) {
        long until = deadline.untilNanos(timeoutNanos);
        if (until - System.nanoTime() <= 0) {
            return CompletableFuture.failedFuture(timeout(model));
        }
        Call<T> task = new Call<>(model, call, until, lanes.computeIfAbsent(model.id(), id -> new Lane()));
        ScheduledFuture<?> timer = deadlines.schedule(task::expire, until - System.nanoTime(), TimeUnit.NANOSECONDS);
        task.result.whenComplete((value, failure) -> timer.cancel(false));
        task.lane.offer(task);
        return task.result;
    }

    private ModelTimeoutException timeout(RegisteredModel model) {
        return new ModelTimeoutException(model, TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
    }

    private static ModelFailureException busy(RegisteredModel model) {
        return new ModelFailureException(model, "was not run: every model thread is busy; try again shortly", null);
    }

    /** One model's calls: at most {@code threadsPerModel} on the pool, the others waiting in turn. */
    private final class Lane {
        private final Queue<Call<?>> waiting = new ArrayDeque<>();
        private int running;

        synchronized void offer(Call<?> call) {
            if (running < threadsPerModel) {
                running++;
                if (!start(call)) {
                    running--;
                }
            } else if (waiting.size() < queueCapacity) {
                waiting.add(call);
            } else {
                call.result.completeExceptionally(busy(call.model));
            }
        }

        /** A call of this lane ended: the next one still waiting for an answer takes its place. */
        synchronized void finished() {
            Call<?> next;
            while ((next = waiting.poll()) != null) {
                if (!next.result.isDone() && start(next)) {
                    return;
                }
            }
            running--;
        }

        private boolean start(Call<?> call) {
            try {
                pool.execute(call);
                return true;
            } catch (RejectedExecutionException e) {
                call.result.completeExceptionally(busy(call.model));
                return false;
            }
        }
    }

    /** A plugin call with its deadline. */
    private final class Call<T> implements Runnable {
        private final RegisteredModel model;
        private final Callable<T> call;
        private final long until;
        private final Lane lane;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private Thread runner;

        Call(RegisteredModel model, Callable<T> call, long until, Lane lane) {
            this.model = model;
            this.call = call;
            this.until = until;
            this.lane = lane;
        }

        @Override
        public void run() {
            try {
                if (System.nanoTime() - until >= 0) { // waited past its deadline: not worth starting
                    result.completeExceptionally(timeout(model));
                } else if (!result.isDone()) {
                    runOnThisThread();
                }
            } finally {
                lane.finished();
            }
        }

        private void runOnThisThread() {
            synchronized (this) {
                runner = Thread.currentThread();
            }
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                synchronized (this) {
                    runner = null;
                }
                Thread.interrupted(); // an interrupt that came as the call ended is not the next call's
            }
        }

        /** Fails the call at its deadline and interrupts it if it is running. */
        void expire() {
            if (result.completeExceptionally(timeout(model))) {
                synchronized (this) {
                    if (runner != null) {
                        runner.interrupt();
                    }
                }
            }
        }
    }

    @Override
    public void destroy() {
        deadlines.shutdownNow();
        pool.shutdownNow();
    }
}
