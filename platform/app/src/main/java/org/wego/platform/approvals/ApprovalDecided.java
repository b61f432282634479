package org.wego.platform.approvals;

import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.OrganisationKey;

/**
 * Published inside a decision's transaction; see the package documentation for how to listen.
 *
 * @param requestId the decided request
 * @param type the approval type's name
 * @param organisation the organisation the request is for
 * @param title the request's title, as submitted
 * @param submitterId the identity provider's id of the user who submitted it: the one to notify
 * @param outcome approved or rejected
 * @param comment the officer's comment, always present for a rejection
 * @param decidedBy the display name of the officer
 */
public record ApprovalDecided(
        long requestId,
        String type,
        OrganisationKey organisation,
        String title,
        String submitterId,
        ApprovalStatus outcome,
        @Nullable String comment,
        String decidedBy) {}
