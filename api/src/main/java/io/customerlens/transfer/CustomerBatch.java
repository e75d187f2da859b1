package io.customerlens.transfer;

import io.customerlens.customer.ChangeCause;
import io.customerlens.customer.Customer;
import io.customerlens.customer.CustomerProfiles;
import io.customerlens.customer.CustomerStore;
import io.customerlens.customer.CustomersWritten;
import io.customerlens.customer.DataVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes one batch of customer rows: new external ids are inserted, stored ones get the given fields that differ
 * (with a revision bump) and count as updated, or as unchanged when nothing differs. The order summary is never
 * imported: it follows from the orders.
 */
final class CustomerBatch {

    private final CustomerStore customers;
    private final DataVersion dataVersion;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CustomerBatch(CustomerStore customers, DataVersion dataVersion, Clock clock, ApplicationEventPublisher events) {
        this.customers = customers;
        this.dataVersion = dataVersion;
        this.clock = clock;
        this.events = events;
    }

    /** Writes the rows (no external id twice) and adds the outcome of each to the tally. */
    void write(List<Pending<CustomerRow>> rows, ImportTally tally) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Customer> stored = customers.byExternalIds(rows.stream().map(Pending::externalId).toList());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Pending<CustomerRow>> fresh = new ArrayList<>();
        Map<String, Update> updates = new HashMap<>();
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
                updates.put(before.id(), changes.inc(Customer.REVISION, 1).set(Customer.UPDATED_AT, now));
            }
        }
        customers.updateAll(updates);
        tally.updated += updates.size();
        if (!updates.isEmpty()) {
            events.publishEvent(new CustomersWritten(List.copyOf(updates.keySet()), ChangeCause.IMPORT));
        }
        insert(fresh, tally, today, now);
        if (!updates.isEmpty() || !fresh.isEmpty()) {
            dataVersion.changed();
        }
    }

    private void insert(List<Pending<CustomerRow>> fresh, ImportTally tally, LocalDate today, Instant now) {
        if (fresh.isEmpty()) {
            return;
        }
        Set<Integer> failed = customers.insertAll(fresh.stream()
                .map(row -> CustomerProfiles.created(row.value().input(), today, now)).toList());
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
