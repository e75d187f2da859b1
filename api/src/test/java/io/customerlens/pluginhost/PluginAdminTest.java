package io.customerlens.pluginhost;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.fixtures.ReloadableModel;
import io.customerlens.sdk.SdkVersion;
import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import io.customerlens.support.TestPlugins;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

/**
 * Plugins loaded, reloaded, disabled and unloaded at run time through the admin API, in the plugin folder the other
 * integration tests share: every plugin added here is unloaded and its file removed after each test.
 */
class PluginAdminTest extends IntegrationTest {

    private static final String EXAMPLE_JAR = "example-partner-1.0.0.jar";
    private static final String RELOADABLE_JAR = "reloadable-1.0.0.jar";
    private static final String FUTURE_JAR = "future-at-runtime-1.0.0.jar";

    @Autowired
    private CustomerLensPluginManager manager;

    @Autowired
    private PluginAdmin admin;

    @AfterEach
    void removeWhatThisTestAdded() throws IOException {
        for (String id : List.of("example-partner", "reloadable", "future-at-runtime")) {
            if (manager.getPlugin(id) != null) {
                admin.unload(id);
            }
        }
        for (String file : List.of(EXAMPLE_JAR, RELOADABLE_JAR, FUTURE_JAR)) {
            Files.deleteIfExists(TestPlugins.folder().resolve(file));
        }
    }

