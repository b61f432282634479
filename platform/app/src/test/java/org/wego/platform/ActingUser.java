package org.wego.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.wego.plugin.api.Role;

/**
 * Service-level ITs act as a user the way a signed-in browser session does: an OIDC principal with
 * the role and {@code org_id} Keycloak would put in the token, in Spring Security's context.
 */
public final class ActingUser implements AutoCloseable {

    private ActingUser() {}

    /** Acts as a user of this role and organisation until {@link #close()}. */
    public static ActingUser as(Role role, String organisation) {
        String subject = role.claimValue() + "@" + organisation;
        var token = new OidcIdToken(
                "test-token",
                Instant.now(),
                Instant.now().plusSeconds(3600),
                Map.of(
                        "sub",
                        subject,
                        "name",
                        "Test " + role.claimValue() + " of " + organisation,
                        "email",
                        subject.replace('@', '.') + "@example.org",
                        "org_id",
                        organisation));
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role.claimValue()));
        var user = new DefaultOidcUser(authorities, token);
        SecurityContextHolder.getContext()
                .setAuthentication(new OAuth2AuthenticationToken(user, authorities, "keycloak"));
        return new ActingUser();
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
    }
}
