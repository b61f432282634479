package org.wego.platform.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;

/**
 * The user a demo set acts as: a signed-in principal of the role and organisation, as Keycloak's token
 * would carry them, on this thread only. Its name says "Demo data", so the audit trail shows who made a
 * demo record.
 */
final class DemoUser {

    private DemoUser() {}

    /** Restores the previous principal on close. */
    interface Acting extends AutoCloseable {
        @Override
        void close();
    }

    static Acting actAs(Role role, OrganisationKey organisation) {
        String subject = "demo-data." + role.claimValue() + "@" + organisation.value();
        var token = new OidcIdToken(
                "demo-data",
                Instant.now(),
                Instant.now().plusSeconds(3600),
                Map.of(
                        "sub",
                        subject,
                        "name",
                        "Demo data (" + role.claimValue() + ", " + organisation.value() + ")",
                        "preferred_username",
                        subject,
                        "org_id",
                        organisation.value()));
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role.claimValue()));
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(
                new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token), authorities, "keycloak"));
        return () -> context.setAuthentication(previous);
    }
}
