package io.customerlens.trusted;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.customerlens.security.Caller;
import io.customerlens.security.Role;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * With trusted documents on, refuses a request whose document is not registered before anything is parsed or run:
 * a FORBIDDEN error naming the document's id, which an admin can register. Admins' requests pass, so they can
 * register documents and look into the API.
 */
@Component
@Order(0)
class TrustedDocumentsInterceptor implements WebGraphQlInterceptor {

    private final TrustedDocumentsProperties properties;
    private final TrustedDocuments documents;

    TrustedDocumentsInterceptor(TrustedDocumentsProperties properties, TrustedDocuments documents) {
        this.properties = properties;
        this.documents = documents;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!properties.enabled() || request.getAttributes().get(Caller.CONTEXT_KEY) instanceof Caller caller
                && caller.role() == Role.ADMIN) {
            return chain.next(request);
        }
        String id = TrustedDocuments.idOf(request.getDocument());
        if (documents.trusted(id)) {
            return chain.next(request);
        }
        ExecutionResult refused = ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.FORBIDDEN)
                .message("this server runs only trusted documents, and this one (" + id + ") is not: send the text"
                        + " of a registered document unchanged, or have an admin register it (registerTrustedDocument)")
                .extensions(new TreeMap<>(Map.of("documentId", id))).build()).build();
        return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused)));
    }
}
