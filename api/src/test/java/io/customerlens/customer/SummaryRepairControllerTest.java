package io.customerlens.customer;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.customerlens.security.Role;
import io.customerlens.support.ControllerSliceTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** {@code repairSummaries} and {@code summaryRepair} over mocked jobs: arguments, the caller's name, admins only. */
@GraphQlTest(SummaryRepairController.class)
class SummaryRepairControllerTest extends ControllerSliceTest {

    // language=GraphQL
    private static final String REPAIR = """
            mutation($ids: [ID!]) {
              repairSummaries(customerIds: $ids) { id state customers requestedBy startedAt }
            }
            """;

    @MockitoBean
    private SummaryRepairJobs jobs;

    private static SummaryRepairJob running(long customers) {
        return new SummaryRepairJob("r1", SummaryRepairJob.State.RUNNING, customers, 0, 0, 0, "test admin",
                Instant.parse("2025-06-30T12:00:00Z"), null, null);
    }

    @Test
    void repairsTheGivenCustomersUnderTheCallersName() {
        when(jobs.start(List.of("c1", "c2"), "test admin")).thenReturn(running(2));
        var response = as(Role.ADMIN, false).document(REPAIR).variable("ids", List.of("c1", "c2")).execute();
        response.path("repairSummaries.state").entity(String.class).isEqualTo("RUNNING");
        response.path("repairSummaries.customers").entity(Long.class).isEqualTo(2L);
        response.path("repairSummaries.requestedBy").entity(String.class).isEqualTo("test admin");
    }

    @Test
    void withoutIdsEveryCustomerIsChecked() {
        when(jobs.start(null, "test admin")).thenReturn(running(1000));
        as(Role.ADMIN, false).document(REPAIR).execute()
                .path("repairSummaries.customers").entity(Long.class).isEqualTo(1000L);
    }

    @Test
    void onlyAdminsRepairOrFollowARepair() {
        // language=GraphQL
        String query = """
                { summaryRepair(id: "r1") { state } }
                """;
        for (String document : List.of(REPAIR, query)) {
            as(Role.EDITOR, true).document(document).execute().errors().satisfy(onlyError(ErrorType.FORBIDDEN));
        }
        verifyNoInteractions(jobs);
    }
}
