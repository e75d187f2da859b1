package io.customerlens.customer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.beans.ConstructorProperties;
import java.util.List;
import java.util.Map;

/**
 * Customers whose stored segment, by a segmentation model in a score snapshot, is one of the given codes.
 * Served from the snapshot's stored scores (see {@link StoredScores}), never by scoring on the fly.
 *
 * @param model    the segmentation model
 * @param params   its parameters; null for the defaults
 * @param codes    the segment codes to keep (GraphQL {@code in})
 * @param snapshot the snapshot to read; null for the newest completed one that scored this model and parameters
 */
public record SegmentFilter(String model, Map<String, Object> params, @JsonProperty("in") List<String> codes,
                            String snapshot) {

    // "in" is a Java keyword, so the GraphQL field is bound to the constructor parameter by this name.
    @ConstructorProperties({"model", "params", "in", "snapshot"})
    public SegmentFilter {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }
}
