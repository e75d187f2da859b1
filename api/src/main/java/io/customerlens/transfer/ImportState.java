package io.customerlens.transfer;

/** Where an import job is. */
public enum ImportState {
    /** Waiting for the import before it to end; imports run one at a time. */
    QUEUED,
    RUNNING,
    /** Every row was read; the report says how each went. */
    COMPLETED,
    /** Stopped by an error that concerns the whole file or the store (see {@code error}); written batches stay. */
    FAILED
}
