package io.customerlens.web;

import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what one request may ask of the server: query depth and estimated complexity (checked by graphql-java
 * before anything runs) and the size of the request body.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(ApiProperties api) {
        return new MaxQueryDepthInstrumentation(api.maxQueryDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(ApiProperties api) {
        return new MaxQueryComplexityInstrumentation(api.maxQueryComplexity(), QueryLimits::complexity);
    }

    /** 1 for the field plus its selection, which a connection ({@code first} argument) returns {@code first} times. */
    static int complexity(FieldComplexityEnvironment field, int selection) {
        Object first = field.getArguments().get("first");
        int times = first instanceof Integer count && count > 1 ? count : 1;
        return 1 + times * selection;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestSizeLimit(ApiProperties api) {
        long max = api.maxRequestSize().toBytes();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getContentLengthLong() > max) {
                    HttpErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "BAD_REQUEST",
                            "request body is larger than " + max + " bytes");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/graphql");
        return registration;
    }
}
