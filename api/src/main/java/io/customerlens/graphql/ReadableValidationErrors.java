package io.customerlens.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Rewrites graphql-java's validation messages so that they quote the caller's value rather than parser
 * internals: {@code with value 'StringValue{value='ten'}' is not a valid 'Float' - Expected an AST type of ...}
 * becomes {@code with value 'ten' is not a valid 'Float'}.
 */
@Component
class ReadableValidationErrors implements WebGraphQlInterceptor {

    private static final Pattern AST_VALUE = Pattern.compile("'?\\w+Value\\{value=('[^']*'|[^}]*)}'?");
    private static final Pattern AST_EXPECTATION = Pattern.compile(" - Expected an AST type of .*$");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.stream().noneMatch(ReadableValidationErrors::isValidation)) {
                return response;
            }
            return response.transform(result -> result.errors(errors.stream().map(ReadableValidationErrors::readable).toList()));
        });
    }

    private static boolean isValidation(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        return type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax;
    }

    private static GraphQLError readable(GraphQLError error) {
        if (!isValidation(error)) {
            return error;
        }
        String message = AST_EXPECTATION.matcher(AST_VALUE.matcher(error.getMessage()).replaceAll("$1")).replaceAll("");
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(error.getExtensions())
                .build();
    }
}
