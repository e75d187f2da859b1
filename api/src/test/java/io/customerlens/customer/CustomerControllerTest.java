package io.customerlens.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.customerlens.security.Role;
import io.customerlens.support.ControllerSliceTest;
import io.customerlens.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The customer queries and mutations over a mocked {@link Customers}: schema mapping, arguments, errors. */
@GraphQlTest(CustomerController.class)
class CustomerControllerTest extends ControllerSliceTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T10:15:00Z");

    @MockitoBean
    private Customers customers;

    private static Customer ada() {
        return new Customer("64b7f0c2a1b2c3d4e5f60718", "crm-1", "Ada Lovelace", "ada@example.com", null, "north",
                "web", LocalDate.parse("2024-01-15"), null, List.of("vip"), null,
                new OrderTotals(2, new BigDecimal("120.50"), CREATED, CREATED), 3, CREATED, CREATED);
    }

    @Test
    void mapsTheCustomerRecordOntoTheSchema() {
        when(customers.find("64b7f0c2a1b2c3d4e5f60718")).thenReturn(ada());
        // language=GraphQL
        String query = """
                {
                  customer(id: "64b7f0c2a1b2c3d4e5f60718") {
                    id externalId name email region channel joinedOn tags revision createdAt
                    engagement { referrals }
                  }
                }
                """;
        var response = as(Role.VIEWER, true).document(query).execute();
        response.path("customer.externalId").entity(String.class).isEqualTo("crm-1");
        response.path("customer.name").entity(String.class).isEqualTo("Ada Lovelace");
        response.path("customer.joinedOn").entity(String.class).isEqualTo("2024-01-15");
        response.path("customer.createdAt").entity(String.class).isEqualTo("2025-03-01T10:15:00.000Z");
        response.path("customer.tags").entityList(String.class).containsExactly("vip");
        response.path("customer.revision").entity(Integer.class).isEqualTo(3);
        response.path("customer.engagement.referrals").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void masksPersonalDataForCallersWithoutTheRight() {
        when(customers.find("64b7f0c2a1b2c3d4e5f60718")).thenReturn(ada());
        // language=GraphQL
        String query = """
                { customer(id: "64b7f0c2a1b2c3d4e5f60718") { name email region } }
                """;
        var response = as(Role.ADMIN, false).document(query).execute();
        response.path("customer.name").entity(String.class).isEqualTo("A. L.");
        response.path("customer.email").entity(String.class).isEqualTo("a***@***.com");
        response.path("customer.region").entity(String.class).isEqualTo("north");
    }

    @Test
    void anUnknownCustomerIsNull() {
        // language=GraphQL
        String query = """
                { customer(id: "64b7f0c2a1b2c3d4e5f60718") { id } }
                """;
        as(Role.VIEWER, true).document(query).execute().path("customer").valueIsNull();
    }

    @Test
    void aPageSizeOutOfRangeIsABadRequestAndReachesNoService() {
        // language=GraphQL
        String query = """
                query customerList($first: Int) { customers(first: $first) { edges { node { id } } } }
                """;
        for (int first : new int[] {0, 101, -1}) {
            as(Role.VIEWER, true).document(query).variable("first", first).execute().errors().satisfy(errors ->
                    assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                        assertThat(error.getMessage())
                                .isEqualTo("first: must be an integer from 1 to 100 (got " + first + ")");
                        assertThat(error.getExtensions()).containsKey("problems");
                    }));
        }
        verifyNoInteractions(customers);
    }

    @Test
    void inputProblemsFromTheServiceAreReportedWithTheirFields() {
        when(customers.create(any())).thenThrow(new InvalidInputException("input.externalId", "must not be blank"));
        // language=GraphQL
        String mutation = """
                mutation { createCustomer(input: {externalId: "", name: "Ada"}) { id } }
                """;
        as(Role.EDITOR, true).document(mutation).execute()
                .errors().satisfy(onlyError(ErrorType.BAD_REQUEST, "input.externalId: must not be blank"));
    }

    @Test
    void anUnknownIdFromTheServiceIsNotFound() {
        when(customers.delete("64b7f0c2a1b2c3d4e5f60718")).thenThrow(Customers.notFound("64b7f0c2a1b2c3d4e5f60718"));
        // language=GraphQL
        String mutation = """
                mutation { deleteCustomer(id: "64b7f0c2a1b2c3d4e5f60718") { deletedId } }
                """;
        as(Role.EDITOR, true).document(mutation).execute()
                .errors().satisfy(onlyError(ErrorType.NOT_FOUND, "no customer with id '64b7f0c2a1b2c3d4e5f60718'"));
    }

    @Test
    void mutationsNeedTheEditorRole() {
        // language=GraphQL
        String mutation = """
                mutation { updateCustomer(id: "64b7f0c2a1b2c3d4e5f60718", input: {region: "south"}) { id } }
                """;
        as(Role.VIEWER, true).document(mutation).execute()
                .errors().satisfy(onlyError(ErrorType.FORBIDDEN,
                        "updateCustomer needs the editor role; this API key has viewer"));
        verifyNoInteractions(customers);
    }

    @Test
    void bindsTheUpdateInput() {
        when(customers.update(eq("64b7f0c2a1b2c3d4e5f60718"), any())).thenReturn(ada());
        // language=GraphQL
        String mutation = """
                mutation {
                  updateCustomer(id: "64b7f0c2a1b2c3d4e5f60718", input: {region: "south", tags: ["b2b"]}) { id }
                }
                """;
        as(Role.EDITOR, true).document(mutation).execute().path("updateCustomer.id").entity(String.class)
                .isEqualTo("64b7f0c2a1b2c3d4e5f60718");
        verify(customers).update(eq("64b7f0c2a1b2c3d4e5f60718"), argThat(input ->
                "south".equals(input.region()) && List.of("b2b").equals(input.tags())));
    }
}
