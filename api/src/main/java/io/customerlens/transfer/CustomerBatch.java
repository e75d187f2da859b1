package io.customerlens.transfer;

import com.mongodb.bulk.BulkWriteError;
import io.customerlens.customer.Customer;
import io.customerlens.customer.CustomerProfiles;
import io.customerlens.customer.DataVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes one batch of customer rows: new external ids are inserted, stored ones get the given fields that differ
 * (with a revision bump) and count as updated, or as unchanged when nothing differs. The order summary is never
 * imported: it follows from the orders.
 */
final class CustomerBatch {

    private final MongoTemplate mongo;
    private final DataVersion dataVersion;
    private final Clock clock;

    CustomerBatch(MongoTemplate mongo, DataVersion dataVersion, Clock clock) {
        this.mongo = mongo;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    /** Writes the rows (no external id twice) and adds the outcome of each to the tally. */
    void write(List<Pending<CustomerRow>> rows, ImportTally tally) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Customer> stored = new HashMap<>();
        mongo.find(Query.query(Criteria.where(Customer.EXTERNAL_ID).in(rows.stream().map(Pending::externalId).toList())),
                Customer.class).forEach(customer -> stored.put(customer.externalId(), customer));
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Pending<CustomerRow>> fresh = new ArrayList<>();
        BulkOperations updates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Customer.class);
        int updated = 0;
        for (Pending<CustomerRow> row : rows) {
            Customer before = stored.get(row.externalId());
            if (before == null) {
                fresh.add(row);
                continue;
            }
            Update changes = CustomerProfiles.changes(before, row.value().input());
            if (changes.getUpdateObject().isEmpty()) {
                tally.unchanged++;
            } else {
                updates.updateOne(Query.query(Criteria.where("_id").is(before.id())),
                        changes.inc(Customer.REVISION, 1).set(Customer.UPDATED_AT, now));
                updated++;
            }
        }
        if (updated > 0) {
            updates.execute();
            tally.updated += updated;
        }
        insert(fresh, tally, today, now);
        if (updated > 0 || !fresh.isEmpty()) {
            dataVersion.changed();
        }
    }

    private void insert(List<Pending<CustomerRow>> fresh, ImportTally tally, LocalDate today, Instant now) {
        if (fresh.isEmpty()) {
            return;
        }
        BulkOperations inserts = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Customer.class);
        for (Pending<CustomerRow> row : fresh) {
            inserts.insert(CustomerProfiles.created(row.value().input(), today, now));
        }
        Set<Integer> failed = new HashSet<>();
        try {
            inserts.execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                failed.add(error.getIndex());
            }
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (failed.contains(i)) {
                tally.reject(fresh.get(i).line(), "externalId: '" + fresh.get(i).externalId()
                        + "' was stored by another writer at the same time; import the file again to compare");
            } else {
                tally.inserted++;
            }
        }
    }
}
