package org.wego.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The Keycloak realm as the platform's only client registration, discovered on first use rather
 * than at start-up: the platform must start, and keep serving signed-in users, while Keycloak is
 * down. Reachability is probed at most every few seconds so a sign-in attempt can be answered with
 * a clear page instead of a browser error.
 */
@Component
public class IdentityProvider implements ClientRegistrationRepository {

    /** The registration id, as in {@code /oauth2/authorization/keycloak}. */
    public static final String REGISTRATION_ID = "keycloak";

    private static final Logger LOG = LoggerFactory.getLogger(IdentityProvider.class);
    private static final Duration PROBE_INTERVAL = Duration.ofSeconds(3);

    private final OidcSettings settings;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile @Nullable ClientRegistration registration;
    private volatile Instant lastProbe = Instant.MIN;
    private volatile boolean lastProbeReachable;

    IdentityProvider(OidcSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        return known != null ? known : discover();
    }

    /** Whether Keycloak answers now (probed at most every few seconds). */
    public boolean isReachable() {
        Instant now = clock.instant();
        if (now.isAfter(lastProbe.plus(PROBE_INTERVAL))) {
            lastProbeReachable = probe() && findByRegistrationId(REGISTRATION_ID) != null;
            lastProbe = now;
        }
        return lastProbeReachable;
    }

    /** The realm's issuer URL. */
    public String issuer() {
        return settings.issuer();
    }

    /** Where users manage their own password and sessions. */
    public String accountConsoleUrl() {
        return settings.issuer() + "/account";
    }

    private synchronized @Nullable ClientRegistration discover() {
        if (registration != null) {
            return registration;
        }
        try {
            registration = ClientRegistrations.fromIssuerLocation(settings.issuer())
                    .registrationId(REGISTRATION_ID)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope("openid", "profile", "email")
                    .userNameAttributeName("preferred_username")
                    .build();
            LOG.info("Identity provider found at {}", settings.issuer());
        } catch (RuntimeException e) {
            LOG.warn("Identity provider at {} is not reachable: {}", settings.issuer(), e.getMessage());
        }
        return registration;
    }

    private boolean probe() {
        var request = HttpRequest.newBuilder(URI.create(settings.issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
