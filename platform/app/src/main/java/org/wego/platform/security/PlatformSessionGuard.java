package org.wego.platform.security;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Runs on every request of the UI's chain (pages, Vaadin's calls, downloads) of a signed-in session and
 * ends the session when it was revoked on any node, has been idle too long, or is older than the
 * absolute limit; on the first user action after the revalidation interval it asks Keycloak, and ends
 * the session or takes the account's new roles and organisation from the answer. An ended session is
 * invalidated and the request goes on anonymous: a page is sent to sign in, a Vaadin call is answered
 * "session expired" by Vaadin itself, and the browser reloads into the sign-in.
 */
class PlatformSessionGuard extends OncePerRequestFilter {

    /** The session's sign-in as the guard tracks it. */
    static final String SIGN_IN = PlatformSessionGuard.class.getName() + ".signIn";

    private static final Logger LOG = LoggerFactory.getLogger(PlatformSessionGuard.class);

    private final SessionRevocations revocations;
    private final SessionRevalidation revalidation;
    private final SessionSettings settings;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PlatformSessionGuard(
            SessionRevocations revocations, SessionRevalidation revalidation, SessionSettings settings, Clock clock) {
        this.revocations = revocations;
        this.revalidation = revalidation;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What the guard knows of a session's sign-in; kept in the HTTP session so any node can read it.
     *
     * @param subject the account ({@code sub})
     * @param sessionId Keycloak's session ({@code sid}), if the ID token named it
     * @param signedInAt when the platform first saw this sign-in
     * @param lastAction the last user action (heartbeats and polls excluded)
     * @param checkedAt the last time Keycloak confirmed the session
     */
    record SignIn(String subject, @Nullable String sessionId, Instant signedInAt, Instant lastAction, Instant checkedAt)
            implements Serializable {

        boolean isOf(OidcUser user) {
            return subject.equals(user.getSubject()) && Objects.equals(sessionId, user.getClaimAsString("sid"));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof OidcUser user)) {
            chain.doFilter(request, response);
            return;
        }
        var classified = VaadinRequestKind.classify(request);
        HttpServletRequest passOn = classified.request();
        boolean reload = false;
        synchronized (WebUtils.getSessionMutex(session)) {
            Instant now = clock.instant();
            SignIn signIn = session.getAttribute(SIGN_IN) instanceof SignIn known && known.isOf(user)
                    ? known
                    : new SignIn(user.getSubject(), user.getClaimAsString("sid"), now, now, now);
            String ended = ended(signIn, now);
            if (ended == null && classified.kind() == VaadinRequestKind.ACTION) {
                signIn = new SignIn(signIn.subject(), signIn.sessionId(), signIn.signedInAt(), now, signIn.checkedAt());
                if (!now.isBefore(signIn.checkedAt().plus(settings.revalidate()))) {
                    switch (revalidation.check(token, passOn, response)) {
                        case SessionRevalidation.Outcome.Ended why -> {
                            ended = "Keycloak: " + why.why();
                            if (signIn.sessionId() != null) {
                                revocations.revokeSession(
                                        signIn.sessionId(),
                                        signIn.subject(),
                                        "keycloak",
                                        SessionRevocations.Reason.REVALIDATION_FAILED);
                            }
                        }
                        case SessionRevalidation.Outcome.Active active -> {
                            signIn = new SignIn(signIn.subject(), signIn.sessionId(), signIn.signedInAt(), now, now);
                            var context = SecurityContextHolder.createEmptyContext();
                            context.setAuthentication(active.authentication());
                            SecurityContextHolder.setContext(context);
                            contexts.saveContext(context, passOn, response);
                            if (active.changed()) {
                                LOG.info("Roles or organisation of {} changed in Keycloak", signIn.subject());
                                reload = isVaadinCall(passOn);
                            }
                        }
                        case SessionRevalidation.Outcome.Unknown why ->
                            // Keycloak is down: keep serving, ask again on a later action.
                            LOG.warn("Could not revalidate the session of {}: {}", signIn.subject(), why.why());
                    }
                }
            }
            if (ended != null) {
                LOG.info("Session of {} ended: {}", signIn.subject(), ended);
                SecurityContextHolder.clearContext();
                session.invalidate();
            } else {
                session.setAttribute(SIGN_IN, signIn);
            }
        }
        if (reload) {
            // The menu and the open view were built for the old rights: Vaadin's answer makes the browser
            // reload the page, which builds them again for the new ones. The call itself is not run.
            response.setContentType("application/json; charset=UTF-8");
            response.getOutputStream()
                    .write(VaadinService.createSessionExpiredJSON(false).getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(passOn, response);
    }

    /** Why the session must end now, or {@code null}. */
    private @Nullable String ended(SignIn signIn, Instant now) {
        if (revocations.isRevoked(signIn.subject(), signIn.sessionId(), signIn.signedInAt())) {
            return "revoked";
        }
        if (Duration.between(signIn.lastAction(), now).compareTo(settings.idleTimeout()) > 0) {
            return "idle for more than " + settings.idleTimeout();
        }
        if (Duration.between(signIn.signedInAt(), now).compareTo(settings.maxLifetime()) > 0) {
            return "older than " + settings.maxLifetime();
        }
        return null;
    }

    private static boolean isVaadinCall(HttpServletRequest request) {
        return request.getParameter("v-r") != null;
    }
}
