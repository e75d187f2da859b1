package io.customerlens.privacy;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The audit record of one erasure, kept in {@code erasures}. It says who erased and when, and how many documents
 * went from which collection, and nothing about the customer: not their id, not their external id.
 *
 * @param id       id
 * @param erasedBy the API key name of the caller
 * @param erasedAt when
 * @param removed  documents removed per collection, the customer's own document included
 */
@Document(Erasure.COLLECTION)
public record Erasure(@Id String id, String erasedBy, Instant erasedAt, List<Removed> removed) {

    public static final String COLLECTION = "erasures";

    /**
     * @param collection the collection
     * @param documents  documents removed from it
     */
    public record Removed(String collection, long documents) {
    }
}
