package org.wego.plugin.api;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who a reminder reaches: one user, or the active users of an organisation who hold one of the roles.
 * Build it with {@link #user(String)} or {@link #organisation(OrganisationKey, Role, Role...)}.
 *
 * @param userId the user's id, or {@code null} for an organisation
 * @param organisation the organisation, or {@code null} for a user
 * @param roles the roles reached within the organisation; empty for a user
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record ReminderRecipient(
        @Nullable String userId, @Nullable OrganisationKey organisation, Set<Role> roles) {

    /** @throws IllegalArgumentException unless exactly one of user and organisation is given */
    public ReminderRecipient {
        roles = Set.copyOf(roles);
        if ((userId == null) == (organisation == null)) {
            throw new IllegalArgumentException("A reminder goes to a user or to an organisation's roles");
        }
        if (organisation != null && roles.isEmpty()) {
            throw new IllegalArgumentException("Name the roles of " + organisation + " that get the reminder");
        }
    }

    /** One platform user ({@link SignedInUser#id()}). */
    public static ReminderRecipient user(String userId) {
        return new ReminderRecipient(userId, null, Set.of());
    }

    /** The active users of an organisation who hold one of the roles. */
    public static ReminderRecipient organisation(OrganisationKey organisation, Role first, Role... more) {
        return new ReminderRecipient(null, organisation, EnumSet.of(first, more));
    }
}
