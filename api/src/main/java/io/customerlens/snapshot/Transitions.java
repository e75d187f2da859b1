package io.customerlens.snapshot;

import java.util.Map;
import org.springframework.stereotype.Service;

/** Segment transitions between two snapshots, from their stored scores. */
@Service
class Transitions {

    private final ModelChoices choices;
    private final ScoreSets sets;
    private final SnapshotStore store;

    Transitions(ModelChoices choices, ScoreSets sets, SnapshotStore store) {
        this.choices = choices;
        this.sets = sets;
        this.store = store;
    }

    /** @throws io.customerlens.web.InvalidInputException naming model, params, from or to */
    SegmentTransitions between(String model, Map<String, Object> params, String fromId, String toId) {
        ModelKey key = choices.one(model, params, "model", "params");
        ScoreSets.requireSegmentation(key, "model", "segmentTransitions");
        ScoreSet from = sets.in(fromId, "from", key);
        ScoreSet to = sets.in(toId, "to", key);
        TransitionCounter counter = new TransitionCounter();
        SegmentJoin.walk(store, from, to, counter);
        return counter.result(from, to);
    }
}
