package org.wego.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a browser sign-in lasts and how often it is checked with Keycloak.
 *
 * @param idleTimeout a session without a user action for this long ends ({@code WEGO_SESSION_IDLE_TIMEOUT}, 30 min);
 *     heartbeats and timer polls are not user actions
 * @param idleWarning when the "stay signed in" warning shows ({@code WEGO_SESSION_IDLE_WARNING}, 25 min)
 * @param maxLifetime a session ends this long after signing in, whatever the user does
 *     ({@code WEGO_SESSION_MAX_LIFETIME}, 12 h)
 * @param revalidate the first user action after this long asks Keycloak whether the session and the account are
 *     still active and takes changed roles and organisation from it ({@code WEGO_SESSION_REVALIDATE}, 5 min)
 * @param revocationCache how long a node may answer from its copy of the revocations table (at most 5 s)
 */
@ConfigurationProperties("wego.session")
record SessionSettings(
        Duration idleTimeout,
        Duration idleWarning,
        Duration maxLifetime,
        Duration revalidate,
        Duration revocationCache) {

    static final Duration LONGEST_REVOCATION_CACHE = Duration.ofSeconds(5);

    SessionSettings {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        idleWarning = idleWarning == null ? Duration.ofMinutes(25) : idleWarning;
        maxLifetime = maxLifetime == null ? Duration.ofHours(12) : maxLifetime;
        revalidate = revalidate == null ? Duration.ofMinutes(5) : revalidate;
        revocationCache = revocationCache == null || revocationCache.compareTo(LONGEST_REVOCATION_CACHE) > 0
                ? LONGEST_REVOCATION_CACHE
                : revocationCache;
        if (idleWarning.compareTo(idleTimeout) >= 0) {
            throw new IllegalStateException("WEGO_SESSION_IDLE_WARNING (" + idleWarning
                    + ") must be shorter than WEGO_SESSION_IDLE_TIMEOUT (" + idleTimeout + ")");
        }
    }
}
