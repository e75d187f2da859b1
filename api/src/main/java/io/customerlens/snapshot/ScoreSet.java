package io.customerlens.snapshot;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The results one snapshot stored for one model and parameter set: what every scores query selects first.
 *
 * @param snapshot the snapshot
 * @param model    the model as the snapshot scored it
 * @param key      the model as the query chose it
 */
record ScoreSet(Snapshot snapshot, SnapshotModel model, ModelKey key) {

    /** @return the criteria selecting these results: the leading fields of every scores index */
    Criteria criteria() {
        return Criteria.where(StoredScore.SNAPSHOT_ID).is(snapshot.id())
                .and(StoredScore.MODEL).is(model.modelId())
                .and(StoredScore.PARAMS_HASH).is(model.paramsHash());
    }
}
