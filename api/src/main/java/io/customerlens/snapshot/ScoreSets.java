package io.customerlens.snapshot;

import io.customerlens.sdk.ModelFamily;
import io.customerlens.web.InvalidInputException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

/** Finds the stored results a query names by model, parameters and snapshot, naming the argument at fault. */
@Component
class ScoreSets {

    private final ModelChoices choices;
    private final SnapshotStore store;

    ScoreSets(ModelChoices choices, SnapshotStore store) {
        this.choices = choices;
        this.store = store;
    }

    /**
     * @param argument        the input holding model, params and snapshot, e.g. {@code filter.segment}
     * @param snapshotId      the snapshot, or null for the newest COMPLETED one that scored the model with the
     *                        parameters
     * @param segmentationUse what needs a segmentation model, e.g. "a segment filter"; null if any model will do
     */
    ScoreSet find(String argument, String model, Map<String, Object> params, String snapshotId,
                  String segmentationUse) {
        ModelKey key = choices.one(model, params, argument + ".model", argument + ".params");
        if (segmentationUse != null) {
            requireSegmentation(key, argument + ".model", segmentationUse);
        }
        if (snapshotId != null) {
            return in(snapshotId, argument + ".snapshot", key);
        }
        Snapshot newest = store.newestCompleted(key);
        if (newest == null) {
            throw new InvalidInputException(argument + ".snapshot", "no COMPLETED snapshot scored " + key
                    + "; name a snapshot or start one (startSnapshot)");
        }
        return new ScoreSet(newest, newest.scored(key), key);
    }

    /**
     * @param field the argument naming the snapshot
     * @return the snapshot's results for the model, from a snapshot that is no longer running
     */
    ScoreSet in(String snapshotId, String field, ModelKey key) {
        Snapshot snapshot = ObjectId.isValid(snapshotId) ? store.find(snapshotId) : null;
        if (snapshot == null) {
            throw new InvalidInputException(field, "no snapshot with id '" + snapshotId + "'");
        }
        if (snapshot.state() == SnapshotState.RUNNING) {
            throw new InvalidInputException(field, "snapshot " + snapshotId + " is still running (" + snapshot.done()
                    + " of " + snapshot.total() + " customers); wait until it ends");
        }
        SnapshotModel model = snapshot.scored(key);
        if (model == null) {
            throw new InvalidInputException(field, "snapshot " + snapshotId + " did not score " + key + "; it scored "
                    + snapshot.models().stream().map(m -> m.modelId() + " " + m.params()).collect(Collectors.joining(", ")));
        }
        return new ScoreSet(snapshot, model, key);
    }

    /** @throws InvalidInputException naming {@code field} unless the model is a segmentation */
    static void requireSegmentation(ModelKey key, String field, String use) {
        if (key.family() != ModelFamily.SEGMENTATION) {
            throw new InvalidInputException(field, "'" + key.modelId() + "' is a "
                    + key.family().name().toLowerCase(Locale.ROOT) + " model; " + use + " needs a segmentation model");
        }
    }
}
