package org.wego.platform.security;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * What the UI's chain adds so that a platform session ends with the account's Keycloak session:
 * OIDC back-channel logout (Spring Security's, which validates Keycloak's logout token) and the
 * platform's sign-out each write a revocation, and {@link PlatformSessionGuard} checks every request.
 */
@Configuration
class PlatformSessions {

    /** Where Keycloak posts its logout tokens (Spring Security's default path for our registration). */
    static final String BACK_CHANNEL_LOGOUT_PATH = "/logout/connect/back-channel/" + IdentityProvider.REGISTRATION_ID;

    private final SessionRevocations revocations;
    private final SessionRevalidation revalidation;
    private final SessionSettings settings;
    private final Clock clock;

    PlatformSessions(
            SessionRevocations revocations, SessionRevalidation revalidation, SessionSettings settings, Clock clock) {
        this.revocations = revocations;
        this.revalidation = revalidation;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The tokens of each sign-in (the refresh token revalidation uses) live in its HTTP session, not in
     * one node's memory, and go with it.
     */
    @Bean
    static OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Adds back-channel logout, the sign-out revocation and the session guard to the UI's chain. */
    void applyTo(HttpSecurity http) throws Exception {
        http.oidcLogout(
                logout -> logout.backChannel(backChannel -> backChannel.logoutHandler(this::backChannelLogout)));
        http.logout(logout -> logout.addLogoutHandler(signOut()));
        http.addFilterBefore(
                new PlatformSessionGuard(revocations, revalidation, settings, clock), AuthorizationFilter.class);
    }

    /** Keycloak ended a session (validated logout token): revoke it on every node. */
    private void backChannelLogout(
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            @Nullable Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcLogoutToken token)) {
            return;
        }
        if (token.getSessionId() != null) {
            revocations.revokeSession(
                    token.getSessionId(),
                    token.getSubject(),
                    "keycloak",
                    SessionRevocations.Reason.BACK_CHANNEL_LOGOUT);
        } else if (token.getSubject() != null) {
            revocations.revokeAccount(token.getSubject(), "keycloak", SessionRevocations.Reason.BACK_CHANNEL_LOGOUT);
        }
    }

    /** The user signed out here: the Keycloak session ends for every node, not only this one's HTTP session. */
    private LogoutHandler signOut() {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
                String sid = user.getClaimAsString("sid");
                if (sid != null) {
                    revocations.revokeSession(
                            sid, user.getSubject(), user.getSubject(), SessionRevocations.Reason.SIGNED_OUT);
                } else {
                    revocations.revokeAccount(
                            user.getSubject(), user.getSubject(), SessionRevocations.Reason.SIGNED_OUT);
                }
            }
        };
    }
}
