package io.customerlens.scoring;

import java.util.Map;

/**
 * Which model produced a result, in which version and with which parameter values (defaults included),
 * so that results shown side by side can be told apart.
 *
 * @param id            model id
 * @param version       model version
 * @param pluginId      contributing plugin
 * @param pluginVersion plugin version
 * @param params        the parameter values used
 */
public record ModelRef(String id, String version, String pluginId, String pluginVersion, Map<String, Object> params) {
}
