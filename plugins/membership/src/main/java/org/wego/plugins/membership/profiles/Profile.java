package org.wego.plugins.membership.profiles;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationContact;

/**
 * An organisation's profile as the form shows it: the registry's official record and contacts, the
 * head, the descriptive fields, and the official change waiting for the secretariat, if any.
 *
 * @param version 0 while no profile was saved yet
 * @param pendingRequest the approval request of the waiting official change, or null
 * @param pendingLogo the file of the logo the waiting official change proposes, or null
 */
record Profile(
        Organisation organisation,
        List<OrganisationContact> contacts,
        @Nullable String headName,
        @Nullable String headTitle,
        Descriptive descriptive,
        long version,
        @Nullable String updatedBy,
        @Nullable LocalDateTime updatedAt,
        @Nullable Long pendingRequest,
        @Nullable Long pendingLogo) {

    Profile {
        contacts = List.copyOf(contacts);
    }

    boolean hasPendingChange() {
        return pendingRequest != null;
    }
}
