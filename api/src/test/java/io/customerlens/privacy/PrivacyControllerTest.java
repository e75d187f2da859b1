package io.customerlens.privacy;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.customerlens.security.Role;
import io.customerlens.support.ControllerSliceTest;
import io.customerlens.web.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Export, erasure and the erasure audit over mocked services: the personal-data right, mapping, errors. */
@GraphQlTest(PrivacyController.class)
class PrivacyControllerTest extends ControllerSliceTest {

    private static final String ID = "64b7f0c2a1b2c3d4e5f60718";

    // language=GraphQL
    private static final String EXPORT = """
            query($id: ID!) { exportCustomer(id: $id) }
            """;

    // language=GraphQL
    private static final String ERASE = """
            mutation($id: ID!) {
              eraseCustomer(id: $id) { id erasedBy erasedAt removed { collection documents } }
            }
            """;

    @MockitoBean
    private CustomerExport export;

    @MockitoBean
    private CustomerErasure erasure;

    @Test
    void theExportIsJsonForAdminsWithThePersonalDataRight() {
        when(export.export(ID)).thenReturn(Map.of("customer", Map.of("name", "Ada Lovelace")));
        as(Role.ADMIN, true).document(EXPORT).variable("id", ID).execute()
                .path("exportCustomer.customer.name").entity(String.class).isEqualTo("Ada Lovelace");
    }

    @Test
    void anAdminWithoutThePersonalDataRightGetsNoExport() {
        as(Role.ADMIN, false).document(EXPORT).variable("id", ID).execute()
                .errors().satisfy(onlyError(ErrorType.FORBIDDEN, "exportCustomer returns personal data unmasked"));
        verifyNoInteractions(export);
    }

    @Test
    void anErasureIsAuditedUnderTheCallersName() {
        when(erasure.erase(ID, "test admin")).thenReturn(new Erasure("e1", "test admin",
                Instant.parse("2025-06-30T12:00:00Z"), List.of(new Erasure.Removed("customers", 1),
                new Erasure.Removed("orders", 3))));
        var response = as(Role.ADMIN, false).document(ERASE).variable("id", ID).execute();
        response.path("eraseCustomer.erasedBy").entity(String.class).isEqualTo("test admin");
        response.path("eraseCustomer.erasedAt").entity(String.class).isEqualTo("2025-06-30T12:00:00.000Z");
        response.path("eraseCustomer.removed[*].documents").entityList(Integer.class).containsExactly(1, 3);
    }

    @Test
    void erasingAnUnknownCustomerIsNotFound() {
        when(erasure.erase(ID, "test admin")).thenThrow(new NotFoundException("no customer with id '" + ID + "'"));
        as(Role.ADMIN, false).document(ERASE).variable("id", ID).execute()
                .errors().satisfy(onlyError(ErrorType.NOT_FOUND));
    }

    @Test
    void onlyAdminsExportOrErase() {
        for (Role role : List.of(Role.VIEWER, Role.ANALYST, Role.EDITOR)) {
            for (String document : List.of(EXPORT, ERASE)) {
                as(role, true).document(document).variable("id", ID).execute()
                        .errors().satisfy(onlyError(ErrorType.FORBIDDEN));
            }
        }
        verifyNoInteractions(export, erasure);
    }

    @Test
    void theAuditPageSizeIsChecked() {
        // language=GraphQL
        String query = """
                { erasures(first: 101) { edges { node { id } } } }
                """;
        as(Role.ADMIN, false).document(query).execute()
                .errors().satisfy(onlyError(ErrorType.BAD_REQUEST,
                        "first: must be an integer from 1 to 100 (got 101)"));
        verifyNoInteractions(erasure);
    }
}
