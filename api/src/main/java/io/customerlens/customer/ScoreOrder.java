package io.customerlens.customer;

import java.util.Map;

/**
 * Orders customers by what a model stored for them in a score snapshot: the value of a satisfaction or loyalty
 * model, or the segment rank of a segmentation model. Served from the snapshot's stored scores (see
 * {@link StoredScores}).
 *
 * @param model     the model
 * @param params    its parameters; null for the defaults
 * @param snapshot  the snapshot to read; null for the newest completed one that scored this model and parameters
 * @param direction {@link SortDirection#DESC} puts the best first (highest value, most valuable segment)
 */
public record ScoreOrder(String model, Map<String, Object> params, String snapshot, SortDirection direction) {

    public ScoreOrder {
        direction = direction == null ? SortDirection.DESC : direction;
    }
}
