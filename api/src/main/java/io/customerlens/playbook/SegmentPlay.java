package io.customerlens.playbook;

import java.util.List;

/**
 * The actions for the customers a segmentation model puts in one segment.
 *
 * @param segment the segment code, as the model declares it
 * @param actions most urgent first
 */
public record SegmentPlay(String segment, List<Action> actions) {

    public SegmentPlay {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
