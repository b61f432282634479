package org.wego.platform.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/**
 * Reads the platform's user from Spring Security's principal: a browser sign-in (OIDC) or a bearer
 * token on the API, both carrying the same claims. A principal without a platform role
 * or without a valid organisation is not a platform user: it gets {@code null}, and with it no view.
 */
public final class PlatformUsers {

    static final String ROLE_PREFIX = "ROLE_";
    static final String SCOPE_PREFIX = "SCOPE_";

    private PlatformUsers() {}

    /** Why a signed-in person is not let in, or {@code null} if they are. */
    public enum Shortfall {
        /** The account holds none of the platform's roles. */
        NO_ROLE,
        /** The account names no organisation, or one that is not a valid key. */
        NO_ORGANISATION
    }

    /** The platform user for a principal, or {@code null} if anonymous or lacking a role or organisation. */
    public static @Nullable SignedInUser from(@Nullable Principal principal, Locale locale) {
        ClaimAccessor claims = claims(principal);
        if (claims == null || shortfall(principal) != null) {
            return null;
        }
        String name = claims.getClaimAsString("name");
        if (name == null || name.isBlank()) {
            name = claims.getClaimAsString("preferred_username");
        }
        String email = claims.getClaimAsString("email");
        String username = claims.getClaimAsString("preferred_username");
        return new SignedInUser(
                claims.getClaimAsString("sub"),
                username == null ? "" : username,
                name == null ? "" : name,
                email == null ? "" : email,
                roles((Authentication) principal),
                OrganisationKey.of(claims.getClaimAsString("org_id")),
                locale);
    }

    /**
     * The scopes of an API caller that is a client acting for itself (a bearer token without any
     * platform role, e.g. {@code wego-integration}'s), or empty for anyone else.
     */
    public static Set<String> clientScopes(@Nullable Principal principal) {
        if (!(principal instanceof Authentication authentication)
                || !(authentication.getPrincipal() instanceof Jwt)
                || !roles(authentication).isEmpty()) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith(SCOPE_PREFIX))
                .map(a -> a.substring(SCOPE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** What keeps a signed-in principal out, or {@code null} if nothing does (or it is not signed in). */
    public static @Nullable Shortfall shortfall(@Nullable Principal principal) {
        ClaimAccessor claims = claims(principal);
        if (claims == null) {
            return null;
        }
        if (roles((Authentication) principal).isEmpty()) {
            return Shortfall.NO_ROLE;
        }
        String organisation = claims.getClaimAsString("org_id");
        try {
            OrganisationKey.of(organisation == null ? "" : organisation);
            return null;
        } catch (IllegalArgumentException e) {
            return Shortfall.NO_ORGANISATION;
        }
    }

    /** The claims of a browser sign-in (ID token) or an API call (bearer token), or {@code null}. */
    private static @Nullable ClaimAccessor claims(@Nullable Principal principal) {
        if (!(principal instanceof Authentication authentication)) {
            return null;
        }
        return switch (authentication.getPrincipal()) {
            case OidcUser oidc -> oidc;
            case Jwt jwt -> jwt;
            case null, default -> null;
        };
    }

    private static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith(ROLE_PREFIX))
                .flatMap(a -> Role.fromClaimValue(a.substring(ROLE_PREFIX.length())).stream())
                .forEach(roles::add);
        return roles;
    }
}
