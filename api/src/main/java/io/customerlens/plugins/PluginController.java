package io.customerlens.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pf4j.PluginWrapper;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Lists plugins with their state, including files in the plugin folder that could not be loaded at all. */
@Controller
class PluginController {

    private final CustomerLensPluginManager plugins;

    PluginController(CustomerLensPluginManager plugins) {
        this.plugins = plugins;
    }

    /**
     * A plugin as GraphQL shows it.
     *
     * @param id       plugin id, or the file name when the plugin could not be read
     * @param version  plugin version
     * @param state    PF4J state (STARTED, DISABLED, STOPPED, ...), or FAILED when it was refused
     * @param requires the SDK version range it declares
     * @param provider who made it
     * @param file     the plugin file name
     * @param error    why it is not started, if it is not
     */
    record PluginView(String id, String version, String state, String requires, String provider, String file,
                      String error) {
    }

    private String problem(PluginWrapper plugin) {
        if (plugin.getFailedException() != null) {
            return plugin.getFailedException().getMessage();
        }
        String requires = plugin.getDescriptor().getRequires();
        if (!plugins.getVersionManager().checkVersionConstraint(plugins.getSystemVersion(), requires)) {
            return "requires SDK " + requires + " but this server has SDK " + plugins.getSystemVersion();
        }
        return null;
    }

    @QueryMapping
    List<PluginView> plugins() {
        List<PluginView> views = new ArrayList<>();
        Set<Path> loaded = new HashSet<>();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            loaded.add(plugin.getPluginPath().toAbsolutePath().normalize());
            String problem = problem(plugin);
            String state = problem != null && !plugin.getPluginState().isStarted() ? "FAILED" : plugin.getPluginState().name();
            views.add(new PluginView(plugin.getPluginId(), plugin.getDescriptor().getVersion(), state,
                    plugin.getDescriptor().getRequires(), plugin.getDescriptor().getProvider(),
                    plugin.getPluginPath().getFileName().toString(), problem));
        }
        for (Path path : plugins.pluginPaths()) {
            if (!loaded.contains(path.toAbsolutePath().normalize())) {
                views.add(new PluginView(path.getFileName().toString(), null, "FAILED", null, null,
                        path.getFileName().toString(), plugins.refusal(path).orElse("could not be loaded; see the server log")));
            }
        }
        return views;
    }
}
