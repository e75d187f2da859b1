package io.customerlens.pluginhost;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.fixtures.ReloadableModel;
import io.customerlens.support.ForkedServer;
import io.customerlens.support.TestPlugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * An upgrade in one mutation on a server process of its own, then a restart on the same store and plugin folder:
 * the new version is still the one served, the replaced file and a plugin unloaded on purpose stay unloaded, a
 * disabled one stays disabled; a downgrade is refused unless asked for, and then rolls back.
 */
class PluginUpgradeTest {

    private static final String OLD = "upgradable-1.0.0.jar";
    private static final String NEW = "upgradable-1.0.1.jar";

    @TempDir
    Path dir;

    @Test
    void loadingANewerVersionReplacesTheOldOneAndSurvivesARestart() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        version(plugins.resolve(OLD), "1.0.0", "1");
        Path bundled = Path.of(System.getProperty("customerlens.test.bundled-plugins", "../target/customer-lens/plugins"));
        Files.copy(bundled.resolve("rfm-1.1.1.jar"), plugins.resolve("rfm-1.1.1.jar"));
        Files.copy(bundled.resolve("nps-csat-1.2.0.jar"), plugins.resolve("nps-csat-1.2.0.jar"));
        String customer;
        try (ForkedServer server = start()) {
            customer = server.graphQl("mutation { createCustomer(input: {externalId: \"U-1\", name: \"U\","
                    + " email: \"u@example.com\", joinedOn: \"2024-01-01\", region: \"EU-West\", channel: \"web\"}) { id } }")
                    .at("/data/createCustomer/id").asString();
            assertThat(score(server, customer)).isEqualTo("1.0 from upgradable 1.0.0");

            version(plugins.resolve(NEW), "1.0.1", "2");
            JsonNode upgraded = server.graphQl("mutation { loadPlugin(file: \"" + NEW + "\") { id version state file } }");
            assertThat(upgraded.at("/data/loadPlugin").toString())
                    .isEqualTo("{\"id\":\"upgradable\",\"version\":\"1.0.1\",\"state\":\"STARTED\",\"file\":\"" + NEW + "\"}");
            assertThat(score(server, customer)).isEqualTo("2.0 from upgradable 1.0.1");

            JsonNode downgrade = server.graphQl("mutation { loadPlugin(file: \"" + OLD + "\") { id } }");
            assertThat(downgrade.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
            assertThat(downgrade.at("/errors/0/message").asString()).isEqualTo("file: holds plugin 'upgradable' 1.0.0,"
                    + " which is older than the version loaded (1.0.1 from " + NEW + "); only a newer version replaces"
                    + " a loaded plugin, or pass allowDowngrade: true to load it anyway");

            assertThat(server.graphQl("mutation { unloadPlugin(id: \"rfm\") { id version state file } }")
                    .at("/data/unloadPlugin").toString())
                    .isEqualTo("{\"id\":\"rfm\",\"version\":\"1.1.1\",\"state\":\"UNLOADED\",\"file\":\"rfm-1.1.1.jar\"}");
            assertThat(server.graphQl("mutation { disablePlugin(id: \"nps-csat\") { id state } }")
                    .at("/data/disablePlugin/state").asString()).isEqualTo("DISABLED");
        }

        try (ForkedServer server = start()) {
            assertThat(states(server)).isEqualTo(Map.of(OLD, "upgradable 1.0.0 UNLOADED", NEW, "upgradable 1.0.1 STARTED",
                    "rfm-1.1.1.jar", "rfm 1.1.1 UNLOADED", "nps-csat-1.2.0.jar", "nps-csat 1.2.0 DISABLED"));
            assertThat(score(server, customer)).isEqualTo("2.0 from upgradable 1.0.1");

            JsonNode rollback = server.graphQl("mutation { loadPlugin(file: \"" + OLD + "\", allowDowngrade: true) { version state } }");
            assertThat(rollback.at("/data/loadPlugin").toString()).isEqualTo("{\"version\":\"1.0.0\",\"state\":\"STARTED\"}");
            assertThat(score(server, customer)).isEqualTo("1.0 from upgradable 1.0.0");
        }
    }

    private ForkedServer start() {
        return ForkedServer.start(dir.resolve("logs"), "--customerlens.store.embedded.file=" + dir.resolve("store.mv"),
                "--customerlens.plugins.dir=" + dir.resolve("plugins"), "--customerlens.security.anonymous-role=admin",
                "--customerlens.security.key-secret-file=" + dir.resolve("key-secret"),
                "--customerlens.sample-data.enabled=false", "--logging.level.root=WARN");
    }

    /** A build of the plugin whose model scores everyone with {@code value}. */
    private static void version(Path file, String version, String value) throws IOException {
        TestPlugins.jar(file, TestPlugins.manifest("upgradable", version, ">=1.1.0 & <2.0.0"),
                Map.of(ReloadableModel.RESOURCE, value), ReloadableModel.class);
    }

    private static String score(ForkedServer server, String customer) {
        JsonNode loyalty = server.graphQl("{ customer(id: \"" + customer + "\") { loyalty(model: \"reloadable\") {"
                + " value model { pluginId pluginVersion } } } }").at("/data/customer/loyalty");
        return loyalty.get("value").asDouble() + " from " + loyalty.at("/model/pluginId").asString() + " "
                + loyalty.at("/model/pluginVersion").asString();
    }

    private static Map<String, String> states(ForkedServer server) {
        Map<String, String> states = new java.util.TreeMap<>();
        for (JsonNode plugin : server.graphQl("{ plugins { id version state file } }").at("/data/plugins")) {
            states.put(plugin.get("file").asString(), plugin.get("id").asString() + " "
                    + plugin.get("version").asString() + " " + plugin.get("state").asString());
        }
        return states;
    }
}
