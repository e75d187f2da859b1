package io.customerlens.pluginhost;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.system.ApplicationHome;

/**
 * Where plugins come from.
 *
 * @param dir the folder of plugin jars; a relative path is taken from the folder holding the server jar,
 *            so the default {@code plugins} means "the plugins folder next to customer-lens.jar"
 */
@ConfigurationProperties("customerlens.plugins")
public record PluginProperties(@DefaultValue("plugins") String dir) {

    /** @return the plugin folder as an absolute path */
    public Path resolvedDir() {
        Path path = Path.of(dir);
        if (path.isAbsolute()) {
            return path.normalize();
        }
        return new ApplicationHome(PluginProperties.class).getDir().toPath().resolve(path).normalize();
    }
}
