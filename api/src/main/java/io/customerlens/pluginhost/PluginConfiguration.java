package io.customerlens.pluginhost;

import io.customerlens.sdk.SdkVersion;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the PF4J plugin manager over the configured folder, with the SDK version as PF4J's system
 * version, so that a plugin whose {@code Plugin-Requires} range excludes this SDK is not started.
 * A plugin that fails to load or start is logged and reported; it never stops the server.
 */
@Configuration(proxyBeanMethods = false)
class PluginConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PluginConfiguration.class);

    @Bean(destroyMethod = "stopPlugins")
    CustomerLensPluginManager pluginManager(PluginProperties properties) {
        Path dir = properties.resolvedDir();
        CustomerLensPluginManager manager = new CustomerLensPluginManager(dir);
        log.info("Loading plugins from {} (SDK {})", dir, SdkVersion.CURRENT);
        try {
            manager.loadPlugins();
            manager.startPlugins();
        } catch (RuntimeException e) {
            log.error("Plugin loading stopped early; the server runs with the plugins loaded so far", e);
        }
        manager.getPlugins().forEach(plugin -> log.info("Plugin {} {}: {}", plugin.getPluginId(),
                plugin.getDescriptor().getVersion(), plugin.getPluginState()));
        return manager;
    }
}
