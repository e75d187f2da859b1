package io.customerlens.pluginhost;

/**
 * A plugin as GraphQL and the health endpoint show it.
 *
 * @param id       plugin id, or the file name when the file could not be read
 * @param version  plugin version
 * @param state    PF4J state (STARTED, DISABLED, STOPPED, ...), FAILED when it was refused, UNLOADED when an
 *                 admin unloaded it and its file is still in the folder
 * @param requires the SDK version range it declares
 * @param provider who made it
 * @param file     the plugin file name
 * @param error    why it is not started, if it failed
 */
public record PluginView(String id, String version, String state, String requires, String provider, String file,
                         String error) {

    static final String FAILED = "FAILED";
    static final String UNLOADED = "UNLOADED";

    boolean failed() {
        return FAILED.equals(state);
    }
}
