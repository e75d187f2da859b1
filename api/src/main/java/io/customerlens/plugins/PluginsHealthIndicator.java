package io.customerlens.plugins;

import io.customerlens.scoring.ModelRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports plugins under {@code /actuator/health} as {@code plugins}: the state of each, and the models refused.
 * A plugin that failed does not make the server DOWN — the other models still answer — so the status stays
 * UP and the details show what is wrong; it is DOWN only when no model at all is available.
 */
@Component("plugins")
class PluginsHealthIndicator implements HealthIndicator {

    private final CustomerLensPluginManager plugins;
    private final ModelRegistry registry;

    PluginsHealthIndicator(CustomerLensPluginManager plugins, ModelRegistry registry) {
        this.plugins = plugins;
        this.registry = registry;
    }

    @Override
    public Health health() {
        Map<String, String> states = new LinkedHashMap<>();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            states.put(plugin.getPluginId(), plugin.getPluginState().name());
        }
        long started = plugins.getPlugins(PluginState.STARTED).size();
        int models = registry.list(null).size();
        Health.Builder health = models > 0 ? Health.up() : Health.down();
        return health.withDetail("folder", plugins.getPluginsRoot().toString())
                .withDetail("started", started)
                .withDetail("plugins", states)
                .withDetail("models", models)
                .withDetail("refusedModels", registry.rejections())
                .build();
    }
}
