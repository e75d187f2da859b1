package io.customerlens.playbook;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.customerlens.security.Role;
import io.customerlens.support.ControllerSliceTest;
import io.customerlens.web.Connections;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The playbook history's paging over a mocked store: cursors are version numbers, newest first. */
@GraphQlTest(PlaybookController.class)
class PlaybookControllerTest extends ControllerSliceTest {

    // language=GraphQL
    private static final String HISTORY = """
            query($first: Int, $after: String) {
              playbookHistory(model: "nps", first: $first, after: $after) {
                edges { node { version editedBy } }
                pageInfo { hasNextPage hasPreviousPage endCursor }
              }
            }
            """;

    @MockitoBean
    private PlaybookCatalog catalog;

    @MockitoBean
    private PlaybookStore store;

    private static Playbook version(int version) {
        return new Playbook("p" + version, "nps", version, List.of(), List.of(), null, "test admin",
                Instant.parse("2025-06-30T12:00:00Z"));
    }

    @Test
    void pagesNewestFirstWithVersionCursors() {
        when(store.history("nps", null, 3)).thenReturn(List.of(version(5), version(4), version(3)));
        var first = as(Role.VIEWER, false).document(HISTORY).variable("first", 2).execute();
        first.path("playbookHistory.edges[*].node.version").entityList(Integer.class).containsExactly(5, 4);
        first.path("playbookHistory.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        first.path("playbookHistory.pageInfo.endCursor").entity(String.class)
                .isEqualTo(Connections.cursor("4").getValue());

        when(store.history("nps", 4, 3)).thenReturn(List.of(version(3)));
        String after = Connections.cursor("4").getValue();
        as(Role.VIEWER, false).document(HISTORY).variable("first", 2).variable("after", after).execute()
                .path("playbookHistory.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        verify(store).history("nps", 4, 3);
    }

    @Test
    void aCursorWithoutAVersionIsABadRequest() {
        for (String after : List.of("garbage", Connections.cursor("not-a-number").getValue())) {
            as(Role.VIEWER, false).document(HISTORY).variable("first", 2).variable("after", after).execute()
                    .errors().satisfy(onlyError(ErrorType.BAD_REQUEST,
                            "after: is not a cursor from this API; pass an endCursor from a previous page"));
        }
        verifyNoInteractions(store);
    }
}
