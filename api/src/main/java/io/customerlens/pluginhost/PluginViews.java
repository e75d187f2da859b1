package io.customerlens.pluginhost;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pf4j.PluginWrapper;
import org.springframework.stereotype.Component;

/** Describes loaded plugins and the plugin folder's other files, with why a plugin is not started. */
@Component
class PluginViews {

    private final CustomerLensPluginManager plugins;

    PluginViews(CustomerLensPluginManager plugins) {
        this.plugins = plugins;
    }

    /** @return every loaded plugin, then every other file of the folder: unloaded on purpose, or refused */
    List<PluginView> all() {
        List<PluginView> views = new ArrayList<>();
        Set<Path> loaded = new HashSet<>();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            loaded.add(plugin.getPluginPath().toAbsolutePath().normalize());
            views.add(of(plugin));
        }
        for (Path path : plugins.pluginPaths()) {
            if (!loaded.contains(path.toAbsolutePath().normalize())) {
                views.add(ofFile(path));
            }
        }
        return views;
    }

    PluginView of(PluginWrapper plugin) {
        String problem = problem(plugin);
        String state = problem != null && !plugin.getPluginState().isStarted() ? PluginView.FAILED
                : plugin.getPluginState().name();
        return new PluginView(plugin.getPluginId(), plugin.getDescriptor().getVersion(), state,
                plugin.getDescriptor().getRequires(), plugin.getDescriptor().getProvider(),
                plugin.getPluginPath().getFileName().toString(), problem);
    }

    /** @return a file of the plugin folder that no loaded plugin comes from */
    PluginView ofFile(Path path) {
        String name = path.getFileName().toString();
        if (plugins.isUnloaded(path)) {
            return plugins.descriptorOf(path)
                    .map(d -> new PluginView(d.getPluginId(), d.getVersion(), PluginView.UNLOADED, d.getRequires(),
                            d.getProvider(), name, null))
                    .orElse(new PluginView(name, null, PluginView.UNLOADED, null, null, name, null));
        }
        return new PluginView(name, null, PluginView.FAILED, null, null, name,
                plugins.refusal(path).orElse("could not be loaded; see the server log"));
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
}
