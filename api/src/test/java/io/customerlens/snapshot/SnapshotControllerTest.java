package io.customerlens.snapshot;

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

/** The snapshot history and the start of a run over mocked jobs and store: paging by id cursors, checks. */
@GraphQlTest(SnapshotController.class)
class SnapshotControllerTest extends ControllerSliceTest {

    private static final String NEWER = "64b7f0c2a1b2c3d4e5f60719";
    private static final String OLDER = "64b7f0c2a1b2c3d4e5f60718";

    // language=GraphQL
    private static final String HISTORY = """
            query($after: String) {
              snapshots(first: 1, after: $after) {
                edges { node { id state requestedBy startedAt } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @MockitoBean
    private SnapshotJobs jobs;

    @MockitoBean
    private ModelChoices choices;

    @MockitoBean
    private SnapshotStore store;

    @MockitoBean
    private Transitions transitions;

    private static Snapshot snapshot(String id) {
        return new Snapshot(id, List.of(), null, SnapshotState.COMPLETED, 10, 10, 0, List.of(), false,
                Instant.parse("2025-06-30T12:00:00Z"), null, null, "schedule", null);
    }

    @Test
    void pagesNewestFirstWithIdCursors() {
        when(store.newestFirst(null, 2)).thenReturn(List.of(snapshot(NEWER), snapshot(OLDER)));
        var page = as(Role.ANALYST, false).document(HISTORY).execute();
        page.path("snapshots.edges[*].node.id").entityList(String.class).containsExactly(NEWER);
        page.path("snapshots.edges[0].node.requestedBy").entity(String.class).isEqualTo("schedule");
        page.path("snapshots.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        page.path("snapshots.pageInfo.endCursor").entity(String.class).isEqualTo(Connections.cursor(NEWER).getValue());

        as(Role.ANALYST, false).document(HISTORY).variable("after", Connections.cursor(NEWER).getValue()).execute();
        verify(store).newestFirst(NEWER, 2);
    }

    @Test
    void aCursorWithoutASnapshotIdIsABadRequest() {
        as(Role.ANALYST, false).document(HISTORY).variable("after", Connections.cursor("42").getValue()).execute()
                .errors().satisfy(onlyError(ErrorType.BAD_REQUEST, "after: is not a cursor from this API"));
        verifyNoInteractions(store);
    }

    @Test
    void anIdThatCannotBeASnapshotFindsNothingWithoutAsking() {
        // language=GraphQL
        String query = """
                { snapshot(id: "not-an-id") { id } }
                """;
        as(Role.ANALYST, false).document(query).execute().path("snapshot").valueIsNull();
        verifyNoInteractions(store);
    }

    @Test
    void aRunOverATextSearchNeedsThePersonalDataRight() {
        // language=GraphQL
        String mutation = """
                mutation { startSnapshot(input: {models: [{model: "rfm"}], filter: {text: "ada"}}) { id } }
                """;
        as(Role.ADMIN, false).document(mutation).execute()
                .errors().satisfy(onlyError(ErrorType.FORBIDDEN, "startSnapshot(input.filter.text) searches names"));
        verifyNoInteractions(jobs, choices);
    }
}
