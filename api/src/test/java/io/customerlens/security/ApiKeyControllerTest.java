package io.customerlens.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.customerlens.support.ControllerSliceTest;
import io.customerlens.web.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** {@code me} and API key management over a mocked {@link ApiKeys}: mapping, input binding, the admin role. */
@GraphQlTest(ApiKeyController.class)
class ApiKeyControllerTest extends ControllerSliceTest {

    // language=GraphQL
    private static final String CREATE = """
            mutation($name: String!) {
              createApiKey(input: {name: $name, role: ANALYST}) { key apiKey { id name role prefix createdBy } }
            }
            """;

    @MockitoBean
    private ApiKeys apiKeys;

    @Test
    void meIsTheCallerOfTheRequest() {
        // language=GraphQL
        String query = """
                { me { name role seesPersonalData } }
                """;
        var response = as(Role.EDITOR, false).document(query).execute();
        response.path("me.name").entity(String.class).isEqualTo("test editor");
        response.path("me.role").entity(String.class).isEqualTo("EDITOR");
        response.path("me.seesPersonalData").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void aNewKeyIsShownOnceWithItsRecord() {
        ApiKey stored = new ApiKey("k1", "dashboard", Role.ANALYST, "hmac", "cl_abcd", "test admin",
                Instant.parse("2025-06-30T12:00:00Z"), null);
        when(apiKeys.create(eq("dashboard"), eq(Role.ANALYST), argThat(caller -> "test admin".equals(caller.name()))))
                .thenReturn(new ApiKey.Created("cl_abcdefgh", stored));
        var response = as(Role.ADMIN, false).document(CREATE).variable("name", "dashboard").execute();
        response.path("createApiKey.key").entity(String.class).isEqualTo("cl_abcdefgh");
        response.path("createApiKey.apiKey.role").entity(String.class).isEqualTo("ANALYST");
        response.path("createApiKey.apiKey.createdBy").entity(String.class).isEqualTo("test admin");
    }

    @Test
    void aBadNameIsABadRequest() {
        when(apiKeys.create(any(), any(), any()))
                .thenThrow(new InvalidInputException("input.name", "must be 1 to 100 characters"));
        as(Role.ADMIN, false).document(CREATE).variable("name", "").execute()
                .errors().satisfy(onlyError(ErrorType.BAD_REQUEST, "input.name: must be 1 to 100 characters"));
    }

    @Test
    void onlyAdminsManageKeys() {
        // language=GraphQL
        String query = """
                { apiKeys { id } }
                """;
        for (String document : new String[] {query, CREATE}) {
            as(Role.EDITOR, true).document(document).variable("name", "x").execute()
                    .errors().satisfy(onlyError(ErrorType.FORBIDDEN));
        }
        verifyNoInteractions(apiKeys);
    }
}
