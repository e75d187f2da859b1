package io.customerlens.snapshot;

/** Where a snapshot run is. Every state but {@link #RUNNING} is final. */
public enum SnapshotState {
    RUNNING,
    COMPLETED,
    /** Stopped on request; what it stored so far is kept. */
    CANCELLED,
    /** Stopped by an error or a server restart; {@code error} says which. */
    FAILED
}
