package io.customerlens.plugins;

import io.customerlens.sdk.SdkVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PF4J's default manager over one folder, with the SDK version as system version, able to list its files and to
 * say why a file was refused (unreadable, malformed manifest, an id another plugin already has).
 */
public class CustomerLensPluginManager extends DefaultPluginManager {

    private static final Logger log = LoggerFactory.getLogger(CustomerLensPluginManager.class);

    private final Map<Path, String> refusals = new ConcurrentHashMap<>();

    public CustomerLensPluginManager(Path pluginsRoot) {
        super(pluginsRoot);
        setSystemVersion(SdkVersion.CURRENT);
    }

    /** @return every file or folder in the plugin folder that PF4J considers a plugin candidate */
    public List<Path> pluginPaths() {
        return pluginRepository.getPluginPaths();
    }

    /** @return why the file was not loaded, if it was refused */
    public Optional<String> refusal(Path path) {
        return Optional.ofNullable(refusals.get(path.toAbsolutePath().normalize()));
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        try {
            return super.loadPluginFromPath(pluginPath);
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
        try {
            return Optional.ofNullable(getPluginDescriptorFinder().find(pluginPath).getPluginId());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private RuntimeException refused(Path pluginPath, RuntimeException e, String reason) {
        refusals.put(pluginPath.toAbsolutePath().normalize(), reason);
        log.error("Plugin file {} refused: {}", pluginPath.getFileName(), reason);
        return e;
    }
}
