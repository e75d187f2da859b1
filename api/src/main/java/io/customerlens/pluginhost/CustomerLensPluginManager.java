package io.customerlens.pluginhost;

import io.customerlens.sdk.SdkVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PF4J's default manager over one folder, with the SDK version as system version, able to list its files, to
 * say why a file was refused (unreadable, malformed manifest, an id another plugin already has), to tell files
 * unloaded on purpose from refused ones, and to number each load of a plugin.
 *
 * <p>PF4J's manager is not thread-safe; the reads the server makes while plugins are managed at run time
 * ({@link #getPlugins()}, {@link #getPlugins(PluginState)}) and every change (see {@link PluginAdmin}) hold this
 * object's monitor.
 */
public class CustomerLensPluginManager extends DefaultPluginManager {

    private static final Logger log = LoggerFactory.getLogger(CustomerLensPluginManager.class);

    private final Map<Path, String> refusals = new ConcurrentHashMap<>();
    private final Set<Path> unloaded = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> generations = new ConcurrentHashMap<>();
    private final AtomicLong loads = new AtomicLong();

    public CustomerLensPluginManager(Path pluginsRoot) {
        super(pluginsRoot);
        setSystemVersion(SdkVersion.CURRENT);
    }

    /** @return every file or folder in the plugin folder that PF4J considers a plugin candidate */
    public List<Path> pluginPaths() {
        return pluginRepository.getPluginPaths();
    }

    /**
     * Loads the plugin folder's files except those unloaded on purpose, which are listed {@code UNLOADED}. When two
     * files hold the same plugin id, the higher version is loaded and the other refused as a duplicate id.
     *
     * @param unloadedFiles names of files an admin unloaded (or replaced by an upgrade) and that stay unloaded
     */
    public synchronized void loadPlugins(Set<String> unloadedFiles) {
        List<Path> candidates = new ArrayList<>();
        for (Path path : pluginPaths()) {
            if (unloadedFiles.contains(path.getFileName().toString())) {
                unloaded.add(normal(path));
                log.info("Plugin file {} stays unloaded, as an admin left it", path.getFileName());
            } else {
                candidates.add(path);
            }
        }
        candidates.sort(Comparator.comparing((Path path) -> descriptorOf(path).map(PluginDescriptor::getPluginId).orElse(""))
                .thenComparing((a, b) -> compareVersions(b, a)));
        for (Path path : candidates) {
            try {
                loadPluginFromPath(path);
            } catch (RuntimeException refused) {
                // recorded as the file's refusal and logged
            }
        }
        resolvePlugins();
    }

    /** @return the descriptor in the file, if it can be read */
    public Optional<PluginDescriptor> descriptorOf(Path pluginPath) {
        try {
            return Optional.ofNullable(getPluginDescriptorFinder().find(pluginPath));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private int compareVersions(Path a, Path b) {
        String versionA = descriptorOf(a).map(PluginDescriptor::getVersion).orElse("");
        String versionB = descriptorOf(b).map(PluginDescriptor::getVersion).orElse("");
        try {
            return getVersionManager().compareVersions(versionA, versionB);
        } catch (RuntimeException notSemantic) {
            return versionA.compareTo(versionB);
        }
    }

    /** @return why the file was not loaded, if it was refused */
    public Optional<String> refusal(Path path) {
        return Optional.ofNullable(refusals.get(normal(path)));
    }

    /** @return whether the file was unloaded on purpose and not loaded since */
    public boolean isUnloaded(Path path) {
        return unloaded.contains(normal(path));
    }

    /**
     * @param pluginId a loaded plugin
     * @return a number that is different for every load of a plugin in this server, even of the same file, so
     *         results cached for one load are never served for another
     */
    public long generation(String pluginId) {
        return generations.getOrDefault(pluginId, 0L);
    }

    @Override
    public synchronized List<PluginWrapper> getPlugins() {
        return super.getPlugins();
    }

    @Override
    public synchronized List<PluginWrapper> getPlugins(PluginState pluginState) {
        return super.getPlugins(pluginState);
    }

    @Override
    public synchronized boolean unloadPlugin(String pluginId) {
        PluginWrapper plugin = getPlugin(pluginId);
        boolean done = super.unloadPlugin(pluginId);
        if (done && plugin != null) {
            unloaded.add(normal(plugin.getPluginPath()));
            generations.remove(pluginId);
        }
        return done;
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        Path path = normal(pluginPath);
        refusals.remove(path);
        try {
            PluginWrapper plugin = super.loadPluginFromPath(pluginPath);
            unloaded.remove(path);
            generations.put(plugin.getPluginId(), loads.incrementAndGet());
            return plugin;
        } catch (RuntimeException e) {
            throw refused(pluginPath, e, reason(pluginPath, e));
        }
    }

    private String reason(Path pluginPath, RuntimeException e) {
        PluginWrapper holder = idOf(pluginPath).map(this::getPlugin).orElse(null);
        if (holder != null && !holder.getPluginPath().equals(pluginPath)) {
            return "plugin id '" + holder.getPluginId() + "' is already taken by "
                    + holder.getPluginPath().getFileName() + "; a plugin id must be unique";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }

    private Optional<String> idOf(Path pluginPath) {
        return descriptorOf(pluginPath).map(PluginDescriptor::getPluginId);
    }

    private RuntimeException refused(Path pluginPath, RuntimeException e, String reason) {
        refusals.put(normal(pluginPath), reason);
        log.error("Plugin file {} refused: {}", pluginPath.getFileName(), reason);
        return e;
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
