package io.customerlens.snapshot;

import io.customerlens.scoring.ModelRef;
import io.customerlens.snapshot.SegmentTransitions.TransitionSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The segments a segmentation model stored for the same customers in two snapshots, handed out a batch of customers
 * at a time, for views that join them with other data (e.g. tier economics). It walks both like segment transitions
 * ({@link SegmentJoin}), so memory holds one batch.
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
     * @throws io.customerlens.web.InvalidInputException naming model, params, from or to
     */
    public Matched match(String model, Map<String, Object> params, String fromId, String toId, int batchSize,
                         String use, BiConsumer<Snapshot, Snapshot> check, Consumer<List<Pair>> sink) {
        ModelKey key = choices.one(model, params, "model", "params");
        ScoreSets.requireSegmentation(key, "model", use);
        ScoreSet from = sets.in(fromId, "from", key);
        ScoreSet to = sets.in(toId, "to", key);
        check.accept(from.snapshot(), to.snapshot());
        Batcher batcher = new Batcher(batchSize, sink);
        SegmentJoin.walk(store, from, to, batcher);
        batcher.flush();
        return new Matched(to.model().model(), from.snapshot(), to.snapshot(), batcher.inBoth, batcher.onlyInFrom,
                batcher.onlyInTo);
    }

    /** Counts what the walk finds and hands the pairs on a batch at a time. */
    private static final class Batcher implements SegmentJoin.Visitor {
        private final int batchSize;
        private final Consumer<List<Pair>> sink;
        private final List<Pair> batch;
        private int inBoth;
        private int onlyInFrom;
        private int onlyInTo;

        Batcher(int batchSize, Consumer<List<Pair>> sink) {
            this.batchSize = batchSize;
            this.sink = sink;
            this.batch = new ArrayList<>(batchSize);
        }

        @Override
        public void onlyInFrom() {
            onlyInFrom++;
        }

        @Override
        public void onlyInTo() {
            onlyInTo++;
        }

        @Override
        public void inBoth(Document from, Document to) {
            inBoth++;
            batch.add(new Pair(from.getString(StoredScore.CUSTOMER_ID), SegmentJoin.segment(from), SegmentJoin.segment(to)));
            if (batch.size() == batchSize) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                sink.accept(List.copyOf(batch));
                batch.clear();
            }
        }
    }
}
