package io.customerlens.customer;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A note, stored before a write that spans documents, that these customers' documents are about to change; removed
 * once every part is written. The store has no transactions: a note still there after a crash tells
 * {@link WriteIntents#recover} which customers to put right.
 *
 * @param id          the note's id
 * @param kind        what the write does, and so how it is completed
 * @param customerIds the customers it touches
 * @param startedAt   when it began
 */
@Document(WriteIntent.COLLECTION)
public record WriteIntent(@Id String id, Kind kind, List<String> customerIds, Instant startedAt) {

    public static final String COLLECTION = "write_intents";

    /** What an interrupted write is completed with. */
    public enum Kind {
        /** History was added: the customers' summaries are recomputed from their stored history. */
        SUMMARY,
        /** The customers are being deleted: whatever is left of them is removed. */
        DELETION,
        /** The customers are being erased (privacy): the erasure is run again, audit record included. */
        ERASURE
    }
}
