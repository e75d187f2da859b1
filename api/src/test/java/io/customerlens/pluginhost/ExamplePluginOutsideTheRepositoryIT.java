package io.customerlens.pluginhost;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.SdkVersion;
import io.customerlens.support.ForkedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What a partner does with the example plugin: copy its folder out of the repository, build it there against the
 * SDK and contract test kit in the distribution's {@code sdk-repository} (offline, with the Maven and local
 * repository of this build, so it needs nothing this build did not fetch), run its kit tests, then load the jar into
 * a running server and ask for the model. An integration test: it runs after the package phase that lays out the
 * repository.
 */
class ExamplePluginOutsideTheRepositoryIT {

    private static final Path ROOT = Path.of(System.getProperty("customerlens.test.root", "..")).toAbsolutePath().normalize();
    private static final String JAR = "example-partner-1.0.0.jar";

    @TempDir
    Path dir;

    @Test
    void theCopiedExampleBuildsPassesTheKitAndLoadsIntoAServer() throws Exception {
        Path project = dir.resolve("my-plugin");
        copy(ROOT.resolve("plugins/example-partner-model"), project);
        Path sdkRepository = ROOT.resolve("target/customer-lens/sdk-repository");
        assertThat(sdkRepository.resolve("io/customerlens/customer-lens-plugin-tck/" + SdkVersion.CURRENT))
                .isDirectory();

        Path log = dir.resolve("build.log");
        Process build = new ProcessBuilder(maven(), "-B", "-o", "-Daether.offline.protocols=file",
                "-Dmaven.repo.local=" + System.getProperty("customerlens.test.maven-repo",
                        System.getProperty("user.home") + "/.m2/repository"),
                "-Dcustomer-lens.repository=" + sdkRepository.toUri(), "package")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(build.waitFor(5, TimeUnit.MINUTES)).as("the build ended").isTrue();
        assertThat(build.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(project.resolve(
                "target/surefire-reports/com.example.lens.SpendStandingContractTest.txt")))
                .as("the kit's checks ran").containsPattern("Tests run: [1-9]\\d*, Failures: 0, Errors: 0");

        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        try (ForkedServer server = ForkedServer.start(dir.resolve("logs"), "--customerlens.store.embedded.file=",
                "--customerlens.plugins.dir=" + plugins, "--customerlens.security.anonymous-role=admin",
                "--customerlens.security.key-secret-file=" + dir.resolve("key-secret"),
                "--customerlens.sample-data.enabled=false", "--logging.level.root=WARN")) {
            Files.copy(project.resolve("target/" + JAR), plugins.resolve(JAR));
            assertThat(server.graphQl("mutation { loadPlugin(file: \"" + JAR + "\") { id state } }")
                    .at("/data/loadPlugin").toString()).isEqualTo("{\"id\":\"example-partner\",\"state\":\"STARTED\"}");

            String third = null;
            for (int i = 1; i <= 4; i++) {
                String id = server.graphQl("mutation { createCustomer(input: {externalId: \"P-" + i + "\", name: \"P\","
                        + " email: \"p" + i + "@example.com\", joinedOn: \"2024-01-01\", region: \"EU-West\","
                        + " channel: \"web\"}) { id } }").at("/data/createCustomer/id").asString();
                server.graphQl("mutation { recordOrder(input: {customerId: \"" + id + "\","
                        + " orderedAt: \"2025-05-01T10:00:00Z\", amount: " + 10 * i + "}) { id } }");
                third = i == 3 ? id : third;
            }
            // Spends 10, 20, 30, 40 and bins = 4: cut points 17.5, 25, 32.5; 30 is above two -> bin 3 -> 200/3.
            JsonNode loyalty = server.graphQl("{ customer(id: \"" + third + "\") { loyalty(model: \"spend-standing\","
                    + " params: {bins: 4}) { value band model { pluginId pluginVersion } } } }").at("/data/customer/loyalty");
            assertThat(loyalty.get("value").asDouble()).isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(loyalty.get("band").asString()).isEqualTo("Middle");
            assertThat(loyalty.at("/model/pluginVersion").asString()).isEqualTo("1.0.0");
        }
    }

    /** The Maven running this build: the copied project builds with the tool a partner has, not the repository's. */
    private static String maven() {
        return Path.of(System.getProperty("customerlens.test.maven-home", "/usr/share/maven"), "bin", "mvn").toString();
    }

    /** Copies the project without its build output, as a partner copying the folder would. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !from.relativize(f).startsWith("target")).toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }
}
