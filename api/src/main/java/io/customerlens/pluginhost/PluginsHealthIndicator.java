package io.customerlens.pluginhost;

import io.customerlens.scoring.ModelBreakers;
import io.customerlens.scoring.ModelRegistry;
import io.customerlens.scoring.RegisteredModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pf4j.PluginState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports plugins under {@code /actuator/health} as {@code plugins}: the state of each (FAILED and UNLOADED files
 * included), why each failed one failed, the models refused, and the models whose circuit breaker is not closed
 * (OPEN: not called until its {@code retryAt}).
 * A plugin that failed does not make the server DOWN — the other models still answer — so the status stays
 * UP and the details show what is wrong; it is DOWN only when no model at all is available.
 */
@Component("plugins")
class PluginsHealthIndicator implements HealthIndicator {

    private final CustomerLensPluginManager plugins;
    private final PluginViews views;
    private final ModelRegistry registry;
    private final ModelBreakers breakers;

    PluginsHealthIndicator(CustomerLensPluginManager plugins, PluginViews views, ModelRegistry registry,
                           ModelBreakers breakers) {
        this.plugins = plugins;
        this.views = views;
        this.registry = registry;
        this.breakers = breakers;
    }

    @Override
    public Health health() {
        Map<String, String> states = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (PluginView plugin : views.all()) {
            // An upgraded plugin's old file is listed by its file name: the id is the new version's.
            states.put(PluginView.UNLOADED.equals(plugin.state()) ? plugin.file() : plugin.id(), plugin.state());
            if (plugin.failed()) {
                failed.put(plugin.file(), plugin.error());
            }
        }
        long started = plugins.getPlugins(PluginState.STARTED).size();
        int models = registry.list(null).size();
        Health.Builder health = models > 0 ? Health.up() : Health.down();
        return health.withDetail("folder", plugins.getPluginsRoot().toString())
                .withDetail("started", started)
                .withDetail("plugins", states)
                .withDetail("failed", failed)
                .withDetail("models", models)
                .withDetail("refusedModels", registry.rejections())
                .withDetail("breakers", trippedBreakers())
                .build();
    }

    private Map<String, Object> trippedBreakers() {
        Map<String, Object> tripped = new LinkedHashMap<>();
        for (RegisteredModel model : registry.list(null)) {
            ModelBreakers.View breaker = breakers.view(model);
            if (!"CLOSED".equals(breaker.state())) {
                tripped.put(model.id(), breaker);
            }
        }
        return tripped;
    }
}
