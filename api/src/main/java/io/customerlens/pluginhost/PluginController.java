package io.customerlens.pluginhost;

import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Lists plugins with their state, including files that could not be loaded, and manages them at run time. */
@Controller
class PluginController {

    private final PluginViews views;
    private final PluginAdmin admin;

    PluginController(PluginViews views, PluginAdmin admin) {
        this.views = views;
        this.admin = admin;
    }

    @QueryMapping
    List<PluginView> plugins() {
        return views.all();
    }

    @MutationMapping
    PluginView loadPlugin(@Argument String file) {
        return admin.load(file);
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
