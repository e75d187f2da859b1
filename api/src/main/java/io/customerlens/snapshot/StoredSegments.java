package io.customerlens.snapshot;

import io.customerlens.scoring.ModelRef;
import io.customerlens.snapshot.SegmentTransitions.TransitionSegment;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The segments a segmentation model stored for the same customers in two snapshots, handed out a batch of customers
 * at a time, for views that join them with other data (e.g. tier economics). Like segment transitions, it merges two
 * streams in customer id order, so memory holds one batch.
 */
@Component
public class StoredSegments {

    private final ModelChoices choices;
    private final ScoreSets sets;
    private final SnapshotStore store;

    StoredSegments(ModelChoices choices, ScoreSets sets, SnapshotStore store) {
        this.choices = choices;
        this.sets = sets;
        this.store = store;
    }

    /**
     * One customer's segment in each snapshot.
     *
     * @param customerId the customer
     * @param from       their segment in the earlier snapshot
     * @param to         their segment in the later one
     */
    public record Pair(String customerId, TransitionSegment from, TransitionSegment to) {
    }

    /**
     * What was matched.
     *
     * @param model      the model as the {@code to} snapshot scored it
     * @param from       the earlier snapshot
     * @param to         the later snapshot
     * @param inBoth     customers stored in both
     * @param onlyInFrom customers stored only in {@code from}
     * @param onlyInTo   customers stored only in {@code to}
     */
    public record Matched(ModelRef model, Snapshot from, Snapshot to, int inBoth, int onlyInFrom, int onlyInTo) {
    }

    /**
     * Checks both snapshots before anything is read, then hands the customers stored in both to {@code sink}, in
     * batches of at most {@code batchSize}, in customer id order.
     *
     * @param use   what needs a segmentation model, for the error, e.g. "tierEconomicsChange"
     * @param check called with both snapshots before any pair is handed out, e.g. to check further arguments
     * @throws io.customerlens.graphql.InvalidInputException naming model, params, from or to
     */
    public Matched match(String model, Map<String, Object> params, String fromId, String toId, int batchSize,
                         String use, BiConsumer<Snapshot, Snapshot> check, Consumer<List<Pair>> sink) {
        ModelKey key = choices.one(model, params, "model", "params");
        ScoreSets.requireSegmentation(key, "model", use);
        ScoreSet from = sets.in(fromId, "from", key);
        ScoreSet to = sets.in(toId, "to", key);
        check.accept(from.snapshot(), to.snapshot());
        int inBoth = 0;
        int onlyInFrom = 0;
        int onlyInTo = 0;
        List<Pair> batch = new ArrayList<>(batchSize);
        try (Stream<Document> before = store.streamScores(segments(from));
             Stream<Document> after = store.streamScores(segments(to))) {
            Iterator<Document> left = before.iterator();
            Iterator<Document> right = after.iterator();
            Document a = next(left);
            Document b = next(right);
            while (a != null || b != null) {
                int order = a == null ? 1 : b == null ? -1
                        : a.getString(StoredScore.CUSTOMER_ID).compareTo(b.getString(StoredScore.CUSTOMER_ID));
                if (order < 0) {
                    onlyInFrom++;
                    a = next(left);
                } else if (order > 0) {
                    onlyInTo++;
                    b = next(right);
                } else {
                    inBoth++;
                    batch.add(new Pair(a.getString(StoredScore.CUSTOMER_ID), segment(a), segment(b)));
                    if (batch.size() == batchSize) {
                        sink.accept(List.copyOf(batch));
                        batch.clear();
                    }
                    a = next(left);
                    b = next(right);
                }
            }
        }
        if (!batch.isEmpty()) {
            sink.accept(List.copyOf(batch));
        }
        return new Matched(to.model().model(), from.snapshot(), to.snapshot(), inBoth, onlyInFrom, onlyInTo);
    }

    private static TransitionSegment segment(Document score) {
        return new TransitionSegment(score.getString(StoredScore.SEGMENT), score.getString(StoredScore.LABEL),
                score.getInteger(StoredScore.RANK));
    }

    private static Query segments(ScoreSet set) {
        Query query = Query.query(set.criteria()).with(Sort.by(StoredScore.CUSTOMER_ID));
        query.fields().include(StoredScore.CUSTOMER_ID, StoredScore.SEGMENT, StoredScore.LABEL, StoredScore.RANK)
                .exclude("_id");
        return query;
    }

    private static Document next(Iterator<Document> scores) {
        return scores.hasNext() ? scores.next() : null;
    }
}
