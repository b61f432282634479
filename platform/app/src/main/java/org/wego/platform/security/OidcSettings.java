package org.wego.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the identity provider is and how the platform identifies itself to it.
 *
 * @param issuer the realm's issuer URL ({@code WEGO_OIDC_ISSUER}), e.g. {@code http://localhost:8180/realms/wego}
 * @param clientId the platform's client ({@code WEGO_OIDC_CLIENT_ID})
 * @param clientSecret its secret ({@code WEGO_OIDC_CLIENT_SECRET})
 */
@ConfigurationProperties("wego.oidc")
record OidcSettings(String issuer, String clientId, String clientSecret) {

    OidcSettings {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("WEGO_OIDC_ISSUER is not set: start the platform with `./wego run`,"
                    + " or point it at your Keycloak realm (see README, Settings).");
        }
    }
}
