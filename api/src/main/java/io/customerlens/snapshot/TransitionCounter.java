package io.customerlens.snapshot;

import io.customerlens.snapshot.SegmentTransitions.TransitionSegment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Counts segment transitions as {@link SegmentJoin} walks two snapshots, so that memory holds the matrix, never the
 * customers.
 */
final class TransitionCounter implements SegmentJoin.Visitor {

    private final Map<String, TransitionSegment> fromSegments = new HashMap<>();
    private final Map<String, TransitionSegment> toSegments = new HashMap<>();
    private final Map<String, Map<String, Integer>> pairs = new HashMap<>();
    private int stayed;
    private int movedUp;
    private int movedDown;
    private int onlyInFrom;
    private int onlyInTo;

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
        count(segment(from, fromSegments), segment(to, toSegments));
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
        return seen.computeIfAbsent(score.getString(StoredScore.SEGMENT), code -> SegmentJoin.segment(score));
    }

    private static List<TransitionSegment> byRank(Map<String, TransitionSegment> segments) {
        return segments.values().stream()
                .sorted(Comparator.comparingInt(TransitionSegment::rank).thenComparing(TransitionSegment::code))
                .toList();
    }
}
