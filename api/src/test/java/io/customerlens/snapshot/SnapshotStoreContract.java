package io.customerlens.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.customer.SortDirection;
import io.customerlens.support.QueryPlans;
import io.customerlens.support.QueryPlans.Plan;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What the snapshot queries need from the store, run against the embedded server and, where Docker is available,
 * a real MongoDB ({@link EmbeddedSnapshotStoreTest}, {@link MongoDbSnapshotStoreTest}), as
 * {@code io.customerlens.store.StorageContract} does. The queries checked are the ones the customer lists run
 * ({@link ScoreWalk#next}). MongoDB explains them: each must walk its index, never scan the collection, and the
 * first page must come out of the index in order (no blocking SORT). The embedded server has no {@code explain};
 * there the planner's input is checked instead: every index exists with its keys in the order the walks need.
 */
abstract class SnapshotStoreContract extends SnapshotTestSupport {

    @Autowired
    private ScoreSets sets;
    @Autowired
    private SnapshotStore store;

    /** @return whether the store answers {@code explain} */
    abstract boolean storeExplains();

    @Test
    void theScoresIndexesLeadWithTheSnapshotModelAndParametersAndEndWithTheCustomer() {
        assertThat(indexes()).contains(
                "snapshot_model_customer: snapshotId 1, model 1, paramsHash 1, customerId 1 unique",
                "snapshot_model_segment: snapshotId 1, model 1, paramsHash 1, segment 1, customerId 1",
                "snapshot_model_value: snapshotId 1, model 1, paramsHash 1, value -1, customerId 1",
                "snapshot_model_rank: snapshotId 1, model 1, paramsHash 1, rank 1, customerId 1",
                "customer: customerId 1");
    }

    @Test
    void theListQueriesWalkTheirIndexes() {
        population();
        String id = completed(List.of(model("rfm"), model("behavioural")), null);
        ScoreSet rfm = sets.find("test", "rfm", null, id, null);
        ScoreSet behavioural = sets.find("test", "behavioural", null, id, null);
        ScoreWalk byValue = ScoreWalk.byScore(behavioural, SortDirection.DESC);
        Document top = store.scores(byValue.next(null, 1)).get(0);

        Map<String, Query> firstPages = Map.of(
                StoredScore.BY_VALUE, byValue.next(null, 21),
                "asc " + StoredScore.BY_VALUE, ScoreWalk.byScore(behavioural, SortDirection.ASC).next(null, 21),
                StoredScore.BY_RANK, ScoreWalk.byScore(rfm, SortDirection.DESC).next(null, 21),
                StoredScore.BY_SEGMENT, ScoreWalk.bySegment(rfm, List.of("champions", "lost")).next(null, 21));
        Query nextPage = byValue.next(byValue.key(top), 21);
        // The queries answer on every store; the plans only where the store explains them.
        assertThat(store.scores(nextPage)).hasSize(6);
        if (!storeExplains()) {
            return;
        }
        firstPages.forEach((name, query) -> {
            Plan plan = explain(query);
            assertThat(plan.stages()).as("stages of %s: %s", name, plan).contains("IXSCAN")
                    .doesNotContain("COLLSCAN", "SORT");
            if (name.equals(StoredScore.BY_SEGMENT)) {
                // $in on the segment: merge the per-segment ranges, or walk the customer index and filter.
                assertThat(plan.indexes()).as("indexes of %s", name).isSubsetOf(StoredScore.BY_SEGMENT, StoredScore.BY_CUSTOMER);
            } else {
                assertThat(plan.indexes()).as("indexes of %s", name).containsOnly(name.replace("asc ", ""));
            }
        });
        Plan next = explain(nextPage);
        assertThat(next.stages()).as("stages of the next page: %s", next).contains("IXSCAN").doesNotContain("COLLSCAN");
        assertThat(next.indexes()).contains(StoredScore.BY_VALUE);
    }

    Document explainCommand(Query query) {
        return QueryPlans.explainCommand(mongo, StoredScore.COLLECTION, query);
    }

    private Plan explain(Query query) {
        return QueryPlans.explain(mongo, StoredScore.COLLECTION, query);
    }

    private List<String> indexes() {
        return mongo.indexOps(StoredScore.COLLECTION).getIndexInfo().stream().map(SnapshotStoreContract::describe)
                .toList();
    }

    private static String describe(IndexInfo index) {
        return index.getName() + ": " + index.getIndexFields().stream()
                .map(field -> field.getKey() + " " + (field.getDirection() == Sort.Direction.DESC ? "-1" : "1"))
                .collect(Collectors.joining(", ")) + (index.isUnique() ? " unique" : "");
    }
}
