package io.customerlens.web;

import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
                    tooLarge(response, max);
                    return;
                }
                if (request.getContentLengthLong() < 0 && "POST".equals(request.getMethod())) {
                    // No length given (chunked): read up to the limit here rather than let the body through unchecked
                    byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, max) + 1);
                    if (body.length > max) {
                        tooLarge(response, max);
                        return;
                    }
                    chain.doFilter(new ReadBody(request, body), response);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/graphql");
        return registration;
    }

    private static void tooLarge(HttpServletResponse response, long max) throws IOException {
        HttpErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "BAD_REQUEST",
                "request body is larger than " + max + " bytes");
    }

    /** A request whose body was read already (to count it), served again from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
