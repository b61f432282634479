package org.wego.plugins.membership.applications;

import java.time.LocalDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationType;

/**
 * A stored application for membership, as the secretariat reviews it.
 *
 * @param lastComment the secretariat's last request for information or reason of rejection
 * @param organisationKey the registry's key once the meeting accepted it
 * @param invitationStatus {@code SENT} or {@code FAILED} once accepted (the contact's invitation)
 * @param meetingId the meeting whose agenda it is on, if any
 * @param version raised by every change; a decision based on an older one is refused
 */
public record Application(
        long id,
        ApplicationStatus status,
        OrganisationType type,
        String nameEn,
        @Nullable String nameKo,
        @Nullable String nameLocal,
        String country,
        boolean capital,
        @Nullable String website,
        @Nullable String headName,
        @Nullable String headTitle,
        @Nullable String address,
        String motivation,
        String contactFirstName,
        String contactLastName,
        @Nullable String contactPosition,
        String contactEmail,
        @Nullable String contactPhone,
        Locale contactLanguage,
        String consentVersion,
        String consentLanguage,
        LocalDateTime consentAt,
        LocalDateTime submittedAt,
        @Nullable String lastComment,
        @Nullable String organisationKey,
        @Nullable String invitationStatus,
        @Nullable Long meetingId,
        String updatedBy,
        LocalDateTime updatedAt,
        long version) {

    static final String INVITATION_SENT = "SENT";
    static final String INVITATION_FAILED = "FAILED";

    public String contactName() {
        return contactFirstName + " " + contactLastName;
    }

    public boolean invitationFailed() {
        return INVITATION_FAILED.equals(invitationStatus);
    }
}
