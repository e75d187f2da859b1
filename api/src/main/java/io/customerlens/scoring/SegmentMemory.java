package io.customerlens.scoring;

import io.customerlens.sdk.PreviousSegment;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * Where the segment last assigned to a customer comes from, for models that declare {@code PREVIOUS_SEGMENT}: one
 * store query per customer ({@link SegmentStates}), or one per page or batch (a data loader, a prefetched map).
 */
@FunctionalInterface
public interface SegmentMemory {

    /**
     * @param customerId the customer
     * @param model      the model id
     * @param params     the canonical parameter values
     * @return the previous segment, completing with null when there is none
     */
    CompletableFuture<PreviousSegment> previous(String customerId, String model, String params);

    /**
     * Remembers the segment just assigned, if it differs from the previous one. By default at once; the memory of a
     * batch collects them and writes them together in {@link #flush}.
     */
    default void record(SegmentStates states, String customerId, String model, String params, PreviousSegment previous,
                        String code, LocalDate asOf) {
        states.record(customerId, model, params, previous, code, asOf);
    }

    /** Writes what {@link #record} collected, if anything. */
    default void flush() {
    }
}
