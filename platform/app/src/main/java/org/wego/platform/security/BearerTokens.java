package org.wego.platform.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.wego.plugin.api.Role;

/**
 * Bearer tokens on {@code /api/**}: Keycloak access tokens of the platform's own clients ({@link
 * ApiTokenSettings}), checked against the realm's keys and issuer. Realm roles become {@code ROLE_*}
 * authorities exactly as at a browser sign-in, so an API call is the same {@link
 * org.wego.plugin.api.SignedInUser} as the UI's; a client's scopes ({@code scope} and the realm's
 * {@code wego_scope} claim, which a client mapper sets because the realm keeps Keycloak's default
 * client scopes) become {@code SCOPE_*} authorities.
 */
final class BearerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    /** The claim the realm's client mappers put platform scopes in, e.g. {@code directory:read}. */
    static final String PLATFORM_SCOPE_CLAIM = "wego_scope";

    /** Keycloak's claim telling an access token ({@code Bearer}) from an ID or refresh token. */
    static final String TOKEN_TYPE_CLAIM = "typ";

    static final String ACCESS_TOKEN_TYPE = "Bearer";

    /** The client a token was issued to. */
    static final String AUTHORISED_PARTY_CLAIM = "azp";

    /**
     * Validates the signature, then {@link #validator the claims}. The keys are fetched on first use, not at start, so the
     * platform starts while Keycloak is down (like {@link IdentityProvider}).
     */
    static JwtDecoder decoder(String issuer, ApiTokenSettings settings) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/protocol/openid-connect/certs")
                .build();
        decoder.setJwtValidator(validator(issuer, settings));
        return decoder;
    }

    /**
     * Spring's defaults (expiry, not-before) plus: the realm's issuer, an expiry at all, an access token
     * (an ID token carries the same claims and would otherwise pass), issued to one of our clients (any
     * other client of the realm, {@code admin-cli} included, can mint tokens for the same users), and
     * meant for the platform.
     */
    static OAuth2TokenValidator<Jwt> validator(String issuer, ApiTokenSettings settings) {
        Set<String> clients = Set.copyOf(settings.clients());
        return JwtValidators.createDefaultWithValidators(List.of(
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Object>(TOKEN_TYPE_CLAIM, ACCESS_TOKEN_TYPE::equals),
                // Typed as Object: a missing or non-text claim is a refusal, never an exception.
                new JwtClaimValidator<Object>(
                        AUTHORISED_PARTY_CLAIM, party -> party instanceof String name && clients.contains(name)),
                new JwtAudienceValidator(settings.audience())));
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<GrantedAuthority> authorities = new HashSet<>();
        KeycloakUserService.realmRoles(jwt.getClaims()).stream()
                .flatMap(name -> Role.fromClaimValue(name).stream())
                .forEach(role ->
                        authorities.add(new SimpleGrantedAuthority(PlatformUsers.ROLE_PREFIX + role.claimValue())));
        for (String claim : new String[] {"scope", PLATFORM_SCOPE_CLAIM}) {
            String scopes = jwt.getClaimAsString(claim);
            if (scopes != null) {
                Arrays.stream(scopes.split(" "))
                        .filter(scope -> !scope.isBlank())
                        .forEach(scope ->
                                authorities.add(new SimpleGrantedAuthority(PlatformUsers.SCOPE_PREFIX + scope)));
            }
        }
        String name = jwt.getClaimAsString("preferred_username");
        return new JwtAuthenticationToken(jwt, authorities, name == null ? jwt.getSubject() : name);
    }
}
