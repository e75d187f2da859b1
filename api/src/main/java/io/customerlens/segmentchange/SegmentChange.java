package io.customerlens.segmentchange;

import io.customerlens.customer.ChangeCause;
import java.time.Instant;
import java.util.Map;

/**
 * A customer's segment changed under a watched model choice.
 *
 * @param customerId the customer
 * @param model      the segmentation model's id
 * @param params     its parameter values, defaults included
 * @param previous   the segment last known for this choice, null for {@link Direction#NEW}
 * @param current    the segment now
 * @param at         when the change was found
 * @param cause      the write (or snapshot) that caused it
 */
public record SegmentChange(String customerId, String model, Map<String, Object> params, SegmentPosition previous,
                            SegmentPosition current, Direction direction, Instant at, ChangeCause cause) {

    /** @return the model choice this change was found under */
    public WatchKey watch() {
        return WatchKey.of(model, params);
    }
}
