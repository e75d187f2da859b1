package io.customerlens.segmentchange;

/** Which way a customer moved: to a more valuable segment (a lower rank), a less valuable one, or a first one. */
public enum Direction {
    UP, DOWN, NEW;

    static Direction between(SegmentPosition previous, SegmentPosition current) {
        if (previous == null) {
            return NEW;
        }
        return current.rank() < previous.rank() ? UP : DOWN;
    }
}
