package io.customerlens.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the container forwards a failed request; asked for directly it has no error to show, and
 * Spring Boot answered with status 999 as a 500. A direct request gets a 404 in the API's error shape; forwards
 * (dispatcher type ERROR) pass as before.
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
        chain.doFilter(request, response);
    }
}
