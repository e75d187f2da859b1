package io.customerlens.scoring;

import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.SegmentDefinition;
import java.util.List;

/** A catalogue entry as GraphQL shows it: the descriptor plus the contributing plugin. */
public record ModelView(String id, ModelFamily family, String name, String version, String description,
                        String formula, String source, List<CustomerData> inputs, List<ParameterSpec> parameters,
                        Scale scale, List<SegmentDefinition> segments, PluginRef plugin) {

    /**
     * @param id      plugin id
     * @param version plugin version
     */
    public record PluginRef(String id, String version) {
    }

    static ModelView of(RegisteredModel model) {
        ModelDescriptor d = model.descriptor();
        return new ModelView(d.id(), d.family(), d.name(), d.version(), d.description(), d.formula(), d.source(),
                d.inputs().stream().sorted().toList(), d.parameters(), d.scale(), d.segments(),
                new PluginRef(model.pluginId(), model.pluginVersion()));
    }
}
