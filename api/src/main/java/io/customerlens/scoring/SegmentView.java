package io.customerlens.scoring;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.Segment;
import java.util.List;

/** A segmentation result as GraphQL shows it: the SDK's {@link Segment} plus the model that produced it. */
public record SegmentView(ModelRef model, String code, String label, int rank, List<String> reasons,
                          List<Component> components) {

    static SegmentView of(ModelRef model, Segment segment) {
        return new SegmentView(model, segment.code(), segment.label(), segment.rank(), segment.reasons(),
                segment.components());
    }
}
