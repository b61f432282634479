package org.wego.platform.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/**
 * Reads the platform's user from Spring Security's principal. A principal without a platform role
 * or without a valid organisation is not a platform user: it gets {@code null}, and with it no view.
 */
public final class PlatformUsers {

    static final String ROLE_PREFIX = "ROLE_";

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
        if (!(principal instanceof Authentication authentication)
                || !(authentication.getPrincipal() instanceof OidcUser oidc)
                || shortfall(principal) != null) {
            return null;
        }
        String name = oidc.getFullName() != null ? oidc.getFullName() : oidc.getPreferredUsername();
        return new SignedInUser(
                oidc.getSubject(),
                name,
                oidc.getEmail() == null ? "" : oidc.getEmail(),
                roles(authentication),
                OrganisationKey.of(oidc.getClaimAsString("org_id")),
                locale);
    }

    /** What keeps a signed-in principal out, or {@code null} if nothing does (or it is not signed in). */
    public static @Nullable Shortfall shortfall(@Nullable Principal principal) {
        if (!(principal instanceof Authentication authentication)
                || !(authentication.getPrincipal() instanceof OidcUser oidc)) {
            return null;
        }
        if (roles(authentication).isEmpty()) {
            return Shortfall.NO_ROLE;
        }
        String organisation = oidc.getClaimAsString("org_id");
        try {
            OrganisationKey.of(organisation == null ? "" : organisation);
            return null;
        } catch (IllegalArgumentException e) {
            return Shortfall.NO_ORGANISATION;
        }
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
