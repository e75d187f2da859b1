package io.customerlens.plugins;

import io.customerlens.sdk.SdkVersion;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.DefaultPluginManager;

/** PF4J's default manager over one folder, with the SDK version as system version, able to list its files. */
public class CustomerLensPluginManager extends DefaultPluginManager {

    public CustomerLensPluginManager(Path pluginsRoot) {
        super(pluginsRoot);
        setSystemVersion(SdkVersion.CURRENT);
    }

    /** @return every file or folder in the plugin folder that PF4J considers a plugin candidate */
    public List<Path> pluginPaths() {
        return pluginRepository.getPluginPaths();
    }
}
