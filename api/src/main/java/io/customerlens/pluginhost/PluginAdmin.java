package io.customerlens.pluginhost;

import io.customerlens.scoring.CatalogueRefresh;
import io.customerlens.web.InvalidInputException;
import io.customerlens.web.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Changes plugins at run time: loads a file from the plugin folder, unloads, reloads, enables and disables a
 * plugin, and after each change rebuilds the model catalogue (see {@link CatalogueRefresh}). Changes are made one
 * at a time, holding the plugin manager's monitor.
 *
 * <p>A plugin's models leave the catalogue before its class loader is closed, so new requests never reach them;
 * a call already running on one finishes, or fails with that model's error if it needs a class not loaded yet.
 * Unloading is best-effort: the JVM frees the plugin's classes only once nothing references them any more.
 * Enabling and disabling are remembered in PF4J's {@code enabled.txt}/{@code disabled.txt} in the plugin folder.
 */
@Service
public class PluginAdmin {

    private static final Logger log = LoggerFactory.getLogger(PluginAdmin.class);
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private final CustomerLensPluginManager plugins;
    private final PluginViews views;
    private final CatalogueRefresh catalogue;

    PluginAdmin(CustomerLensPluginManager plugins, PluginViews views, CatalogueRefresh catalogue) {
        this.plugins = plugins;
        this.views = views;
        this.catalogue = catalogue;
    }

    /**
     * @param file the name of a file in the plugin folder that is not loaded
     * @return the plugin, STARTED, or FAILED with the reason
     */
    public PluginView load(String file) {
        Path path = file(file);
        synchronized (plugins) {
            PluginWrapper loaded = loadedFrom(path);
            if (loaded != null) {
                throw new InvalidInputException("file", "is already loaded as plugin '" + loaded.getPluginId()
                        + "'; use reloadPlugin to load a changed file again");
            }
            PluginView view = loadAndStart(path);
            catalogue.refresh();
            return view;
        }
    }

    /**
     * @param id a loaded plugin
     * @return the plugin's file, UNLOADED
     */
    public PluginView unload(String id) {
        synchronized (plugins) {
            Path path = plugin(id).getPluginPath();
            stopAndUnload(id);
            catalogue.refresh();
            return views.ofFile(path);
        }
    }

    /**
     * Unloads the plugin and loads its file again, e.g. after the file was replaced.
     *
     * @param id a loaded plugin
     * @return the plugin as loaded from the file now, STARTED, or FAILED with the reason
     */
    public PluginView reload(String id) {
        synchronized (plugins) {
            Path path = plugin(id).getPluginPath();
            stopAndUnload(id);
            PluginView view = loadAndStart(path);
            catalogue.refresh();
            return view;
        }
    }

    /**
     * @param id a loaded plugin
     * @return the plugin, STARTED unless its SDK range excludes this server
     */
    public PluginView enable(String id) {
        synchronized (plugins) {
            plugin(id);
            if (plugins.enablePlugin(id)) {
                plugins.startPlugin(id);
            }
            catalogue.refresh();
            return views.of(plugin(id));
        }
    }

    /**
     * @param id a loaded plugin
     * @return the plugin, DISABLED
     */
    public PluginView disable(String id) {
        synchronized (plugins) {
            plugin(id);
            plugins.disablePlugin(id);
            catalogue.refresh();
            return views.of(plugin(id));
        }
    }

    private PluginView loadAndStart(Path path) {
        String id;
        try {
            id = plugins.loadPlugin(path);
        } catch (RuntimeException refused) {
            id = null;
        }
        if (id == null) {
            return views.ofFile(path);
        }
        PluginWrapper plugin = plugins.getPlugin(id);
        if (plugin.getPluginState() != PluginState.DISABLED) {
            plugins.startPlugin(id);
        }
        log.info("Plugin {} {} loaded from {}: {}", id, plugin.getDescriptor().getVersion(), path.getFileName(),
                plugin.getPluginState());
        return views.of(plugin);
    }

    /** Takes the models out of the catalogue first, then closes the class loader. */
    private void stopAndUnload(String id) {
        plugins.stopPlugin(id);
        catalogue.refresh();
        if (!plugins.unloadPlugin(id)) {
            throw new IllegalStateException("plugin '" + id + "' could not be unloaded; see the server log");
        }
        log.info("Plugin {} unloaded", id);
    }

    private PluginWrapper plugin(String id) {
        PluginWrapper plugin = id == null ? null : plugins.getPlugin(id);
        if (plugin == null) {
            throw new NotFoundException("no plugin '" + id + "' is loaded; loaded plugins: "
                    + plugins.getPlugins().stream().map(PluginWrapper::getPluginId).sorted()
                    .collect(Collectors.joining(", ")));
        }
        return plugin;
    }

    private PluginWrapper loadedFrom(Path path) {
        return plugins.getPlugins().stream().filter(p -> p.getPluginPath().toAbsolutePath().normalize().equals(path))
                .findFirst().orElse(null);
    }

    private Path file(String file) {
        if (file == null || !FILE_NAME.matcher(file).matches() || file.contains("..")) {
            throw new InvalidInputException("file", "must be the name of a file in the plugin folder (letters, digits,"
                    + " '.', '_' and '-', no path), e.g. my-plugin-1.0.0.jar");
        }
        Path root = plugins.getPluginsRoot().toAbsolutePath().normalize();
        Path path = root.resolve(file).normalize();
        if (!path.getParent().equals(root) || !Files.exists(path)) {
            String available = plugins.pluginPaths().stream()
                    .filter(candidate -> loadedFrom(candidate.toAbsolutePath().normalize()) == null)
                    .map(candidate -> candidate.getFileName().toString()).sorted().collect(Collectors.joining(", "));
            throw new InvalidInputException("file", "no file '" + file + "' in the plugin folder; files not loaded: "
                    + (available.isEmpty() ? "none" : available));
        }
        return path;
    }
}
