package org.wego.platform.users;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;

/**
 * A person's account as Keycloak holds it.
 *
 * @param id Keycloak's id (the subject of the user's tokens)
 * @param email their address, also their username
 * @param firstName given name
 * @param lastName family name
 * @param organisation the {@code org_id} attribute, {@code null} if missing or malformed
 * @param role their platform role, {@code null} if they hold none
 * @param language the locale stored in Keycloak, English if none
 * @param enabled whether they may sign in
 * @param invitationPending whether they have yet to set a password from the invitation
 */
public record UserAccount(
        String id,
        String email,
        String firstName,
        String lastName,
        @Nullable OrganisationKey organisation,
        @Nullable Role role,
        Locale language,
        boolean enabled,
        boolean invitationPending) {

    /** The name as shown: first and last name, or the e-mail when Keycloak has neither. */
    public String displayName() {
        String name = (firstName + " " + lastName).strip();
        return name.isEmpty() ? email : name;
    }
}
