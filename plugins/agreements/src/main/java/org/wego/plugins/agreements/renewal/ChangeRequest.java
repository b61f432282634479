package org.wego.plugins.agreements.renewal;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.ApprovalStatus;

/**
 * A member's proposed change of an agreement, as stored.
 *
 * @param organisation the proposing organisation's registry key (told of the decision)
 * @param successor for an approved renewal, the agreement it made
 * @param comment the secretariat's comment on its decision
 * @param approvalRequest its request in the approvals inbox
 */
public record ChangeRequest(
        long id,
        long agreement,
        ChangeKind kind,
        @Nullable String textEn,
        @Nullable String textKo,
        String reason,
        String organisation,
        ApprovalStatus status,
        @Nullable Long successor,
        String submittedBy,
        LocalDateTime submittedAt,
        @Nullable String decidedBy,
        @Nullable LocalDateTime decidedAt,
        @Nullable String comment,
        @Nullable Long approvalRequest) {

    /** Whether this is an amendment the secretariat accepted and has to record. */
    public boolean acceptedAmendment() {
        return kind == ChangeKind.AMENDMENT && status == ApprovalStatus.APPROVED;
    }
}
