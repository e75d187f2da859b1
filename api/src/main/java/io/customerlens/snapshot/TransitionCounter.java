package io.customerlens.snapshot;

import io.customerlens.snapshot.SegmentTransitions.TransitionSegment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * Counts segment transitions by merging two streams of stored segments, each in customer id order, so that
 * memory holds the matrix, never the customers.
 */
final class TransitionCounter {

    private final Map<String, TransitionSegment> fromSegments = new HashMap<>();
    private final Map<String, TransitionSegment> toSegments = new HashMap<>();
    private final Map<String, Map<String, Integer>> pairs = new HashMap<>();
    private int stayed;
    private int movedUp;
    private int movedDown;
    private int onlyInFrom;
    private int onlyInTo;

    /**
     * @param from scores with customerId, segment, label and rank, in ascending customer id order
     * @param to   the same of the other snapshot
     */
    TransitionCounter(Stream<Document> from, Stream<Document> to) {
        Iterator<Document> left = from.iterator();
        Iterator<Document> right = to.iterator();
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
                count(segment(a, fromSegments), segment(b, toSegments));
                a = next(left);
                b = next(right);
            }
        }
    }

    private void count(TransitionSegment before, TransitionSegment after) {
        pairs.computeIfAbsent(before.code(), code -> new HashMap<>()).merge(after.code(), 1, Integer::sum);
        if (before.code().equals(after.code())) {
            stayed++;
        } else if (after.rank() < before.rank()) {
            movedUp++;
        } else if (after.rank() > before.rank()) {
            movedDown++;
        }
    }

    SegmentTransitions result(ScoreSet from, ScoreSet to) {
        List<TransitionSegment> rows = byRank(fromSegments);
        List<TransitionSegment> columns = byRank(toSegments);
        List<List<Integer>> counts = new ArrayList<>();
        int inBoth = 0;
        for (TransitionSegment row : rows) {
            List<Integer> line = new ArrayList<>();
            for (TransitionSegment column : columns) {
                int count = pairs.getOrDefault(row.code(), Map.of()).getOrDefault(column.code(), 0);
                line.add(count);
                inBoth += count;
            }
            counts.add(line);
        }
        return new SegmentTransitions(to.model().model(), from.snapshot(), to.snapshot(), rows, columns, counts,
                inBoth, stayed, movedUp, movedDown, onlyInFrom, onlyInTo);
    }

    private static TransitionSegment segment(Document score, Map<String, TransitionSegment> seen) {
        return seen.computeIfAbsent(score.getString(StoredScore.SEGMENT), code ->
                new TransitionSegment(code, score.getString(StoredScore.LABEL), score.getInteger(StoredScore.RANK)));
    }

    private static List<TransitionSegment> byRank(Map<String, TransitionSegment> segments) {
        return segments.values().stream()
                .sorted(Comparator.comparingInt(TransitionSegment::rank).thenComparing(TransitionSegment::code))
                .toList();
    }

    private static Document next(Iterator<Document> scores) {
        return scores.hasNext() ? scores.next() : null;
    }
}
