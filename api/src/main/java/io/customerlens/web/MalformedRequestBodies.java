package io.customerlens.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers requests to {@code /graphql} that fail before GraphQL runs (a body that is not a GraphQL request, the
 * wrong content type) in the GraphQL error shape, classified, instead of Spring Boot's generic error page.
 * Errors inside GraphQL never get here: graphql-java reports them in the response.
 */
@Component
class MalformedRequestBodies implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestBodies.class);
    static final String EXPECTED = "the request body must be a JSON object with a 'query' string and optional "
            + "'variables' object and 'operationName' string";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!"/graphql".equals(request.getRequestURI()) || response.isCommitted()) {
            return null;
        }
        try {
            if (exception instanceof NoResourceFoundException || exception instanceof HttpRequestMethodNotSupportedException) {
                // PUT, DELETE, PATCH: no route takes them, and the static resources said "not found" as a 500
                methodNotAllowed(request, response);
            } else if (exception instanceof HttpMediaTypeNotSupportedException) {
                unsupportedMediaType(response);
            } else if (exception instanceof HttpMessageNotReadableException || exception instanceof ServerWebInputException
                    // Spring for GraphQL 1.4 reads a JSON null body as no request and fails on it with an NPE
                    || exception instanceof NullPointerException || exception instanceof IllegalArgumentException) {
                HttpErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, "BAD_REQUEST", EXPECTED);
            } else {
                String errorId = UUID.randomUUID().toString();
                log.error("Unexpected error [{}] serving /graphql", errorId, exception);
                HttpErrors.write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                        "Internal error (error " + errorId + ")");
            }
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    /** Answers a body that is not declared JSON on {@code /graphql}: 415, naming what to send. */
    static void unsupportedMediaType(HttpServletResponse response) throws IOException {
        HttpErrors.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "BAD_REQUEST",
                "send the request as Content-Type: application/json; " + EXPECTED);
    }

    /** Answers a method other than POST on {@code /graphql}: 405, naming what to send. */
    static void methodNotAllowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        HttpErrors.write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "BAD_REQUEST",
                request.getMethod() + " is not supported on /graphql: send POST with " + EXPECTED);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
