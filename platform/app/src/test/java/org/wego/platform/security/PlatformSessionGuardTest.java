package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The guard's clock rules: heartbeats and timer polls never ask Keycloak and never keep a session
 * alive; the first user action after the interval asks once; idle and absolute limits end a session.
 */
class PlatformSessionGuardTest {

    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");

    private final MutableClock clock = new MutableClock();
    private final SessionRevocations revocations = mock(SessionRevocations.class);
    private final SessionRevalidation revalidation = mock(SessionRevalidation.class);
    private final SessionSettings settings = new SessionSettings(
            Duration.ofMinutes(30), Duration.ofMinutes(25), Duration.ofHours(12), Duration.ofMinutes(5), null);
    private final PlatformSessionGuard guard = new PlatformSessionGuard(revocations, revalidation, settings, clock);
    private final MockHttpSession session = new MockHttpSession();
    private OAuth2AuthenticationToken signedIn;

    @BeforeEach
    void signIn() {
        var token = new OidcIdToken(
                "id-token",
                START,
                START.plusSeconds(300),
                Map.of("sub", "user-1", "sid", "session-1", "org_id", "vn-hanoi"));
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_member-city"));
        signedIn = new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token), authorities, "keycloak");
        when(revalidation.check(any(), any(), any()))
                .thenAnswer(call -> new SessionRevalidation.Outcome.Active(call.getArgument(0), false));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void heartbeatsAndPollsAfterTheIntervalNeverAskKeycloak() throws Exception {
        send(page());
        clock.advance(Duration.ofMinutes(6));

        send(heartbeat());
        send(poll());
        send(poll());

        verify(revalidation, never()).check(any(), any(), any());
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void theFirstActionAfterTheIntervalAsksKeycloakOnce() throws Exception {
        send(page());
        clock.advance(Duration.ofMinutes(4));
        send(click());
        verify(revalidation, never()).check(any(), any(), any());

        clock.advance(Duration.ofMinutes(2));
        send(click());
        send(click());

        verify(revalidation, times(1)).check(any(), any(), any());
    }

    @Test
    void heartbeatsAndPollsDoNotKeepAnIdleSessionAlive() throws Exception {
        send(page());
        for (int minute = 1; minute <= 30; minute++) {
            clock.advance(Duration.ofMinutes(1));
            send(minute % 5 == 0 ? heartbeat() : poll());
            assertThat(session.isInvalid()).as("minute " + minute).isFalse();
        }
        clock.advance(Duration.ofMinutes(1));
        send(poll());

        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void anActiveSessionEndsAfterTheAbsoluteLimit() throws Exception {
        send(page());
        for (int i = 0; i < 12 * 6; i++) {
            clock.advance(Duration.ofMinutes(10));
            send(click());
            assertThat(session.isInvalid()).isFalse();
        }
        clock.advance(Duration.ofMinutes(1));
        send(click());

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aRevokedSessionIsInvalidatedOnItsNextRequestEvenAHeartbeat() throws Exception {
        send(page());
        when(revocations.isRevoked(eq("user-1"), eq("session-1"), any())).thenReturn(true);

        send(heartbeat());

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionKeycloakNoLongerHoldsEndsAndIsRevokedForEveryNode() throws Exception {
        send(page());
        when(revalidation.check(any(), any(), any())).thenReturn(new SessionRevalidation.Outcome.Ended("disabled"));
        clock.advance(Duration.ofMinutes(6));

        send(click());

        assertThat(session.isInvalid()).isTrue();
        verify(revocations)
                .revokeSession(
                        eq("session-1"), eq("user-1"), anyString(), eq(SessionRevocations.Reason.REVALIDATION_FAILED));
    }

    @Test
    void whileKeycloakIsDownTheSessionGoesOn() throws Exception {
        send(page());
        when(revalidation.check(any(), any(), any())).thenReturn(new SessionRevalidation.Outcome.Unknown("down"));
        clock.advance(Duration.ofMinutes(6));

        send(click());

        assertThat(session.isInvalid()).isFalse();
    }

    private void send(MockHttpServletRequest request) throws Exception {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        if (session.isInvalid()) {
            return;
        }
        request.setSession(session);
        guard.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private static MockHttpServletRequest page() {
        return new MockHttpServletRequest("GET", "/");
    }

    private static MockHttpServletRequest heartbeat() {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "heartbeat");
        return request;
    }

    private static MockHttpServletRequest poll() {
        return uidl("{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\"}],"
                + "\"syncId\":3,\"clientId\":3}");
    }

    private static MockHttpServletRequest click() {
        return uidl("{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"node\":42,\"event\":\"click\","
                + "\"data\":{}}],\"syncId\":4,\"clientId\":4}");
    }

    private static MockHttpServletRequest uidl(String body) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static final class MutableClock extends Clock {

        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
