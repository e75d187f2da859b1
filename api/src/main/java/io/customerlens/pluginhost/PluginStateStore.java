package io.customerlens.pluginhost;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The {@code plugin_states} collection: what an admin changed at run time that must hold after a restart, so that
 * every instance sharing the store starts the same plugins whatever the plugin folder holds. One entry per plugin
 * file unloaded on purpose (an upgrade unloads the old version's file) and one per plugin id disabled.
 */
@Repository
class PluginStateStore {

    static final String COLLECTION = "plugin_states";
    private static final String UNLOADED_FILE = "UNLOADED_FILE";
    private static final String DISABLED_PLUGIN = "DISABLED_PLUGIN";

    /**
     * @param id    the kind and name, e.g. {@code UNLOADED_FILE:x-1.0.0.jar}
     * @param kind  {@code UNLOADED_FILE} or {@code DISABLED_PLUGIN}
     * @param name  the file name or plugin id
     * @param since when it was recorded
     */
    @Document(COLLECTION)
    record PluginState(@Id String id, String kind, String name, Instant since) {
    }

    private final MongoTemplate mongo;

    PluginStateStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return the plugin files not to load at start */
    Set<String> unloadedFiles() {
        return names(UNLOADED_FILE);
    }

    /** @return the plugin ids to leave disabled at start */
    Set<String> disabledPlugins() {
        return names(DISABLED_PLUGIN);
    }

    void unloaded(String file) {
        record(UNLOADED_FILE, file);
    }

    void loaded(String file) {
        forget(UNLOADED_FILE, file);
    }

    void disabled(String pluginId) {
        record(DISABLED_PLUGIN, pluginId);
    }

    void enabled(String pluginId) {
        forget(DISABLED_PLUGIN, pluginId);
    }

    private Set<String> names(String kind) {
        return mongo.find(Query.query(Criteria.where("kind").is(kind)), PluginState.class).stream()
                .map(PluginState::name).collect(Collectors.toSet());
    }

    private void record(String kind, String name) {
        mongo.save(new PluginState(kind + ":" + name, kind, name, Instant.now()));
    }

    private void forget(String kind, String name) {
        mongo.remove(Query.query(Criteria.where("_id").is(kind + ":" + name)), PluginState.class);
    }
}
