package io.customerlens.store;

import org.springframework.data.mongodb.core.query.Query;

/**
 * Streamed reads ask for their documents in batches. Without a batch size, mongo-java-server answers the first
 * {@code getMore} with every remaining document at once, and for a million orders that reply is larger than the
 * MongoDB driver accepts in one message (48 MB); on MongoDB it only sets how many documents come per round trip.
 */
public final class StreamBatches {

    /** Documents per round trip of a streamed read. */
    public static final int SIZE = 10_000;

    private StreamBatches() {
    }

    /** @return the query, reading {@value #SIZE} documents per round trip */
    public static Query batched(Query query) {
        return query.cursorBatchSize(SIZE);
    }
}
