package io.customerlens.scoring;

import io.customerlens.customer.ChangeCause;
import java.util.List;

/**
 * Published after a pass over customers (a snapshot) assigned segments and stored them, so that features following
 * customers' segments can compare without scoring again.
 *
 * @param segments what each customer was assigned, under which model and parameters ({@link SegmentView#model})
 * @param cause    what assigned them
 */
public record SegmentsAssigned(List<Assigned> segments, ChangeCause cause) {

    public SegmentsAssigned {
        segments = List.copyOf(segments);
    }

    /** One customer's segment under one model choice. */
    public record Assigned(String customerId, SegmentView segment) {
    }
}
