package io.customerlens.support;

import java.util.concurrent.ThreadFactory;

/** Threads for the server's background work (imports, snapshots, repairs, retries), which never hold up a shutdown. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** @return a factory of daemon threads with this name */
    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
