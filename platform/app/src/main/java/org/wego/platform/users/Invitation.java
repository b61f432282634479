package org.wego.platform.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;

/**
 * What the inviter enters: the person, their organisation, role and language.
 *
 * @param organisation the organisation the user will act for
 * @param role their one platform role
 * @param firstName given name as it should appear in mails
 * @param lastName family name
 * @param email where the set-password link goes; also the username
 * @param language the language of the invitation mail and of the platform for them
 */
public record Invitation(
        @Nullable OrganisationKey organisation,
        @Nullable Role role,
        String firstName,
        String lastName,
        String email,
        Locale language) {

    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = EmailAddresses.MAX_LENGTH;

    /** The e-mail as stored: trimmed and lower-case, so the same person cannot be invited twice. */
    String normalisedEmail() {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Every problem with the input, each on its field; empty when it may be sent to Keycloak. */
    List<InputProblem> problems() {
        List<InputProblem> problems = new ArrayList<>();
        if (organisation == null) {
            problems.add(new InputProblem("organisation", "users.error.required"));
        }
        if (role == null) {
            problems.add(new InputProblem("role", "users.error.required"));
        }
        name("firstName", firstName, problems);
        name("lastName", lastName, problems);
        String address = email.strip();
        if (address.isEmpty()) {
            problems.add(new InputProblem("email", "users.error.required"));
        } else if (address.length() > MAX_EMAIL) {
            problems.add(new InputProblem("email", "users.error.too-long", MAX_EMAIL));
        } else if (!EmailAddresses.isValid(address)) {
            problems.add(new InputProblem("email", "users.error.email.invalid"));
        }
        return problems;
    }

    private static void name(String field, String value, List<InputProblem> problems) {
        String name = value.strip();
        if (name.isEmpty()) {
            problems.add(new InputProblem(field, "users.error.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new InputProblem(field, "users.error.too-long", MAX_NAME));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            // Only control characters: quotes, ';', '<' are legitimate text ("O'Neil", nicknames in quotes),
            // stored through Keycloak's API and escaped wherever a name is shown.
            problems.add(new InputProblem(field, "users.error.name.control"));
        }
    }
}
