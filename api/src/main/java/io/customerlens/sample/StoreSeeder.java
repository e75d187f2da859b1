package io.customerlens.sample;

import io.customerlens.customer.Customer;
import io.customerlens.customer.CustomerStore;
import io.customerlens.customer.DataVersion;
import io.customerlens.customer.HistoryStore;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What every start-up loader shares: it only seeds an empty store, writes in batches, and announces the new
 * data so population statistics are recomputed.
 */
@Component
class StoreSeeder {

    private static final Logger log = LoggerFactory.getLogger(StoreSeeder.class);
    private static final int BATCH = 2_000;

    private final CustomerStore customers;
    private final HistoryStore history;
    private final DataVersion dataVersion;

    StoreSeeder(CustomerStore customers, HistoryStore history, DataVersion dataVersion) {
        this.customers = customers;
        this.history = history;
        this.dataVersion = dataVersion;
    }

    /** @return whether the store holds no customers; if it does, logs that {@code what} is not loaded */
    boolean storeIsEmpty(String what) {
        long existing = customers.estimatedCount();
        if (existing > 0) {
            log.info("{} not loaded: the store already holds {} customers", what, existing);
        }
        return existing == 0;
    }

    /** Inserts the customers in batches. */
    void insertCustomers(List<Customer> batch) {
        inBatches(batch, customers::insertAll);
    }

    /** Inserts history entries of one kind in batches. */
    void insertHistory(List<?> entries, Class<?> kind) {
        inBatches(entries, part -> history.insertAll(kind, part));
    }

    private static <T> void inBatches(List<T> documents, Function<List<T>, Set<Integer>> insert) {
        for (int from = 0; from < documents.size(); from += BATCH) {
            if (!insert.apply(documents.subList(from, Math.min(documents.size(), from + BATCH))).isEmpty()) {
                throw new IllegalStateException("the store refused seed documents: it was written to while seeding");
            }
        }
    }

    /** Announces that customer data changed. */
    void done() {
        dataVersion.changed();
    }
}
