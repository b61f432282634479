package org.wego.plugin.api;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One of a plugin's requests as it stands now, read with {@link Approvals#status}.
 *
 * @param id the request's id
 * @param type the approval type's name
 * @param organisation the organisation the request is for
 * @param subject the plugin's own reference given at submission
 * @param status pending, approved or rejected
 * @param comment the officer's comment, once decided (always present for a rejection)
 * @param decidedBy the display name of the officer who decided, once decided
 * @param decidedAt when it was decided, once decided
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record ApprovalState(
        long id,
        String type,
        OrganisationKey organisation,
        String subject,
        ApprovalStatus status,
        @Nullable String comment,
        @Nullable String decidedBy,
        @Nullable LocalDateTime decidedAt) {}
