package io.customerlens.sample;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.customerlens.web.HttpErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import reactor.core.publisher.Mono;

/**
 * While the sample data the server was asked to load is not in the store yet, GraphQL requests and
 * {@code GET /api/customers} get a classified "loading sample data (n of N)" error instead of an empty or partial
 * answer. Normally the data loads before the port opens; this covers a store that was down at start-up.
 */
@Component
class SampleDataGate implements WebGraphQlInterceptor, WebMvcConfigurer {

    private final SampleDataStatus status;

    SampleDataGate(SampleDataStatus status) {
        this.status = status;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!status.pending()) {
            return chain.next(request);
        }
        ExecutionResult loading = ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.INTERNAL_ERROR).message(status.message())
                .extensions(new TreeMap<>(Map.of("reason", "LOADING_SAMPLE_DATA", "retryable", true))).build()).build();
        return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), loading)));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws IOException {
                if (!status.pending()) {
                    return true;
                }
                HttpErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, ErrorType.INTERNAL_ERROR.name(),
                        status.message());
                return false;
            }
        }).addPathPatterns("/api/**");
    }
}
