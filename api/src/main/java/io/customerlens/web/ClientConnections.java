package io.customerlens.web;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells long work whether the client of its GraphQL request is still there: the container reports an error, a
 * timeout or a completion of a request served asynchronously, and the GraphQL context carries the answer to the data
 * fetchers as a {@link Client} under {@link #CONTEXT_KEY}. Over HTTP/1.1 Tomcat notices a connection the client
 * closed only when it writes to it, so for an abandoned population view it is the view's deadline that ends it.
 */
@Configuration(proxyBeanMethods = false)
class ClientConnections {

    static final String CONTEXT_KEY = "customerlens.client";

    /** One request's client. */
    static final class Client implements AsyncListener {
        private volatile boolean gone;

        boolean gone() {
            return gone;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            gone = true;
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            gone = true;
        }

        @Override
        public void onError(AsyncEvent event) {
            gone = true;
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this); // listeners are dropped when async starts again
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> clientConnectionsFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Client client = new Client();
                request.setAttribute(CONTEXT_KEY, client);
                chain.doFilter(request, response);
                if (request.isAsyncStarted()) {
                    request.getAsyncContext().addListener(client);
                }
            }
        });
        registration.addUrlPatterns("/graphql");
        return registration;
    }

    @Bean
    WebGraphQlInterceptor clientConnectionsInterceptor() {
        return (request, chain) -> {
            if (request.getAttributes().get(CONTEXT_KEY) instanceof Client client) {
                request.configureExecutionInput((input, builder) ->
                        builder.graphQLContext(Map.of(CONTEXT_KEY, client)).build());
            }
            return chain.next(request);
        };
    }
}
