package io.customerlens.snapshot;

import io.customerlens.sdk.ModelFamily;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One model's result for one customer in one snapshot. Every query reads one snapshot's results of one model and
 * parameter set, so each index starts with those three fields: the unique one finds a customer's result (and
 * keeps a run from storing it twice), the others serve the segment filter, the value order and the rank order
 * with the customer id as tie-breaker. The value index is descending so that "best first" walks every index
 * forwards with ties by ascending customer id.
 *
 * @param id            id
 * @param customerId    the customer
 * @param snapshotId    the snapshot
 * @param model         model id
 * @param modelVersion  model version
 * @param pluginId      contributing plugin
 * @param pluginVersion plugin version
 * @param paramsHash    {@link ParamsHash} of the parameter values
 * @param family        model family
 * @param segment       segment code, for segmentation
 * @param label         segment label, for segmentation
 * @param rank          segment rank as the model returned it, for segmentation
 * @param value         the score, for satisfaction and loyalty; null when the customer has no data for the model
 * @param computedAt    when the batch holding it was scored
 */
@Document(StoredScore.COLLECTION)
@CompoundIndex(name = StoredScore.BY_CUSTOMER, unique = true,
        def = "{'snapshotId': 1, 'model': 1, 'paramsHash': 1, 'customerId': 1}")
@CompoundIndex(name = StoredScore.BY_SEGMENT,
        def = "{'snapshotId': 1, 'model': 1, 'paramsHash': 1, 'segment': 1, 'customerId': 1}")
@CompoundIndex(name = StoredScore.BY_VALUE,
        def = "{'snapshotId': 1, 'model': 1, 'paramsHash': 1, 'value': -1, 'customerId': 1}")
@CompoundIndex(name = StoredScore.BY_RANK,
        def = "{'snapshotId': 1, 'model': 1, 'paramsHash': 1, 'rank': 1, 'customerId': 1}")
@CompoundIndex(name = StoredScore.OF_CUSTOMER, def = "{'customerId': 1}")
public record StoredScore(@Id String id, String customerId, String snapshotId, String model, String modelVersion,
                          String pluginId, String pluginVersion, String paramsHash, ModelFamily family,
                          String segment, String label, Integer rank, Double value, Instant computedAt) {

    public static final String COLLECTION = "scores";
    static final String BY_CUSTOMER = "snapshot_model_customer";
    static final String BY_SEGMENT = "snapshot_model_segment";
    static final String BY_VALUE = "snapshot_model_value";
    static final String BY_RANK = "snapshot_model_rank";
    static final String OF_CUSTOMER = "customer";

    /** Field names used in queries. */
    static final String CUSTOMER_ID = "customerId";
    static final String SNAPSHOT_ID = "snapshotId";
    static final String MODEL = "model";
    static final String PARAMS_HASH = "paramsHash";
    static final String SEGMENT = "segment";
    static final String LABEL = "label";
    static final String RANK = "rank";
    static final String VALUE = "value";
}
