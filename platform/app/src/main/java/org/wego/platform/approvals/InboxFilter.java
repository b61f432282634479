package org.wego.platform.approvals;

import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.OrganisationKey;

/** Which requests the inbox lists; {@code null} or blank means any. */
public record InboxFilter(
        @Nullable String type,
        @Nullable OrganisationKey organisation,
        @Nullable ApprovalStatus status,
        @Nullable String text) {

    /** Every request. */
    public static InboxFilter any() {
        return new InboxFilter(null, null, null, null);
    }
}
