package io.customerlens.scoring;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs plugin code on a bounded pool of its own with a time limit, so that a model that hangs costs one pool
 * thread and one field, never a request thread or the server. A call that does not answer in time is
 * interrupted and reported; when every thread is busy and the queue is full, calls are refused at once.
 */
@Component
class ModelExecutor implements DisposableBean {

    private final ThreadPoolExecutor pool;
    private final long timeoutMillis;

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
        this.timeoutMillis = properties.timeout().toMillis();
    }

    /**
     * @param model the model whose code runs
     * @param call  the plugin call
     * @return its result
     * @throws ModelTimeoutException when it takes too long
     * @throws ModelFailureException when the pool is saturated
     * @throws RuntimeException      whatever the call threw, unwrapped
     */
    <T> T call(RegisteredModel model, Callable<T> call) {
        Future<T> future;
        try {
            future = pool.submit(call);
        } catch (RejectedExecutionException e) {
            throw new ModelFailureException(model, "was not run: every model thread is busy; try again shortly", null);
        }
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ModelTimeoutException(model, timeoutMillis);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ModelFailureException(model, "was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