    @Test
    void theExamplePartnerPluginLoadsAtRunTimeAndAnswers() throws IOException {
        Path example = Path.of(System.getProperty("customerlens.test.example-plugin",
                "../plugins/example-partner-model/target/" + EXAMPLE_JAR));
        assertThat(example).as("build the example plugin first: ./mvnw verify (its module runs before api)").exists();
        Files.copy(example, TestPlugins.folder().resolve(EXAMPLE_JAR));
        assertThat(modelIds()).doesNotContain("spend-standing");
        String[] customers = new String[4];
        for (int i = 0; i < 4; i++) {
            customers[i] = fixtures.customer("spender-" + i, LocalDate.of(2024, 1, 1));
            fixtures.order(customers[i], Instant.parse("2025-05-01T10:00:00Z"), 10 * (i + 1));
        }

        graphQl.document("mutation { loadPlugin(file: \"" + EXAMPLE_JAR + "\") { id version state provider error } }")
                .execute()
                .path("loadPlugin.id").entity(String.class).isEqualTo("example-partner")
                .path("loadPlugin.state").entity(String.class).isEqualTo("STARTED")
                .path("loadPlugin.provider").entity(String.class).isEqualTo("Example Partner Ltd")
                .path("loadPlugin.error").valueIsNull();

        assertThat(modelIds()).contains("spend-standing");
        // Spends 10, 20, 30, 40; bins = 4: type-7 cut points 17.5, 25, 32.5. 30 is above two -> bin 3 -> 200/3.
        graphQl.document("""
                        query($id: ID!) { customer(id: $id) {
                            loyalty(model: "spend-standing", params: {bins: 4}) { value band model { pluginId } } } }""")
                .variable("id", customers[2]).execute()
                .path("customer.loyalty.value").entity(Double.class).satisfies(v -> assertThat(v).isCloseTo(200.0 / 3,
                        org.assertj.core.data.Offset.offset(1e-9)))
                .path("customer.loyalty.band").entity(String.class).isEqualTo("Middle")
                .path("customer.loyalty.model.pluginId").entity(String.class).isEqualTo("example-partner");

        graphQl.document("mutation { unloadPlugin(id: \"example-partner\") { id state file } }").execute()
                .path("unloadPlugin.state").entity(String.class).isEqualTo("UNLOADED")
                .path("unloadPlugin.file").entity(String.class).isEqualTo(EXAMPLE_JAR);
        assertThat(modelIds()).doesNotContain("spend-standing");
        graphQl.document("""
                query($id: ID!) {
                  customer(id: $id) { loyalty(model: "spend-standing") { value } }
                }
                """)
                .variable("id", customers[2]).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("spend-standing")));
        graphQl.document("{ plugins { file state } }").execute()
                .path("plugins[?(@.file == '" + EXAMPLE_JAR + "')].state").entityList(String.class)
                .containsExactly("UNLOADED");
    }

    @Test
    void aReloadedPluginServesTheNewBuildsResultsNotCachedOnes() throws IOException {
        writeReloadable("1");
        String customer = fixtures.customer("reload-1", LocalDate.of(2024, 1, 1));
        graphQl.document("mutation { loadPlugin(file: \"" + RELOADABLE_JAR + "\") { state } }").execute()
                .path("loadPlugin.state").entity(String.class).isEqualTo("STARTED");
        assertThat(reloadableScore(customer)).isEqualTo(1.0);
        assertThat(reloadableScore(customer)).as("served from the cache").isEqualTo(1.0);

        // A new build with the same plugin id, plugin version and model version: only the result differs.
        writeReloadable("2");
        graphQl.document("mutation { reloadPlugin(id: \"reloadable\") { id version state } }").execute()
                .path("reloadPlugin.state").entity(String.class).isEqualTo("STARTED")
                .path("reloadPlugin.version").entity(String.class).isEqualTo("1.0.0");

        assertThat(reloadableScore(customer)).isEqualTo(2.0);
    }

    @Test
    void aDisabledPluginLeavesTheCatalogueUntilEnabled() throws IOException {
        writeReloadable("3");
        admin.load(RELOADABLE_JAR);
        assertThat(modelIds()).contains("reloadable");

        graphQl.document("mutation { disablePlugin(id: \"reloadable\") { state } }").execute()
                .path("disablePlugin.state").entity(String.class).isEqualTo("DISABLED");
        assertThat(modelIds()).doesNotContain("reloadable");

        graphQl.document("mutation { enablePlugin(id: \"reloadable\") { state } }").execute()
                .path("enablePlugin.state").entity(String.class).isEqualTo("STARTED");
        assertThat(modelIds()).contains("reloadable");
    }

    @Test
    void aPluginBuiltForAnotherSdkIsRefusedAtRunTimeToo() throws IOException {
        TestPlugins.jar(TestPlugins.folder().resolve(FUTURE_JAR),
                TestPlugins.manifest("future-at-runtime", "1.0.0", ">=2.0.0 & <3.0.0"), ReloadableModel.class);

        graphQl.document("mutation { loadPlugin(file: \"" + FUTURE_JAR + "\") { id state error } }").execute()
                .path("loadPlugin.state").entity(String.class).isEqualTo("FAILED")
                .path("loadPlugin.error").entity(String.class)
                .isEqualTo("requires SDK >=2.0.0 & <3.0.0 but this server has SDK " + SdkVersion.CURRENT);
        assertThat(modelIds()).doesNotContain("reloadable");
    }

    @Test
    void onlyAdminsManagePlugins() {
        for (Role role : List.of(Role.VIEWER, Role.ANALYST, Role.EDITOR)) {
            as(role).document("mutation { unloadPlugin(id: \"rfm\") { state } }").execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        }
        assertThat(modelIds()).contains("rfm");
    }

    @Test
    void badRequestsNameTheFieldAndWhatIsAllowed() {
        graphQl.document("mutation { loadPlugin(file: \"../secrets.jar\") { state } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).contains("file: must be the name of a file in the plugin folder");
                }));
        graphQl.document("mutation { loadPlugin(file: \"missing.jar\") { state } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).contains("no file 'missing.jar'").contains("not-a-plugin.jar");
                }));
        graphQl.document("mutation { loadPlugin(file: \"rfm-1.1.1.jar\") { state } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("already loaded as plugin 'rfm'")));
        graphQl.document("mutation { reloadPlugin(id: \"nope\") { state } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
                    assertThat(error.getMessage()).contains("no plugin 'nope' is loaded").contains("rfm");
                }));
    }

    @Test
    void healthShowsWhyFailedPluginsFailed() {
        HttpResponse<String> health = http.get("/actuator/health", TestKeys.key(Role.ADMIN));

        assertThat(health.body()).contains("\"plugins\"").contains("\"failed\"")
                .contains("\"from-the-future-1.0.0.jar\":\"requires SDK >=2.0.0 but this server has SDK "
                        + SdkVersion.CURRENT + "\"");
    }

    private void writeReloadable(String value) throws IOException {
        // Written aside and moved into place, as the plugin guide tells operators to replace a jar.
        Path staged = Files.createTempFile("reloadable", ".jar");
        TestPlugins.jar(staged, TestPlugins.manifest("reloadable", "1.0.0", ">=1.1.0 & <2.0.0"),
                Map.of(ReloadableModel.RESOURCE, value), ReloadableModel.class);
        Files.move(staged, TestPlugins.folder().resolve(RELOADABLE_JAR), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private Double reloadableScore(String customer) {
        return graphQl.document("""
                query($id: ID!) {
                  customer(id: $id) { loyalty(model: "reloadable") { value } }
                }
                """)
                .variable("id", customer).execute().path("customer.loyalty.value").entity(Double.class).get();
    }

    private List<String> modelIds() {
        return graphQl.document("{ models { id } }").execute().path("models[*].id").entityList(String.class).get();
    }
}
