package io.customerlens.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the container forwards a failed request; asked for directly it has no error to show, and
 * Spring Boot answered with status 999 as a 500. A direct request gets a 404 in the API's error shape. A refusal the
 * container forwards there for {@code /graphql} or an upload (a TRACE, which Tomcat refuses itself) gets the API's
 * error shape too rather than Spring Boot's; other forwards pass as before.
 */
@Component
class DirectErrorPageRequests extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.REQUEST && "/error".equals(request.getRequestURI())) {
            HttpErrors.write(response, HttpServletResponse.SC_NOT_FOUND, "NOT_FOUND",
                    "/error is not an endpoint of this API; GraphQL is at /graphql");
            return;
        }
        if (request.getDispatcherType() == DispatcherType.ERROR && !response.isCommitted()
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && (uri.equals("/graphql") || uri.startsWith("/import/"))
                && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status) {
            if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED && uri.equals("/graphql")) {
                MalformedRequestBodies.methodNotAllowed(request, response);
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            HttpErrors.write(response, status, status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST",
                    (known == null ? "status " + status : known.getReasonPhrase()) + " on " + uri);
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
