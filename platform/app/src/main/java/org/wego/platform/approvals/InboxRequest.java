package org.wego.platform.approvals;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.SignedInUser;

/**
 * A request as the inbox shows it.
 *
 * @param pluginId the plugin that submitted it (and whose handler decides it)
 * @param organisationName the organisation's English name, {@code organisationNameKo} its Korean
 * @param version increases with each change; a decision needs the version it read
 */
public record InboxRequest(
        long id,
        String type,
        String pluginId,
        OrganisationKey organisation,
        String organisationName,
        String organisationNameKo,
        String title,
        Map<String, String> details,
        String subject,
        String submitterName,
        @Nullable String submitterUsername,
        LocalDateTime submittedAt,
        ApprovalStatus status,
        @Nullable String comment,
        @Nullable String decidedBy,
        @Nullable String decidedByUsername,
        @Nullable LocalDateTime decidedAt,
        long version) {

    /** Who submitted it, by name and username (a renamed account cannot pass as someone else). */
    public String submitterLabel() {
        return SignedInUser.actorLabel(submitterName, submitterUsername, null);
    }

    /** Who decided it, by name and username, or {@code null} while pending. */
    public @Nullable String decidedByLabel() {
        return decidedBy == null ? null : SignedInUser.actorLabel(decidedBy, decidedByUsername, null);
    }

    /** The organisation's name in a language. */
    public String organisationName(Locale locale) {
        return locale.getLanguage().equals("ko") ? organisationNameKo : organisationName;
    }
}
