package io.customerlens.store;

import com.mongodb.bulk.BulkWriteError;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Inserts many documents with one unordered bulk write, which goes on past a refused document (a duplicate key, on
 * either store) and reports each refusal with its position, for the caller to decide what the refusal means.
 */
public final class BulkInserts {

    private static final int DUPLICATE_KEY = 11000;

    private BulkInserts() {
    }

    /**
     * @param expected which refusals the caller handles; any other fails the call with the bulk write's exception
     * @return the refusals, each with the position of its document in {@code documents}; empty when all went in
     */
    public static List<BulkWriteError> insert(MongoTemplate mongo, Class<?> type, List<?> documents,
                                              Predicate<BulkWriteError> expected) {
        if (documents.isEmpty()) {
            return List.of();
        }
        BulkOperations inserts = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
        documents.forEach(inserts::insert);
        try {
            inserts.execute();
            return List.of();
        } catch (BulkOperationException e) {
            if (!e.getErrors().stream().allMatch(expected)) {
                throw e;
            }
            return e.getErrors();
        }
    }

    /** @return whether the refusal is for a duplicate key */
    public static boolean duplicate(BulkWriteError error) {
        return error.getCode() == DUPLICATE_KEY;
    }
}
