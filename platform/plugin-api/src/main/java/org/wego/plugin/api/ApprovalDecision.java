package org.wego.plugin.api;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The secretariat's decision on one request, as the plugin's {@link ApprovalHandler} receives it.
 *
 * @param requestId the id {@link Approvals#submit} returned
 * @param type the approval type's name
 * @param organisation the organisation the request is for
 * @param subject the plugin's own reference given at submission
 * @param outcome {@link ApprovalStatus#APPROVED} or {@link ApprovalStatus#REJECTED}
 * @param comment the officer's comment; always present for a rejection
 * @param decidedBy the officer who decided
 * @param decidedAt when, by the platform's clock
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record ApprovalDecision(
        long requestId,
        String type,
        OrganisationKey organisation,
        String subject,
        ApprovalStatus outcome,
        @Nullable String comment,
        SignedInUser decidedBy,
        LocalDateTime decidedAt) {

    /** Whether the request was approved. */
    public boolean approved() {
        return outcome == ApprovalStatus.APPROVED;
    }
}
