package io.customerlens.pluginhost;

import io.customerlens.scoring.ModelBreakers;
import io.customerlens.scoring.ModelRegistry;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Lists plugins with their state, including files that could not be loaded, and manages them at run time. */
@Controller
class PluginController {

    private final PluginViews views;
    private final PluginAdmin admin;
    private final ModelRegistry registry;
    private final ModelBreakers breakers;

    PluginController(PluginViews views, PluginAdmin admin, ModelRegistry registry, ModelBreakers breakers) {
        this.views = views;
        this.admin = admin;
        this.registry = registry;
        this.breakers = breakers;
    }

    @QueryMapping
    List<PluginView> plugins() {
        return views.all();
    }

    @SchemaMapping(typeName = "Plugin", field = "breakers")
    List<ModelBreakers.View> breakers(PluginView plugin) {
        return registry.list(null).stream().filter(model -> model.pluginId().equals(plugin.id()))
                .map(breakers::view).toList();
    }

    @MutationMapping
    PluginView loadPlugin(@Argument String file, @Argument Boolean allowDowngrade) {
        return admin.load(file, Boolean.TRUE.equals(allowDowngrade));
    }

    @MutationMapping
    PluginView unloadPlugin(@Argument String id) {
        return admin.unload(id);
    }

    @MutationMapping
    PluginView reloadPlugin(@Argument String id) {
        return admin.reload(id);
    }

    @MutationMapping
    PluginView enablePlugin(@Argument String id) {
        return admin.enable(id);
    }

    @MutationMapping
    PluginView disablePlugin(@Argument String id) {
        return admin.disable(id);
    }
}
