package io.customerlens.security;

import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Who am I, and the admin's API key management. Roles are checked by the schema's {@code @requires}. */
@Controller
class ApiKeyController {

    private final ApiKeys apiKeys;

    ApiKeyController(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    /**
     * The input of {@code createApiKey}.
     *
     * @param name who or what will use the key
     * @param role what it may do
     */
    record CreateApiKeyInput(String name, Role role) {
    }

    @QueryMapping
    Caller me(@ContextValue(name = Caller.CONTEXT_KEY) Caller caller) {
        return caller;
    }

    @QueryMapping
    List<ApiKey> apiKeys() {
        return apiKeys.list();
    }

    @MutationMapping
    ApiKey.Created createApiKey(@Argument CreateApiKeyInput input,
                                @ContextValue(name = Caller.CONTEXT_KEY) Caller caller) {
        return apiKeys.create(input.name(), input.role(), caller);
    }

    @MutationMapping
    ApiKey revokeApiKey(@Argument String id, @ContextValue(name = Caller.CONTEXT_KEY) Caller caller) {
        return apiKeys.revoke(id, caller);
    }
}
