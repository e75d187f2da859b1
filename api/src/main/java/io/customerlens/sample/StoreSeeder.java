package io.customerlens.sample;

import io.customerlens.customer.Customer;
import io.customerlens.customer.DataVersion;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * What every start-up loader shares: it only seeds an empty store, writes in batches, and announces the new
 * data so population statistics are recomputed.
 */
@Component
class StoreSeeder {

    private static final Logger log = LoggerFactory.getLogger(StoreSeeder.class);
    private static final int BATCH = 2_000;

    private final MongoTemplate mongo;
    private final DataVersion dataVersion;

    StoreSeeder(MongoTemplate mongo, DataVersion dataVersion) {
        this.mongo = mongo;
        this.dataVersion = dataVersion;
    }

    /** @return whether the store holds no customers; if it does, logs that {@code what} is not loaded */
    boolean storeIsEmpty(String what) {
        long existing = mongo.estimatedCount(Customer.class);
        if (existing > 0) {
            log.info("{} not loaded: the store already holds {} customers", what, existing);
        }
        return existing == 0;
    }

    /** Inserts the documents in batches. */
    <T> void insert(List<T> documents, Class<T> type) {
        for (int from = 0; from < documents.size(); from += BATCH) {
            mongo.insert(documents.subList(from, Math.min(documents.size(), from + BATCH)), type);
        }
    }

    /** Announces that customer data changed. */
    void done() {
        dataVersion.changed();
    }
}
