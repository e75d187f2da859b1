package io.customerlens.sdk;

/**
 * A model that assigns a customer to one of the segments listed in its descriptor,
 * such as RFM's "Champions" or a value tier's "VIP".
 */
public interface SegmentationModel extends ScoringModel<Segment> {
}
