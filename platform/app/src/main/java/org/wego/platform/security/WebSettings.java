package org.wego.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the platform treats the open web: anonymous visitors of public pages and the browser's security
 * headers (README, Settings).
 *
 * @param publicRequestsPerMinute requests an anonymous client address may make to public pages and
 *     endpoints per minute ({@code WEGO_PUBLIC_RATE_LIMIT}); 0 turns the limit off (local benchmarks)
 * @param anonymousSessionTimeout how long the session of an anonymous visit lives without a request
 *     until a browser shows it is there ({@code WEGO_ANONYMOUS_SESSION_TIMEOUT}); a page request by a
 *     script that never comes back costs the server this long at most
 * @param hstsMaxAge how long browsers keep to HTTPS after a page served over it ({@code
 *     WEGO_HSTS_MAX_AGE}); 0 sends no {@code Strict-Transport-Security}
 */
@ConfigurationProperties("wego.web")
record WebSettings(int publicRequestsPerMinute, Duration anonymousSessionTimeout, Duration hstsMaxAge) {

    WebSettings {
        if (publicRequestsPerMinute < 0) {
            throw new IllegalStateException(
                    "WEGO_PUBLIC_RATE_LIMIT must be 0 (off) or more, not " + publicRequestsPerMinute);
        }
        if (anonymousSessionTimeout == null || anonymousSessionTimeout.toSeconds() < 10) {
            throw new IllegalStateException("WEGO_ANONYMOUS_SESSION_TIMEOUT must be 10s or more");
        }
        if (hstsMaxAge == null || hstsMaxAge.isNegative()) {
            throw new IllegalStateException("WEGO_HSTS_MAX_AGE must be 0 (off) or a duration such as 365d");
        }
    }
}
