package io.customerlens.web;

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
 * Spring for GraphQL's route answers a GET on {@code /graphql} with 405 and a body without the JSON content type
 * with 415, both empty; this fills them with the API's error shape, saying what to send instead.
 */
@Configuration(proxyBeanMethods = false)
class EmptyGraphQlErrorBodies {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> graphQlErrorBodies() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, response);
                int status = response.getStatus();
                if (response.isCommitted() || status != HttpServletResponse.SC_METHOD_NOT_ALLOWED
                        && status != HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE) {
                    return;
                }
                response.reset();
                if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
                    MalformedRequestBodies.methodNotAllowed(request, response);
                } else {
                    response.setHeader("Accept", "application/json");
                    MalformedRequestBodies.unsupportedMediaType(response);
                }
            }
        });
        registration.addUrlPatterns("/graphql");
        return registration;
    }
}
