package io.customerlens.segmentchange;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A watched model choice: the model id and its parameter values (defaults included) in a stable text form.
 *
 * @param params e.g. {@code margin=0.1;measure=spend}
 */
public record WatchKey(String model, String params) {

    /** @param params parameter values with defaults included, as results carry them */
    public static WatchKey of(String model, Map<String, Object> params) {
        return new WatchKey(model, new TreeMap<>(params).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(";")));
    }
}
