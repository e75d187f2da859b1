package io.customerlens.snapshot;

import io.customerlens.scoring.ModelRef;
import java.util.List;

/**
 * How the customers a segmentation model scored in two snapshots moved between its segments.
 *
 * @param model      the model as the {@code to} snapshot scored it
 * @param from       the earlier snapshot (any two may be compared)
 * @param to         the later snapshot
 * @param rows       the segments customers had in {@code from}, by rank
 * @param columns    the segments customers have in {@code to}, by rank
 * @param counts     counts[i][j]: customers in rows[i] in {@code from} and columns[j] in {@code to}
 * @param inBoth     customers scored in both snapshots
 * @param stayed     of those, customers in the same segment
 * @param movedUp    customers now in a segment of better (lower) rank
 * @param movedDown  customers now in a segment of worse rank
 * @param onlyInFrom customers scored only in {@code from}
 * @param onlyInTo   customers scored only in {@code to}
 */
public record SegmentTransitions(ModelRef model, Snapshot from, Snapshot to, List<TransitionSegment> rows,
                                 List<TransitionSegment> columns, List<List<Integer>> counts, int inBoth, int stayed,
                                 int movedUp, int movedDown, int onlyInFrom, int onlyInTo) {

    /**
     * A segment as stored.
     *
     * @param code  segment code
     * @param label segment label
     * @param rank  the rank the model returned, 1 = most valuable
     */
    public record TransitionSegment(String code, String label, int rank) {
    }
}
