package io.customerlens.security;

import io.customerlens.web.HttpErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the API key from {@code X-API-Key} (or {@code Authorization: Bearer <key>}) and makes its caller the
 * request's principal. A request without a key gets the anonymous caller when anonymous access is on; a request
 * with a wrong key is refused here, even where anonymous access would have been allowed; an address that sent too
 * many wrong keys is refused for a while before its key is checked ({@link WrongKeyThrottle}).
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);

    private final ApiKeys apiKeys;
    private final WrongKeyThrottle throttle;

    ApiKeyAuthenticationFilter(ApiKeys apiKeys, WrongKeyThrottle throttle) {
        this.apiKeys = apiKeys;
        this.throttle = throttle;
    }

    /**
     * A response finished on another thread (a GraphQL answer still waiting for model calls) is written in an async
     * dispatch, which must be authenticated again: with the caller the request already proved.
     */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(request) && request.getAttribute(Caller.CONTEXT_KEY) instanceof Caller known) {
            authenticate(known);
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        Optional<Caller> caller;
        if (key == null) {
            caller = apiKeys.anonymous();
        } else {
            Duration backoff = throttle.backoff(request.getRemoteAddr());
            if (!backoff.isZero()) {
                long seconds = Math.max(1, (backoff.toMillis() + 999) / 1000);
                response.setHeader("Retry-After", String.valueOf(seconds));
                HttpErrors.write(response, 429, "TOO_MANY_REQUESTS", "too many wrong API keys from this address;"
                        + " retry after " + seconds + " s");
                return;
            }
            try {
                caller = apiKeys.authenticate(key);
            } catch (DataAccessException e) {
                log.warn("Could not check an API key: the store is unavailable ({})", e.toString());
                HttpErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "INTERNAL_ERROR",
                        "the customer store is unavailable, so the API key could not be checked; try again shortly");
                return;
            }
            if (caller.isEmpty()) {
                throttle.wrongKey(request.getRemoteAddr());
                HttpErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
                        "the API key is not valid: it is unknown or was revoked");
                return;
            }
        }
        caller.ifPresent(found -> {
            authenticate(found);
            request.setAttribute(Caller.CONTEXT_KEY, found); // read by CallerInterceptor, whatever thread it runs on
        });
        chain.doFilter(request, response);
    }

    private static void authenticate(Caller caller) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(caller, null,
                AuthorityUtils.createAuthorityList(caller.role().authorities()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    private static String key(HttpServletRequest request) {
        return key(request.getHeader(HEADER), request.getHeader("Authorization"));
    }

    /** @return the key of an {@code X-API-Key} header, else of an {@code Authorization: Bearer} one, or null */
    static String key(String apiKeyHeader, String authorization) {
        String key = apiKeyHeader;
        if (key == null && authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            key = authorization.substring(BEARER.length());
        }
        return key == null || key.isBlank() ? null : key.strip();
    }
}
