package io.customerlens.pluginhost;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.customerlens.security.Role;
import io.customerlens.support.ControllerSliceTest;
import io.customerlens.web.InvalidInputException;
import io.customerlens.web.NotFoundException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import io.customerlens.scoring.ModelBreakers;
import io.customerlens.scoring.ModelRegistry;

/** The plugin list and the run-time plugin mutations over a mocked {@link PluginAdmin}: routing, roles, errors. */
@GraphQlTest(PluginController.class)
class PluginControllerTest extends ControllerSliceTest {

    @MockitoBean
    private PluginViews views;

    @MockitoBean
    private PluginAdmin admin;

    @MockitoBean
    private ModelRegistry registry;

    @MockitoBean
    private ModelBreakers breakers;

    private static PluginView view(String id, String state) {
        return new PluginView(id, "1.0.0", state, ">=1.1.0 & <2.0.0", "Customer Lens", id + "-1.0.0.jar", null);
    }

    @Test
    void listsEveryPluginWithItsState() {
        when(views.all()).thenReturn(List.of(view("rfm", "STARTED"),
                new PluginView("broken.jar", null, "FAILED", null, null, "broken.jar", "not a plugin")));
        // language=GraphQL
        String query = """
                { plugins { id state file error } }
                """;
        var response = as(Role.ADMIN, false).document(query).execute();
        response.path("plugins[*].state").entityList(String.class).containsExactly("STARTED", "FAILED");
        response.path("plugins[1].error").entity(String.class).isEqualTo("not a plugin");
    }

    @Test
    void eachMutationReachesItsAdminOperation() {
        when(admin.load("rfm-1.0.0.jar", false)).thenReturn(view("rfm", "STARTED"));
        when(admin.unload("rfm")).thenReturn(view("rfm", "UNLOADED"));
        when(admin.reload("rfm")).thenReturn(view("rfm", "STARTED"));
        when(admin.enable("rfm")).thenReturn(view("rfm", "STARTED"));
        when(admin.disable("rfm")).thenReturn(view("rfm", "DISABLED"));
        Map<String, String> expected = Map.of(
                "loadPlugin(file: \"rfm-1.0.0.jar\")", "STARTED", "unloadPlugin(id: \"rfm\")", "UNLOADED",
                "reloadPlugin(id: \"rfm\")", "STARTED", "enablePlugin(id: \"rfm\")", "STARTED",
                "disablePlugin(id: \"rfm\")", "DISABLED");
        expected.forEach((call, state) -> as(Role.ADMIN, false).document("mutation { result: " + call + " { state } }")
                .execute().path("result.state").entity(String.class).isEqualTo(state));
    }

    @Test
    void problemsAreClassified() {
        when(admin.load("x.jar", false)).thenThrow(new InvalidInputException("file", "no file 'x.jar' in the plugin folder"));
        when(admin.unload("nope")).thenThrow(new NotFoundException("no plugin 'nope' is loaded"));
        // language=GraphQL
        String load = """
                mutation { loadPlugin(file: "x.jar") { state } }
                """;
        as(Role.ADMIN, false).document(load).execute()
                .errors().satisfy(onlyError(ErrorType.BAD_REQUEST, "file: no file 'x.jar' in the plugin folder"));
        // language=GraphQL
        String unload = """
                mutation { unloadPlugin(id: "nope") { state } }
                """;
        as(Role.ADMIN, false).document(unload).execute().errors().satisfy(onlyError(ErrorType.NOT_FOUND));
    }

    @Test
    void onlyAdminsSeeOrManagePlugins() {
        // language=GraphQL
        String query = """
                { plugins { id } }
                """;
        // language=GraphQL
        String mutation = """
                mutation { disablePlugin(id: "rfm") { state } }
                """;
        for (String document : List.of(query, mutation)) {
            as(Role.EDITOR, true).document(document).execute().errors().satisfy(onlyError(ErrorType.FORBIDDEN));
        }
        verifyNoInteractions(views, admin);
    }
}
