package org.wego.platform.users;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.UserInvitations;

/**
 * Invitations for plugins: {@link UserAccounts#invite} for the current user, with the same checks as
 * the users screen, in a transaction of its own (Keycloak is not transactional, so plugins invite
 * after their own change committed). Input problems come back as the plugin API's exception, the
 * first problem's field and message key.
 */
@Component
class PluginUserInvitations implements UserInvitations {

    private final UserAccounts accounts;
    private final CurrentUser currentUser;

    PluginUserInvitations(UserAccounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String invite(
            OrganisationKey organisation, Role role, String firstName, String lastName, String email, Locale language) {
        SignedInUser inviter = currentUser.get().orElseThrow(() -> new PermissionDeniedException("users.invite"));
        try {
            return accounts.invite(inviter, new Invitation(organisation, role, firstName, lastName, email, language))
                    .id();
        } catch (InvalidInputException e) {
            InputProblem first = e.problems().getFirst();
            throw new org.wego.plugin.api.InvalidInputException(
                    first.field(), first.messageKey(), first.arguments().toArray());
        }
    }
}
