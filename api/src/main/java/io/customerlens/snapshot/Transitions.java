package io.customerlens.snapshot;

import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
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

    /** @throws io.customerlens.graphql.InvalidInputException naming model, params, from or to */
    SegmentTransitions between(String model, Map<String, Object> params, String fromId, String toId) {
        ModelKey key = choices.one(model, params, "model", "params");
        ScoreSets.requireSegmentation(key, "model", "segmentTransitions");
        ScoreSet from = sets.in(fromId, "from", key);
        ScoreSet to = sets.in(toId, "to", key);
        try (Stream<Document> before = store.streamScores(segments(from));
             Stream<Document> after = store.streamScores(segments(to))) {
            return new TransitionCounter(before, after).result(from, to);
        }
    }

    private static Query segments(ScoreSet set) {
        Query query = Query.query(set.criteria()).with(Sort.by(StoredScore.CUSTOMER_ID));
        query.fields().include(StoredScore.CUSTOMER_ID, StoredScore.SEGMENT, StoredScore.LABEL, StoredScore.RANK)
                .exclude("_id");
        return query;
    }
}
