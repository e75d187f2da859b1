package io.customerlens.security;

import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the request's {@link Caller} into the GraphQL context, where the field checks read it. The context, unlike
 * a thread-local, goes along with the execution to whichever thread a data fetcher runs on.
 *
 * <p>Over WebSocket the caller is found once, when the connection starts: from the {@code connection_init}
 * payload's {@code apiKey} (browsers cannot set headers on a WebSocket), else the handshake's {@code X-API-Key} or
 * {@code Authorization: Bearer} header, else anonymous access if it is on. A connection without a valid caller is
 * refused (closed with 4401); every operation on it then runs as that caller.
 */
@Component
class CallerInterceptor implements WebSocketGraphQlInterceptor {

    static final String INIT_PAYLOAD_KEY = "apiKey";

    private final ApiKeys apiKeys;

    CallerInterceptor(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Object caller = request instanceof WebSocketGraphQlRequest socket
                ? socket.getSessionInfo().getAttributes().get(Caller.CONTEXT_KEY)
                : request.getAttributes().get(Caller.CONTEXT_KEY);
        if (caller instanceof Caller found) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(Caller.CONTEXT_KEY, found)).build());
        }
        return chain.next(request);
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        String key = payload.get(INIT_PAYLOAD_KEY) instanceof String given && !given.isBlank() ? given.strip()
                : ApiKeyAuthenticationFilter.key(session.getHeaders().getFirst(ApiKeyAuthenticationFilter.HEADER),
                session.getHeaders().getFirst("Authorization"));
        Optional<Caller> caller = key == null ? apiKeys.anonymous() : apiKeys.authenticate(key);
        if (caller.isEmpty()) {
            return Mono.error(new IllegalStateException(key == null
                    ? "an API key is required: send it as apiKey in the connection_init payload"
                    : "the API key is not valid: it is unknown or was revoked"));
        }
        session.getAttributes().put(Caller.CONTEXT_KEY, caller.get());
        return Mono.empty();
    }
}
