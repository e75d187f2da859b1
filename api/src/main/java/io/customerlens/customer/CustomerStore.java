package io.customerlens.customer;

import com.mongodb.bulk.BulkWriteError;
import io.customerlens.sdk.MembershipSpan;
import io.customerlens.store.BulkInserts;
import io.customerlens.store.StreamBatches;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code customers} collection: every query of customer profiles and the writes of {@link Customers}, in
 * one place. Lists walk the {@code _id} index in id order; the filter's fields map to the indexed fields
 * ({@code region}, {@code channel}, {@code tags}, {@code joinedOn}; on the embedded store, which builds no secondary
 * index, every such query scans). Ids that are not ObjectIds match nothing.
 */
@Repository
public class CustomerStore {

    private static final String MEMBERSHIP_STARTED_ON = Customer.MEMBERSHIP + ".startedOn";

    private static final String ID = "_id";
    private static final String ORDER_SUMMARY = "orderSummary";

    private final MongoTemplate mongo;

    CustomerStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return the customer, or null if there is none with this id */
    public Customer byId(String id) {
        return ObjectId.isValid(id) ? mongo.findById(id, Customer.class) : null;
    }

    /** @return the customer with this external id, or null */
    Customer byExternalId(String externalId) {
        return mongo.findOne(Query.query(Criteria.where(Customer.EXTERNAL_ID).is(externalId)), Customer.class);
    }

    /** @return the stored customers among these external ids, by external id (one query, on the unique index) */
    public Map<String, Customer> byExternalIds(Collection<String> externalIds) {
        Map<String, Customer> found = new HashMap<>();
        mongo.find(Query.query(Criteria.where(Customer.EXTERNAL_ID).in(externalIds)), Customer.class)
                .forEach(customer -> found.put(customer.externalId(), customer));
        return found;
    }

    /** @return external id to customer id, for those of the given external ids that are stored */
    public Map<String, String> idsByExternalId(Collection<String> externalIds) {
        Query query = Query.query(Criteria.where(Customer.EXTERNAL_ID).in(externalIds));
        query.fields().include(Customer.EXTERNAL_ID);
        Map<String, String> ids = new HashMap<>();
        for (Document customer : mongo.find(query, Document.class, mongo.getCollectionName(Customer.class))) {
            ids.put(customer.getString(Customer.EXTERNAL_ID), customer.getObjectId(ID).toHexString());
        }
        return ids;
    }

    /**
     * Inserts the customers with one unordered bulk write.
     *
     * @return the positions of those refused because their external id was stored meanwhile by another writer
     */
    public Set<Integer> insertAll(List<Customer> customers) {
        return BulkInserts.insert(mongo, Customer.class, customers, error -> true).stream().map(BulkWriteError::getIndex)
                .collect(Collectors.toSet());
    }

