package org.wego.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks Keycloak whether a browser sign-in still holds, with the refresh-token grant of the session's
 * own authorized client: Keycloak refuses it once the session has ended or the account is disabled, and
 * otherwise answers with tokens that carry the account's current roles and {@code org_id}. The new
 * ID token is validated and read like the one of the sign-in (Spring's decoder, {@link KeycloakUserService}).
 */
@Component
class SessionRevalidation {

    /** What Keycloak said about a session. */
    sealed interface Outcome {
        /** Still active; {@code authentication} carries the current claims, {@code changed} if roles or organisation differ. */
        record Active(OAuth2AuthenticationToken authentication, boolean changed) implements Outcome {}

        /** Ended, or the account is disabled. */
        record Ended(String why) implements Outcome {}

        /** Keycloak could not be asked; the session goes on (the platform keeps serving while Keycloak is down). */
        record Unknown(String why) implements Outcome {}
    }

    private static final Logger LOG = LoggerFactory.getLogger(SessionRevalidation.class);

    private final IdentityProvider identityProvider;
    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final KeycloakUserService users;
    private final OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> tokens = tokenClient();
    private final OidcIdTokenDecoderFactory idTokenDecoders = new OidcIdTokenDecoderFactory();

    SessionRevalidation(
            IdentityProvider identityProvider,
            OAuth2AuthorizedClientRepository authorizedClients,
            KeycloakUserService users) {
        this.identityProvider = identityProvider;
        this.authorizedClients = authorizedClients;
        this.users = users;
    }

    Outcome check(OAuth2AuthenticationToken signedIn, HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizedClient client =
                authorizedClients.loadAuthorizedClient(signedIn.getAuthorizedClientRegistrationId(), signedIn, request);
        if (client == null || client.getRefreshToken() == null) {
            return new Outcome.Ended("no refresh token in the session");
        }
        ClientRegistration registration = identityProvider.findByRegistrationId(IdentityProvider.REGISTRATION_ID);
        if (registration == null) {
            return new Outcome.Unknown("Keycloak not reachable");
        }
        OAuth2AccessTokenResponse answer;
        try {
            answer = tokens.getTokenResponse(new OAuth2RefreshTokenGrantRequest(
                    registration, client.getAccessToken(), client.getRefreshToken()));
        } catch (OAuth2AuthorizationException e) {
            if (OAuth2ErrorCodes.INVALID_GRANT.equals(e.getError().getErrorCode())) {
                return new Outcome.Ended(
                        "Keycloak refused the refresh token: " + e.getError().getDescription());
            }
            return new Outcome.Unknown(e.getError().toString());
        } catch (RestClientException e) {
            return new Outcome.Unknown(e.toString());
        }
        String idTokenValue = Objects.toString(answer.getAdditionalParameters().get(OidcParameterNames.ID_TOKEN), null);
        if (idTokenValue == null) {
            return new Outcome.Ended("Keycloak's answer holds no ID token");
        }
        OidcUser user;
        try {
            Jwt jwt = idTokenDecoders.createDecoder(registration).decode(idTokenValue);
            var idToken = new OidcIdToken(jwt.getTokenValue(), jwt.getIssuedAt(), jwt.getExpiresAt(), jwt.getClaims());
            if (!Objects.equals(idToken.getSubject(), subject(signedIn))) {
                return new Outcome.Ended("the refreshed ID token names another account");
            }
            user = users.loadUser(new OidcUserRequest(registration, answer.getAccessToken(), idToken));
        } catch (JwtException | OAuth2AuthenticationException e) {
            LOG.warn("Refreshed ID token refused: {}", e.toString());
            return new Outcome.Ended("the refreshed ID token was refused");
        } catch (RestClientException e) {
            return new Outcome.Unknown(e.toString());
        }
        var refreshed = new OAuth2AuthenticationToken(user, user.getAuthorities(), registration.getRegistrationId());
        refreshed.setDetails(signedIn.getDetails());
        authorizedClients.saveAuthorizedClient(
                new OAuth2AuthorizedClient(
                        registration,
                        client.getPrincipalName(),
                        answer.getAccessToken(),
                        answer.getRefreshToken() != null ? answer.getRefreshToken() : client.getRefreshToken()),
                refreshed,
                request,
                response);
        return new Outcome.Active(refreshed, !sameRights(signedIn, refreshed));
    }

    /** Spring's refresh-token client, with time limits: the check runs while the user waits. */
    private static OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> tokenClient() {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(3));
        requests.setReadTimeout(Duration.ofSeconds(5));
        var client = new RestClientRefreshTokenTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .messageConverters(java.util.List.of(
                        new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }

    private static @Nullable String subject(OAuth2AuthenticationToken authentication) {
        return authentication.getPrincipal() instanceof OidcUser oidc ? oidc.getSubject() : null;
    }

    /** Roles, organisation and names: what the menu and the services' checks read. */
    static boolean sameRights(OAuth2AuthenticationToken before, OAuth2AuthenticationToken after) {
        return authorities(before).equals(authorities(after))
                && Objects.equals(claim(before, "org_id"), claim(after, "org_id"));
    }

    private static Set<String> authorities(OAuth2AuthenticationToken authentication) {
        return authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith(PlatformUsers.ROLE_PREFIX))
                .collect(Collectors.toSet());
    }

    private static @Nullable String claim(OAuth2AuthenticationToken authentication, String name) {
        return authentication.getPrincipal() instanceof OidcUser oidc ? oidc.getClaimAsString(name) : null;
    }
}
