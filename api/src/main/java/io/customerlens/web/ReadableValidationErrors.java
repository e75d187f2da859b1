package io.customerlens.web;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.List;
import java.util.Map;
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

    // The AST class names spelled out: a free \w+ before "Value{" backtracked over long words (a 100,000-character
    // operation name took 33 s)
    private static final Pattern AST_VALUE = Pattern.compile(
            "'?(?:String|Int|Float|Boolean|Enum|Null|Object|Array)Value\\{(?:value|name)=('[^']*'|[^}]*)}'?");
    private static final Pattern AST_EXPECTATION = Pattern.compile(" - Expected an AST type of .*$");
    private static final Pattern JAVA_TYPE = Pattern.compile("'(?:java|javax|graphql)\\.[\\w.]*\\.(\\w+)'");
    private static final Pattern DATE_EXPECTATION = Pattern.compile(
            "Expected a 'String' or 'TemporalAccessor' but was '(\\w+)'");
    private static final Map<String, String> JSON_KINDS = Map.of("Double", "a number", "Integer", "a number",
            "Long", "a number", "BigDecimal", "a number", "BigInteger", "a number", "Boolean", "a boolean",
            "ArrayList", "a list", "LinkedHashMap", "an object", "String", "a string");

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
        message = JAVA_TYPE.matcher(message).replaceAll("'$1'");
        message = DATE_EXPECTATION.matcher(message).replaceAll(found ->
                "Expected a date string like 2025-03-01 but was " + JSON_KINDS.getOrDefault(found.group(1), "another type"));
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(error.getExtensions())
                .build();
    }
}
