package io.customerlens.segmentchange;

import io.customerlens.scoring.SegmentView;

/**
 * A segment as an event names it.
 *
 * @param rank 1 for the most valuable segment of the model
 */
public record SegmentPosition(String code, String label, int rank) {

    static SegmentPosition of(SegmentView segment) {
        return new SegmentPosition(segment.code(), segment.label(), segment.rank());
    }
}
