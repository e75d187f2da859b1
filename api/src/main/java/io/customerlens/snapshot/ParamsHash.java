package io.customerlens.snapshot;

import io.customerlens.support.Hashes;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Identifies a parameter set in stored scores: the SHA-256 of the parameter values as canonical JSON, keys sorted,
 * e.g. {@code {"bins":5,"scheme":"standard","weightF":1.0,"weightM":1.0,"weightR":1.0}}. Values are already
 * resolved (defaults filled in, numbers coerced to the declared type), so equal choices hash equally.
 */
final class ParamsHash {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ParamsHash() {
    }

    /** @return the canonical JSON of the values */
    static String canonicalJson(Map<String, Object> params) {
        try {
            return JSON.writeValueAsString(params);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("parameter values are numbers, booleans and strings", e);
        }
    }

    /** @return the lower-case hex SHA-256 of the canonical JSON */
    static String of(Map<String, Object> params) {
        return Hashes.sha256(canonicalJson(params));
    }
}
