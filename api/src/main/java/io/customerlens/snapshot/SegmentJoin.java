package io.customerlens.snapshot;

import io.customerlens.snapshot.SegmentTransitions.TransitionSegment;
import java.util.Iterator;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Walks the segments one model stored in two snapshots side by side: both streams are read in customer id order and
 * merged, so memory holds one stored score of each, never the customers.
 */
final class SegmentJoin {

    /** What the walk finds, customer by customer. */
    interface Visitor {

        /** A customer stored only in the earlier snapshot. */
        void onlyInFrom();

        /** A customer stored only in the later snapshot. */
        void onlyInTo();

        /**
         * A customer stored in both.
         *
         * @param from their score in the earlier snapshot: customerId, segment, label and rank
         * @param to   the same in the later one
         */
        void inBoth(Document from, Document to);
    }

    private SegmentJoin() {
    }

    static void walk(SnapshotStore store, ScoreSet from, ScoreSet to, Visitor visitor) {
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
                    visitor.onlyInFrom();
                    a = next(left);
                } else if (order > 0) {
                    visitor.onlyInTo();
                    b = next(right);
                } else {
                    visitor.inBoth(a, b);
                    a = next(left);
                    b = next(right);
                }
            }
        }
    }

    /** @return the segment a stored score holds */
    static TransitionSegment segment(Document score) {
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
