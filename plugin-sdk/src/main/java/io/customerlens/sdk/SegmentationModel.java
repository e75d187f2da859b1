package io.customerlens.sdk;

import java.util.List;

/**
 * A model that assigns a customer to one of the segments listed in its descriptor,
 * such as RFM's "Champions" or a value tier's "VIP".
 */
public interface SegmentationModel extends ScoringModel<Segment> {

    /**
     * The segments this model can assign under these parameters, for distributions, comparisons and reports that
     * list every possible outcome. A model whose parameters choose between schemes (e.g. RFM's standard grid or its
     * four classes) overrides it to list only the chosen scheme's segments, each with a code its descriptor declares.
     *
     * @param parameters the validated parameters
     * @return the segments, by default every segment of the descriptor
     * @since 1.2.0
     */
    default List<SegmentDefinition> segments(Parameters parameters) {
        return descriptor().segments();
    }
}
