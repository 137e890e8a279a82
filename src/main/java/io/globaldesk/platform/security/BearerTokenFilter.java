package io.globaldesk.platform.security;

import java.io.IOException;
import java.util.Optional;

import io.globaldesk.platform.GlobalDeskProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}: the configured admin token, or an API token looked up by its
 * hash. A token that is presented but unknown, revoked or expired is answered 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final Actor AUTOMATION = new Actor(null, "admin-token", Role.ADMIN, null, null, null);

    private final ApiTokenAuthority tokens;
    private final GlobalDeskProperties properties;
    private final ProblemEntryPoint entryPoint;

    BearerTokenFilter(ApiTokenAuthority tokens, GlobalDeskProperties properties, ProblemEntryPoint entryPoint) {
        this.tokens = tokens;
        this.properties = properties;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).strip();
        Optional<Actor> actor = resolve(token);
        if (actor.isEmpty()) {
            entryPoint.commence(request, response, null);
            return;
        }
        ActorPrincipal principal = new ActorPrincipal(actor.get(), actor.get().name(), null, true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<Actor> resolve(String token) {
        if (token.isEmpty() || token.length() > 512) return Optional.empty();
        String adminToken = properties.security().adminToken();
        if (adminToken != null && !adminToken.isBlank() && Tokens.constantTimeEquals(adminToken, token)) {
            return Optional.of(AUTOMATION);
        }
        return tokens.actorForTokenHash(Tokens.sha256(token));
    }
}
