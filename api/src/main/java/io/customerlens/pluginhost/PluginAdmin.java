package io.customerlens.pluginhost;

import io.customerlens.scoring.CatalogueRefresh;
import io.customerlens.web.InvalidInputException;
import io.customerlens.web.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Changes plugins at run time: loads a file from the plugin folder (replacing an older version of the same plugin,
 * an upgrade), unloads, reloads, enables and disables a plugin, and after each change rebuilds the model catalogue
 * (see {@link CatalogueRefresh}). Changes are made one at a time, holding the plugin manager's monitor.
 * Unloaded files and disabled plugins are remembered in the store ({@link PluginStateStore}), so a restart keeps them.
 *
 * <p>A plugin's models leave the catalogue before its class loader is closed, so new requests never reach them;
 * a call already running on one finishes, or fails with that model's error if it needs a class not loaded yet.
 * Unloading is best-effort: the JVM frees the plugin's classes only once nothing references them any more.
 */
@Service
public class PluginAdmin {

    private static final Logger log = LoggerFactory.getLogger(PluginAdmin.class);
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private final CustomerLensPluginManager plugins;
    private final PluginViews views;
    private final CatalogueRefresh catalogue;
    private final PluginStateStore states;

    PluginAdmin(CustomerLensPluginManager plugins, PluginViews views, CatalogueRefresh catalogue,
                PluginStateStore states) {
        this.plugins = plugins;
        this.views = views;
        this.catalogue = catalogue;
        this.states = states;
    }

    /** Loads a file, refusing to replace a loaded plugin by a version that is not newer; see {@link #load(String, boolean)}. */
    public PluginView load(String file) {
        return load(file, false);
    }

    /**
     * @param file           the name of a file in the plugin folder that is not loaded; when it holds a plugin id that
     *                       is loaded from another file, it replaces that plugin (an upgrade)
     * @param allowDowngrade whether the file may replace a loaded version that is newer or the same
     * @return the plugin, STARTED, or FAILED with the reason
     */
    public PluginView load(String file, boolean allowDowngrade) {
        Path path = file(file);
        synchronized (plugins) {
            PluginWrapper loaded = loadedFrom(path);
            if (loaded != null) {
                throw new InvalidInputException("file", "is already loaded as plugin '" + loaded.getPluginId()
                        + "'; use reloadPlugin to load a changed file again");
            }
            PluginDescriptor incoming = plugins.descriptorOf(path).orElse(null);
            PluginWrapper current = incoming == null ? null : plugins.getPlugin(incoming.getPluginId());
            PluginView view = current == null ? loadAndStart(path) : replace(current, path, incoming, allowDowngrade);
            if (!view.failed()) {
                states.loaded(file);
            }
            catalogue.refresh();
            return view;
        }
    }

    /** Replaces a loaded plugin by another version of it; when the new one fails, the old one is loaded again. */
    private PluginView replace(PluginWrapper current, Path path, PluginDescriptor incoming, boolean allowDowngrade) {
        String id = current.getPluginId();
        String from = current.getDescriptor().getVersion();
        String to = incoming.getVersion();
        if (!allowDowngrade && plugins.getVersionManager().compareVersions(to, from) <= 0) {
            throw new InvalidInputException("file", "holds plugin '" + id + "' " + to + ", which is "
                    + (to.equals(from) ? "the version" : "older than the version") + " loaded (" + from + " from "
                    + current.getPluginPath().getFileName() + "); only a newer version replaces a loaded plugin, or"
                    + " pass allowDowngrade: true to load it anyway");
        }
        Path previous = current.getPluginPath();
        stopAndUnload(id);
        PluginView view = loadAndStart(path);
        if (view.failed()) {
            if (plugins.getPlugin(id) != null) {
                stopAndUnload(id);
            }
            loadAndStart(previous);
            catalogue.refresh();
            throw new InvalidInputException("file", "holds plugin '" + id + "' " + to + ", which could not be started ("
                    + view.error() + "); " + from + " from " + previous.getFileName() + " is loaded again");
        }
        states.unloaded(previous.getFileName().toString());
        log.info("Plugin {} replaced: {} ({}) by {} ({})", id, from, previous.getFileName(), to, path.getFileName());
        return view;
    }

    /**
     * @param id a loaded plugin
     * @return the plugin's file, UNLOADED
     */
    public PluginView unload(String id) {
        synchronized (plugins) {
            Path path = plugin(id).getPluginPath();
            stopAndUnload(id);
            states.unloaded(path.getFileName().toString());
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
            states.enabled(id);
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
            states.disabled(id);
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
