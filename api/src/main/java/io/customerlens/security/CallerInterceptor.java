package io.customerlens.security;

import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the request's {@link Caller} into the GraphQL context, where the field checks read it. The context, unlike
 * a thread-local, goes along with the execution to whichever thread a data fetcher runs on.
 */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request.getAttributes().get(Caller.CONTEXT_KEY) instanceof Caller caller) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(Caller.CONTEXT_KEY, caller)).build());
        }
        return chain.next(request);
    }
}
