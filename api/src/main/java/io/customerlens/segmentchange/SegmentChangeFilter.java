package io.customerlens.segmentchange;

import java.util.List;

/** Which changes a subscription receives; a null list does not restrict. */
record SegmentChangeFilter(List<String> customerIds, List<Direction> directions, List<String> segments) {

    static final SegmentChangeFilter ALL = new SegmentChangeFilter(null, null, null);

    boolean matches(SegmentChange change) {
        return (customerIds == null || customerIds.contains(change.customerId()))
                && (directions == null || directions.contains(change.direction()))
                && (segments == null || segments.contains(change.current().code()));
    }
}
