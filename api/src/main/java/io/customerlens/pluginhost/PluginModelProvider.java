package io.customerlens.pluginhost;

import io.customerlens.scoring.ModelProvider;
import io.customerlens.scoring.ProvidedModel;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.SatisfactionModel;
import io.customerlens.sdk.ScoringModel;
import io.customerlens.sdk.SegmentationModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Offers the models of every started plugin, found through the SDK's three extension points. */
@Component
class PluginModelProvider implements ModelProvider {

    private static final Logger log = LoggerFactory.getLogger(PluginModelProvider.class);

    private static final Map<ModelFamily, Class<? extends ScoringModel<?>>> EXTENSION_POINTS = Map.of(
            ModelFamily.SEGMENTATION, SegmentationModel.class,
            ModelFamily.SATISFACTION, SatisfactionModel.class,
            ModelFamily.LOYALTY, LoyaltyModel.class);

    private final CustomerLensPluginManager plugins;

    PluginModelProvider(CustomerLensPluginManager plugins) {
        this.plugins = plugins;
    }

    @Override
    public List<ProvidedModel> models() {
        List<ProvidedModel> models = new ArrayList<>();
        for (PluginWrapper plugin : plugins.getPlugins(PluginState.STARTED)) {
            EXTENSION_POINTS.forEach((family, type) -> {
                try {
                    for (ScoringModel<?> model : plugins.getExtensions(type, plugin.getPluginId())) {
                        models.add(new ProvidedModel(model, family, plugin.getPluginId(),
                                plugin.getDescriptor().getVersion(), plugins.generation(plugin.getPluginId())));
                    }
                } catch (RuntimeException | LinkageError e) {
                    log.error("Plugin {}: cannot create its {} models", plugin.getPluginId(), family, e);
                }
            });
        }
        return models;
    }
}
