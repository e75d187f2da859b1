package io.customerlens.support;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * Whether long work should stop (its client went away, its deadline passed), for loops that run on several threads
 * to check as they go. The work's own thread carries it ({@link #run}); loops read it there with {@link #current}
 * and hand it to the threads they start.
 */
public final class Cancellation {

    /** Work that never stops early. */
    public static final Cancellation NONE = new Cancellation(() -> null);

    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();

    private final Supplier<String> reason;

    /** @param reason why the work should stop, or null while it may go on */
    public Cancellation(Supplier<String> reason) {
        this.reason = reason;
    }

    /** @return the cancellation of the work running on this thread, or {@link #NONE} */
    public static Cancellation current() {
        Cancellation current = CURRENT.get();
        return current == null ? NONE : current;
    }

    /** @return what the work returns, run with this as the thread's {@link #current} cancellation */
    public <T> T run(Supplier<T> work) {
        Cancellation outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** @throws CancellationException saying why, when the work should stop */
    public void check() {
        String why = reason.get();
        if (why != null) {
            throw new CancellationException(why);
        }
    }
}
