package io.customerlens.customer;

import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.customerlens.security.Role;
import io.customerlens.support.ControllerSliceTest;
import io.customerlens.web.Connections;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A customer's orders through the per-request data loaders over a mocked {@link HistoryStore}: newest first,
 * paged by order id, and one store query for a whole page of customers.
 */
@GraphQlTest({CustomerController.class, HistoryController.class})
@Import(HistoryLoaders.class)
class HistoryControllerTest extends ControllerSliceTest {

    // language=GraphQL
    private static final String ORDERS = """
            query($after: String) {
              customer(id: "c1") {
                orders(first: 2, after: $after) { edges { node { id amount } } pageInfo { hasNextPage endCursor } }
              }
            }
            """;

    @MockitoBean
    private Customers customers;

    @MockitoBean
    private HistoryRecording recording;

    @MockitoBean
    private HistoryStore history;

    private static Customer customer(String id) {
        return new Customer(id, "crm-" + id, "Ada Lovelace", null, null, null, null, LocalDate.parse("2024-01-15"),
                null, List.of(), null, null, 1, Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static Order order(String id, int day) {
        return new Order(id, "c1", null, Instant.parse("2025-03-0" + day + "T10:00:00Z"), new BigDecimal(day * 10),
                1, BigDecimal.ZERO, null, Instant.parse("2025-03-09T00:00:00Z"));
    }

    @Test
    void ordersComeNewestFirstPagedByOrderId() {
        when(customers.find("c1")).thenReturn(customer("c1"));
        when(history.orders(anyCollection())).thenReturn(Map.of("c1", List.of(order("o1", 1), order("o2", 2),
                order("o3", 3))));
        var first = as(Role.VIEWER, false).document(ORDERS).execute();
        first.path("customer.orders.edges[*].node.id").entityList(String.class).containsExactly("o3", "o2");
        first.path("customer.orders.pageInfo.endCursor").entity(String.class)
                .isEqualTo(Connections.cursor("o2").getValue());

        as(Role.VIEWER, false).document(ORDERS).variable("after", Connections.cursor("o2").getValue()).execute()
                .path("customer.orders.edges[*].node.id").entityList(String.class).containsExactly("o1");
    }

    @Test
    void aCursorFromAnotherListIsABadRequest() {
        when(customers.find("c1")).thenReturn(customer("c1"));
        when(history.orders(anyCollection())).thenReturn(Map.of("c1", List.of(order("o1", 1))));
        as(Role.VIEWER, false).document(ORDERS).variable("after", Connections.cursor("o9").getValue()).execute()
                .errors().satisfy(onlyError(ErrorType.BAD_REQUEST, "after: does not point into this list"));
    }

    @Test
    void aPageOfCustomersReadsTheirOrdersWithOneQuery() {
        when(customers.list(null, null, 2, null))
                .thenReturn(Connections.of(List.of(customer("c1"), customer("c2")), 2, false, Customer::id));
        when(history.orders(anyCollection())).thenReturn(Map.of("c1", List.of(order("o1", 1))));
        // language=GraphQL
        String query = """
                { customers(first: 2) { edges { node { id orders { edges { node { id } } } } } } }
                """;
        as(Role.VIEWER, false).document(query).execute()
                .path("customers.edges[*].node.orders.edges[*].node.id").entityList(String.class).containsExactly("o1");
        verify(history, times(1)).orders(anyCollection());
    }
}
