package io.customerlens.tck;

import io.customerlens.sdk.SdkVersion;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * Checks the SDK range a plugin declares in its manifest ({@code Plugin-Requires}) the way the server does: it must
 * admit this SDK, or the server refuses the plugin, and it must stop before the next major version, which may
 * break plugins.
 *
 * @param pluginId the plugin id
 * @param requires the declared range, e.g. {@code >=1.1.0 & <2.0.0}
 */
public record PluginManifestCheck(String pluginId, String requires) {

    /** The system property a build sets to the plugin's {@code Plugin-Requires}. */
    public static final String REQUIRES_PROPERTY = "customerlens.plugin.requires";
    /** The system property a build sets to the plugin's {@code Plugin-Id}. */
    public static final String ID_PROPERTY = "customerlens.plugin.id";

    /** @return the check for the values the build passed, if it passed a range */
    public static Optional<PluginManifestCheck> fromSystemProperties() {
        String requires = System.getProperty(REQUIRES_PROPERTY, "");
        return requires.isBlank() ? Optional.empty()
                : Optional.of(new PluginManifestCheck(System.getProperty(ID_PROPERTY, "this plugin"), requires));
    }

    /** Fails unless the range admits {@link SdkVersion#CURRENT} and excludes the next major version. */
    public void check() {
        VersionManager versions = new DefaultVersionManager();
        Assertions.assertTrue(versions.checkVersionConstraint(SdkVersion.CURRENT, requires), () -> "plugin '"
                + pluginId + "' requires SDK " + requires + ", which excludes this SDK " + SdkVersion.CURRENT
                + ", so the server would refuse it");
        String nextMajor = (Integer.parseInt(SdkVersion.CURRENT.split("\\.")[0]) + 1) + ".0.0";
        Assertions.assertFalse(versions.checkVersionConstraint(nextMajor, requires), () -> "plugin '" + pluginId
                + "' requires SDK " + requires + ", which admits " + nextMajor + "; end the range with <" + nextMajor);
    }
}
