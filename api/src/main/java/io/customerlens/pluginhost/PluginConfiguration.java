package io.customerlens.pluginhost;

import io.customerlens.sdk.SdkVersion;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the PF4J plugin manager over the configured folder, with the SDK version as PF4J's system
 * version, so that a plugin whose {@code Plugin-Requires} range excludes this SDK is not started.
 * Files an admin unloaded and plugins an admin disabled (see {@link PluginStateStore}) stay so. A plugin that fails
 * to load or start is logged and reported; it never stops the server.
 */
@Configuration(proxyBeanMethods = false)
class PluginConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PluginConfiguration.class);

    @Bean(destroyMethod = "stopPlugins")
    CustomerLensPluginManager pluginManager(PluginProperties properties, PluginStateStore states) {
        Path dir = properties.resolvedDir();
        CustomerLensPluginManager manager = new CustomerLensPluginManager(dir);
        log.info("Loading plugins from {} (SDK {})", dir, SdkVersion.CURRENT);
        Set<String> unloaded = Set.of();
        Set<String> disabled = Set.of();
        try {
            unloaded = states.unloadedFiles();
            disabled = states.disabledPlugins();
        } catch (DataAccessException e) {
            log.warn("Could not read which plugins an admin unloaded or disabled (the store is unavailable: {});"
                    + " loading every plugin of the folder", e.toString());
        }
        try {
            manager.loadPlugins(unloaded);
            disabled.stream().filter(id -> manager.getPlugin(id) != null).forEach(manager::disablePlugin);
            manager.startPlugins();
        } catch (RuntimeException e) {
            log.error("Plugin loading stopped early; the server runs with the plugins loaded so far", e);
        }
        manager.getPlugins().forEach(plugin -> log.info("Plugin {} {}: {}", plugin.getPluginId(),
                plugin.getDescriptor().getVersion(), plugin.getPluginState()));
        return manager;
    }
}
