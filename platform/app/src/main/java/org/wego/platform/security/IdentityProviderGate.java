package org.wego.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in before the browser is sent to an unreachable Keycloak, and shows the
 * "sign-in unavailable" page instead, which retries by itself.
 */
class IdentityProviderGate extends OncePerRequestFilter {

    private final IdentityProvider identityProvider;

    IdentityProviderGate(IdentityProvider identityProvider) {
        this.identityProvider = identityProvider;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/authorization/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (identityProvider.isReachable()) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/" + SignInProblemPages.UNAVAILABLE);
        }
    }
}
