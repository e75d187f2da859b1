package io.customerlens.web;

import graphql.GraphQLError;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A GraphQL answer refused as {@link Overload#TOO_MANY_REQUESTS} goes out as HTTP 429 with {@code Retry-After}, so
 * that HTTP clients and proxies back off without reading the body; every other answer keeps its status.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpStatus {

    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
        return new GraphQlHttpHandler(handler) {
            @Override
            protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
                for (GraphQLError error : response.getExecutionResult().getErrors()) {
                    if (error.getErrorType() == Overload.TOO_MANY_REQUESTS) {
                        Object seconds = error.getExtensions() == null ? null
                                : error.getExtensions().get(TooManyRequestsException.RETRY_AFTER);
                        response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds == null ? 1 : seconds));
                        return HttpStatus.TOO_MANY_REQUESTS;
                    }
                }
                return super.selectResponseStatus(response, mediaType);
            }
        };
    }
}