    /** Applies each update to its customer (by id) with one unordered bulk write. */
    public void updateAll(Map<String, Update> byId) {
        if (byId.isEmpty()) {
            return;
        }
        BulkOperations updates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Customer.class);
        byId.forEach((id, update) -> updates.updateOne(Query.query(Criteria.where(ID).is(id)), update));
        updates.execute();
    }

    boolean exists(String id) {
        return ObjectId.isValid(id) && mongo.exists(Query.query(Criteria.where(ID).is(id)), Customer.class);
    }

    /** @return up to {@code limit} customers matching the filter after the given id (null: from the start), in id order */
    List<Customer> page(CustomerFilter filter, String afterId, int limit) {
        Criteria criteria = criteria(filter);
        if (afterId != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where(ID).gt(new ObjectId(afterId)));
        }
        return mongo.find(Query.query(criteria).with(Sort.by(ID)).limit(limit), Customer.class);
    }

    /** @return the customers among these ids that match the filter, in no particular order */
    List<Customer> among(Collection<String> ids, CustomerFilter filter) {
        return mongo.find(Query.query(new Criteria().andOperator(criteria(filter), Criteria.where(ID).in(ids))),
                Customer.class);
    }

    /** @return the distinct non-null values of a profile field (e.g. {@link Customer#REGION}) over all customers */
    List<String> distinct(String field) {
        return mongo.findDistinct(new Query(), field, Customer.class, String.class).stream()
                .filter(Objects::nonNull).sorted().toList();
    }

    /** @return about how many customers are stored, from the collection's metadata (no scan) */
    public long estimatedCount() {
        return mongo.estimatedCount(Customer.class);
    }

    long count(CustomerFilter filter) {
        return mongo.count(Query.query(criteria(filter)), Customer.class);
    }

    /**
     * @return every customer matching the filter, in id order, with one read (on MongoDB a walk of the {@code _id}
     *         index; the embedded store sorts once), read {@link StreamBatches#SIZE} at a time; close it
     */
    Stream<Customer> inIdOrder(CustomerFilter filter) {
        return mongo.stream(StreamBatches.batched(Query.query(criteria(filter)).with(Sort.by(ID))), Customer.class);
    }

    /**
     * @return the order summary of every customer with at least one order (count, total and last order; no first
     *         order), read as a three-field projection {@link StreamBatches#SIZE} at a time; close it
     */
    public Stream<OrderTotals> buyerSummaries() {
        Query query = Query.query(Criteria.where(OrderTotals.COUNT).gt(0));
        query.fields().include(OrderTotals.COUNT, OrderTotals.TOTAL, OrderTotals.LAST_ORDER_AT);
        return mongo.stream(StreamBatches.batched(query), Document.class, mongo.getCollectionName(Customer.class))
                .map(this::summaryOf);
    }

    /** @return every stored membership with a start date, read as a projection of the membership */
    public List<MembershipSpan> membershipSpans() {
        Query query = Query.query(Criteria.where(MEMBERSHIP_STARTED_ON).ne(null));
        query.fields().include(Customer.MEMBERSHIP);
        try (Stream<Document> customers = mongo.stream(StreamBatches.batched(query), Document.class,
                mongo.getCollectionName(Customer.class))) {
            return customers.map(customer -> mongo.getConverter().read(Membership.class,
                    customer.get(Customer.MEMBERSHIP, Document.class)).span()).toList();
        }
    }

    /** A customer's id and stored order summary. */
    record StoredSummary(String customerId, OrderTotals summary) {
    }

    /**
     * @return up to {@code limit} customers' order summaries after the given id (null: from the start), in id order,
     *         read as a projection of the summary
     */
    List<StoredSummary> summaries(String afterId, int limit) {
        Query page = new Query().with(Sort.by(ID)).limit(limit);
        page.fields().include(ID, ORDER_SUMMARY);
        if (afterId != null) {
            page.addCriteria(Criteria.where(ID).gt(new ObjectId(afterId)));
        }
        return mongo.find(page, Document.class, mongo.getCollectionName(Customer.class)).stream()
                .map(customer -> new StoredSummary(customer.getObjectId(ID).toHexString(), summaryOf(customer)))
                .toList();
    }

    /**
     * Replaces the customer's order summary if their revision is still the one given, counting a new revision.
     *
     * @return whether it was replaced (false: the customer changed meanwhile, or is gone)
     */
    boolean replaceSummary(String id, long revision, OrderTotals summary, Instant at) {
        Update update = new Update().set(ORDER_SUMMARY, summary).inc(Customer.REVISION, 1).set(Customer.UPDATED_AT, at);
        return mongo.updateFirst(Query.query(Criteria.where(ID).is(id).and(Customer.REVISION).is(revision)), update,
                Customer.class).getMatchedCount() == 1;
    }

    private OrderTotals summaryOf(Document customer) {
        Document summary = customer.get(ORDER_SUMMARY, Document.class);
        return summary == null ? OrderTotals.NONE : mongo.getConverter().read(OrderTotals.class, summary);
    }

    /** @return the stored customer, with its id */
    Customer insert(Customer customer) {
        return mongo.insert(customer);
    }

    /** @return the customer removed, or null if there was none with this id */
    Customer remove(String id) {
        return mongo.findAndRemove(Query.query(Criteria.where(ID).is(id)), Customer.class);
    }

    /** @return whether a customer with this id was there to update */
    boolean updateIfPresent(String id, Update update) {
        return ObjectId.isValid(id)
                && mongo.updateFirst(Query.query(Criteria.where(ID).is(id)), update, Customer.class).getMatchedCount() > 0;
    }

    /** @return the customer after the update, or null if there is none with this id */
    Customer update(String id, Update update) {
        return ObjectId.isValid(id) ? mongo.findAndModify(Query.query(Criteria.where(ID).is(id)), update,
                FindAndModifyOptions.options().returnNew(true), Customer.class) : null;
    }

    private static Criteria criteria(CustomerFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter.externalId() != null) {
            parts.add(Criteria.where(Customer.EXTERNAL_ID).is(filter.externalId()));
        }
        if (filter.region() != null) {
            parts.add(Criteria.where(Customer.REGION).is(filter.region()));
        }
        if (filter.channel() != null) {
            parts.add(Criteria.where(Customer.CHANNEL).is(filter.channel()));
        }
        if (filter.tag() != null) {
            parts.add(Criteria.where(Customer.TAGS).is(filter.tag()));
        }
        if (filter.joinedFrom() != null) {
            parts.add(Criteria.where(Customer.JOINED_ON).gte(filter.joinedFrom()));
        }
        if (filter.joinedTo() != null) {
            parts.add(Criteria.where(Customer.JOINED_ON).lte(filter.joinedTo()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            Pattern text = Pattern.compile(Pattern.quote(filter.text().strip()), Pattern.CASE_INSENSITIVE);
            parts.add(new Criteria().orOperator(Criteria.where(Customer.NAME).regex(text),
                    Criteria.where(Customer.EMAIL).regex(text)));
        }
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }
}
