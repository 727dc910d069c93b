package org.medvigil.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>} requests by API key. A key that is unknown
 * or revoked is refused at once with 401 rather than passed on as anonymous. Not a Spring bean,
 * so the servlet container does not also run it outside the API's filter chain.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final ApiKeyService keys;
    private final ProblemResponses problems;

    ApiKeyAuthenticationFilter(ApiKeyService keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Actor> actor = keys.authenticate(header.substring(BEARER.length()).trim());
        if (actor.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"medvigil\", error=\"invalid_token\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "the API key is unknown or revoked");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(actor.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
