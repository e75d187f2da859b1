package io.customerlens.web;

import graphql.GraphQLContext;
import io.customerlens.support.Cancellation;
import io.customerlens.support.DaemonThreads;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs population views on threads of their own, a few at a time ({@link PopulationWorkProperties}): a caller with
 * as many views running or waiting as it may have, or a full queue, is refused with TOO_MANY_REQUESTS (HTTP 429,
 * Retry-After) instead of slowing every other request down. A view stops, where its population loop checks
 * {@link Cancellation}, when its deadline passes or its client goes away ({@link ClientConnections}).
 */
@Component
public class PopulationWork implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PopulationWork.class);

    private final PopulationWorkProperties properties;
    private final ExecutorService threads;
    private final Map<String, Integer> perCaller = new HashMap<>();
    private int inFlight;

    public PopulationWork(PopulationWorkProperties properties) {
        this.properties = properties;
        this.threads = Executors.newFixedThreadPool(Math.max(1, properties.threads()), DaemonThreads.named("population-work"));
    }

    /**
     * @param caller  whose work this is (the API key's name); each has its own share
     * @param context the request's GraphQL context, where {@link ClientConnections} says whether the client is there
     * @return the work's result, or a {@link WorkStoppedException} when it stopped early
     * @throws TooManyRequestsException when the caller or the server has as much population work as it may
     */
    public <T> CompletableFuture<T> submit(String caller, GraphQLContext context, Supplier<T> work) {
        admit(caller);
        ClientConnections.Client client = context == null ? null : context.get(ClientConnections.CONTEXT_KEY);
        long deadline = System.nanoTime() + properties.deadline().toNanos();
        Cancellation cancellation = new Cancellation(() -> {
            if (System.nanoTime() - deadline > 0) {
                return "stopped after its deadline of " + readable(properties.deadline())
                        + " (customerlens.population-work.deadline): narrow the filter";
            }
            return client != null && client.gone() ? "stopped: the client went away" : null;
        });
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            threads.execute(() -> {
                try {
                    cancellation.check(); // it may have waited past its deadline, or for a client that left
                    result.complete(cancellation.run(work));
                } catch (CancellationException e) {
                    log.info("Population view of '{}' {}", caller, e.getMessage());
                    result.completeExceptionally(new WorkStoppedException("the population view " + e.getMessage()));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                } finally {
                    release(caller);
                }
            });
        } catch (RuntimeException e) { // rejected: shutting down
            release(caller);
            throw e;
        }
        return result;
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private synchronized void admit(String caller) {
        int callers = perCaller.getOrDefault(caller, 0);
        if (callers >= properties.perCaller()) {
            throw new TooManyRequestsException("'" + caller + "' has " + callers + " population views running or"
                    + " waiting, as many as one API key may have (customerlens.population-work.per-caller)",
                    properties.retryAfter());
        }
        if (inFlight >= properties.threads() + properties.queue()) {
            throw new TooManyRequestsException("the server is running and queueing as many population views as it"
                    + " may (" + inFlight + "; customerlens.population-work.threads and .queue)", properties.retryAfter());
        }
        perCaller.put(caller, callers + 1);
        inFlight++;
    }

    private synchronized void release(String caller) {
        perCaller.computeIfPresent(caller, (name, count) -> count > 1 ? count - 1 : null);
        inFlight--;
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
