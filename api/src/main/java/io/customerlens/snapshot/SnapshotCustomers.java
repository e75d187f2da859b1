package io.customerlens.snapshot;

import graphql.relay.DefaultConnection;
import io.customerlens.customer.Customer;
import io.customerlens.customer.ScoreOrder;
import io.customerlens.customer.SegmentFilter;
import io.customerlens.customer.StoredScores;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.web.Connections;
import io.customerlens.web.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Customer lists served from stored scores. The list walks one set of scores along its index (see
 * {@link ScoreWalk}) — the order's if there is one, else the segment filter's — a chunk at a time; each chunk's
 * customers are kept if they are in the filtered segments (when the order walks another set) and match the rest
 * of the customer filter, until the page is full. Chunks start at the page size and double while customers are
 * filtered out, so a selective filter costs a few more round trips, never a scan into memory.
 */
@Component
class SnapshotCustomers implements StoredScores {

    private static final int MAX_CHUNK = 1000;

    private final ScoreSets sets;
    private final SnapshotStore store;

    SnapshotCustomers(ScoreSets sets, SnapshotStore store) {
        this.sets = sets;
        this.store = store;
    }

    /** Customers in some segments of one snapshot. */
    private record SegmentScope(ScoreSet set, List<String> codes) {
    }

    @Override
    public DefaultConnection<Customer> page(SegmentFilter segment, ScoreOrder order, int first, String after,
                                            Function<Collection<String>, List<Customer>> matching) {
        if (segment == null && order == null) {
            throw new IllegalArgumentException("a list from stored scores needs a segment filter or a score order");
        }
        SegmentScope scope = segment == null ? null : scope(segment);
        ScoreWalk walk = order == null ? ScoreWalk.bySegment(scope.set(), scope.codes())
                : ScoreWalk.byScore(sets.find("orderBy", order.model(), order.params(), order.snapshot(), null),
                order.direction());
        SegmentScope restriction = order == null ? null : scope;
        String position = Connections.key(after, "after");
        List<Customer> page = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        int chunk = first + 1;
        while (page.size() <= first) {
            List<Document> scores = store.scores(walk.next(position, chunk));
            if (scores.isEmpty()) {
                break;
            }
            List<String> ids = scores.stream().map(score -> score.getString(StoredScore.CUSTOMER_ID)).toList();
            Map<String, Customer> found = matching.apply(restriction == null ? ids : within(restriction, ids)).stream()
                    .collect(Collectors.toMap(Customer::id, customer -> customer));
            for (Document score : scores) {
                Customer customer = found.get(score.getString(StoredScore.CUSTOMER_ID));
                if (customer != null && page.size() <= first) {
                    page.add(customer);
                    keys.put(customer.id(), walk.key(score));
                }
            }
            if (scores.size() < chunk) {
                break;
            }
            position = walk.key(scores.get(scores.size() - 1));
            chunk = Math.min(chunk * 2, MAX_CHUNK);
        }
        return Connections.of(page, first, after != null, customer -> keys.get(customer.id()));
    }

    private SegmentScope scope(SegmentFilter filter) {
        ScoreSet set = sets.find("filter.segment", filter.model(), filter.params(), filter.snapshot(), "a segment filter");
        List<SegmentDefinition> declared = set.key().choice().model().descriptor().segments();
        Set<String> known = declared.stream().map(SegmentDefinition::code).collect(Collectors.toSet());
        List<String> unknown = filter.codes().stream().filter(code -> !known.contains(code)).toList();
        if (filter.codes().isEmpty() || !unknown.isEmpty()) {
            throw new InvalidInputException("filter.segment.in", (filter.codes().isEmpty() ? "must list at least one "
                    + "segment code" : "unknown segment " + String.join(", ", unknown) + " of model '"
                    + set.model().modelId() + "'") + "; declared: "
                    + declared.stream().map(SegmentDefinition::code).collect(Collectors.joining(", ")));
        }
        return new SegmentScope(set, List.copyOf(new HashSet<>(filter.codes())));
    }

    /** @return those of the customers the scope holds */
    private List<String> within(SegmentScope scope, List<String> customerIds) {
        Query query = Query.query(scope.set().criteria().and(StoredScore.SEGMENT).in(scope.codes())
                .and(StoredScore.CUSTOMER_ID).in(customerIds));
        query.fields().include(StoredScore.CUSTOMER_ID).exclude("_id");
        return store.scores(query).stream().map(score -> score.getString(StoredScore.CUSTOMER_ID)).toList();
    }
}
