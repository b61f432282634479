package org.wego.plugin.api;

import org.jspecify.annotations.Nullable;

/**
 * An official contact person of an organisation (a delegate). Contacts are private: only the
 * organisation's own users, its regional office and the secretariat see them.
 *
 * @param name full name
 * @param role what they do for WeGO, e.g. "International relations officer"
 * @param email e-mail address, if given
 * @param phone telephone number, if given
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record OrganisationContact(
        String name,
        @Nullable String role,
        @Nullable String email,
        @Nullable String phone) {}
