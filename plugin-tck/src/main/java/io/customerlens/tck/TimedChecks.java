package io.customerlens.tck;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * Runs the checks of one model, each under a time limit and named in its failure. A check that does not end in
 * time fails as a hang (the model sleeps, blocks on I/O or loops); the model's later checks then fail at once
 * instead of each waiting out the limit, so a hanging model costs one limit, not one per check.
 */
final class TimedChecks {

    private final String model;
    private final Duration limit;
    private volatile String hungIn;

    /**
     * @param model the model's id, for the messages
     * @param limit the longest one check may take
     */
    TimedChecks(String model, Duration limit) {
        this.model = model;
        this.limit = limit;
    }

    /** Runs the check; a failure's message starts with the model and the check's name. */
    void run(String check, Executable body) throws Throwable {
        String prefix = "model '" + model + "', check '" + check + "': ";
        if (hungIn != null) {
            throw new AssertionFailedError(prefix + "not run: the model did not answer within " + seconds()
                    + " in check '" + hungIn + "'");
        }
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread daemon = new Thread(runnable, "tck-" + model);
            daemon.setDaemon(true); // a model that never returns must not keep the build's JVM alive
            return daemon;
        });
        try {
            Future<?> run = thread.submit(() -> {
                try {
                    body.execute();
                } catch (Throwable thrown) {
                    throw new CompletionException(thrown);
                }
                return null;
            });
            run.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            hungIn = check;
            throw new AssertionFailedError(prefix + "did not answer within " + seconds() + ": a model must not sleep,"
                    + " wait for I/O or loop without end (the server cuts such calls and fails the field)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException wrapped ? wrapped.getCause() : e.getCause();
            String message = String.valueOf(cause.getMessage());
            String own = "model '" + model + "': ";
            throw new AssertionFailedError(prefix + (message.startsWith(own) ? message.substring(own.length()) : message),
                    cause);
        } finally {
            thread.shutdownNow();
        }
    }

    private String seconds() {
        return limit.toMillis() / 1000.0 + " s";
    }
}
