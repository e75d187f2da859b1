package io.customerlens.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.customerlens.security.Role;
import io.customerlens.support.ControllerSliceTest;
import io.customerlens.web.Connections;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Import jobs over mocked jobs and store: rejections paged by row cursors, and where a server file may lie. */
@GraphQlTest(ImportController.class)
class ImportControllerTest extends ControllerSliceTest {

    private static final String ID = "64b7f0c2a1b2c3d4e5f60718";

    // language=GraphQL
    private static final String REJECTIONS = """
            query($id: ID!, $after: String) {
              importJob(id: $id) {
                rejections(first: 2, after: $after) {
                  edges { node { line reason } }
                  pageInfo { hasNextPage endCursor }
                }
              }
            }
            """;

    // language=GraphQL
    private static final String START = """
            mutation($path: String!) {
              startImport(input: {kind: ORDERS, path: $path}) { id }
            }
            """;

    @MockitoBean
    private ImportJobs jobs;

    @MockitoBean
    private ImportJobStore store;

    @MockitoBean
    private ImportProperties properties;

    @TempDir
    private Path importDir;

    private static ImportJob withRejectedLines(long... lines) {
        List<ImportTally.Rejection> rejections = Arrays.stream(lines)
                .mapToObj(line -> new ImportTally.Rejection(line, "amount: must be a number")).toList();
        return new ImportJob(ID, ImportKind.ORDERS, ImportFormat.CSV, "orders.csv", ImportState.COMPLETED,
                "test editor", Instant.parse("2025-06-30T12:00:00Z"), null, 10, 7, 0, 0, lines.length, 0, 100, 100,
                null, null, rejections, null);
    }

    @Test
    void rejectionsArePagedInFileOrder() {
        when(store.find(ID)).thenReturn(withRejectedLines(3, 5, 9));
        var first = as(Role.EDITOR, false).document(REJECTIONS).variable("id", ID).execute();
        first.path("importJob.rejections.edges[*].node.line").entityList(Long.class).containsExactly(3L, 5L);
        first.path("importJob.rejections.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String after = first.path("importJob.rejections.pageInfo.endCursor").entity(String.class).get();
        assertThat(after).isEqualTo(Connections.cursor("1").getValue());

        as(Role.EDITOR, false).document(REJECTIONS).variable("id", ID).variable("after", after).execute()
                .path("importJob.rejections.edges[*].node.line").entityList(Long.class).containsExactly(9L);
    }

    @Test
    void aRejectionCursorWithoutARowNumberIsABadRequest() {
        when(store.find(ID)).thenReturn(withRejectedLines(3));
        as(Role.EDITOR, false).document(REJECTIONS).variable("id", ID).variable("after", "garbage").execute()
                .errors().satisfy(onlyError(ErrorType.BAD_REQUEST, "after: is not a cursor from this API"));
    }

    @Test
    void serverFilesAreOffWithoutAnImportFolder() {
        as(Role.EDITOR, false).document(START).variable("path", "orders.csv").execute()
                .errors().satisfy(onlyError(ErrorType.BAD_REQUEST, "input.path: server-side imports are off"));
        verifyNoInteractions(jobs);
    }

    @Test
    void aPathOutsideTheImportFolderIsRefused() {
        when(properties.dir()).thenReturn(importDir);
        String absoluteElsewhere = importDir.getParent().resolve("orders.csv").toString();
        for (String path : List.of("../orders.csv", absoluteElsewhere, "")) {
            as(Role.EDITOR, false).document(START).variable("path", path).execute()
                    .errors().satisfy(onlyError(ErrorType.BAD_REQUEST,
                            "input.path: must name a file inside the import folder"));
        }
        verifyNoInteractions(jobs);
    }
}
