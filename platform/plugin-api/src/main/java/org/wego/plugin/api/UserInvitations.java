package org.wego.plugin.api;

import java.util.Locale;

/**
 * Invites a person into the platform: the platform creates their account in the identity provider
 * with an organisation, one role and a language, and e-mails them a link to set their password (the
 * same as its own users screen does).
 *
 * <p>Acts for the current user and checks on the server what they may do, exactly as the users
 * screen does: the secretariat invites anyone; a regional office invites member-city users of the
 * members of its own region; nobody else invites. The identity provider is not transactional: the
 * invitation runs in a transaction of its own (its audit entry and the invitee's welcome notification
 * commit with it, whatever happens to the caller's transaction), so call it after your own change
 * has committed, and let the user send it again when it fails.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface UserInvitations {

    /**
     * Creates the account and sends the invitation.
     *
     * @param organisation the organisation the person will act for
     * @param role their one platform role
     * @param firstName given name, as mails address them
     * @param lastName family name
     * @param email their e-mail address, also their user name
     * @param language the language of the invitation and of the platform for them (English or Korean)
     * @return the new user's id ({@link SignedInUser#id()} once they sign in)
     * @throws InvalidInputException for bad input or an address that already has an account (field
     *     and message key, e.g. {@code users.error.email.duplicate}); nothing is created
     * @throws PermissionDeniedException when the current user may not invite this role to this
     *     organisation
     */
    String invite(
            OrganisationKey organisation, Role role, String firstName, String lastName, String email, Locale language);
}
