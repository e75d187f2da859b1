package io.customerlens.transfer;

import com.mongodb.bulk.BulkWriteError;
import io.customerlens.customer.CreateCustomerInput;
import io.customerlens.customer.Customer;
import io.customerlens.customer.DataVersion;
import io.customerlens.customer.EngagementInput;
import io.customerlens.customer.Membership;
import io.customerlens.customer.MembershipInput;
import io.customerlens.customer.OrderTotals;
import io.customerlens.sdk.Engagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        mongo.find(Query.query(Criteria.where("externalId").in(rows.stream().map(Pending::externalId).toList())),
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
            Update changes = changes(before, row.value().input());
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
            CreateCustomerInput in = row.value().input();
            inserts.insert(new Customer(null, in.externalId(), in.name().strip(), in.email(), in.phone(), in.region(),
                    in.channel(), in.joinedOn() == null ? today : in.joinedOn(), membership(in.membership(), null),
                    in.tags(), engagement(in.engagement(), null), OrderTotals.NONE, 0, now, now));
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

    /** @return $set of every given field that differs from what is stored; empty when none does */
    private static Update changes(Customer before, CreateCustomerInput in) {
        Update update = new Update();
        setIfChanged(update, "name", before.name(), in.name().strip());
        setIfChanged(update, "email", before.email(), in.email());
        setIfChanged(update, "phone", before.phone(), in.phone());
        setIfChanged(update, "region", before.region(), in.region());
        setIfChanged(update, "channel", before.channel(), in.channel());
        setIfChanged(update, "joinedOn", before.joinedOn(), in.joinedOn());
        setIfChanged(update, "tags", before.tags(), in.tags());
        if (in.membership() != null) {
            setIfChanged(update, "membership", before.membership(), membership(in.membership(), before.membership()));
        }
        if (in.engagement() != null) {
            setIfChanged(update, "engagement", before.engagement(), engagement(in.engagement(), before.engagement()));
        }
        return update;
    }

    private static void setIfChanged(Update update, String field, Object before, Object given) {
        if (given != null && !Objects.equals(before, given)) {
            update.set(field, given);
        }
    }

    /** The given membership fields over the stored ones. */
    private static Membership membership(MembershipInput in, Membership before) {
        if (in == null) {
            return before;
        }
        String level = in.level() != null ? in.level() : before == null ? null : before.level();
        long points = in.points() != null ? in.points() : before == null ? 0 : before.points();
        return new Membership(level, points);
    }

    /** The given engagement counts over the stored ones. */
    private static Engagement engagement(EngagementInput in, Engagement before) {
        if (in == null) {
            return before;
        }
        Engagement base = before == null ? Engagement.NONE : before;
        return new Engagement(in.referrals() != null ? in.referrals() : base.referrals(),
                in.events() != null ? in.events() : base.events(),
                in.communityPosts() != null ? in.communityPosts() : base.communityPosts());
    }
}
