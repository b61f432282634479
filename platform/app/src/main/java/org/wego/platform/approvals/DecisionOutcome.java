package org.wego.platform.approvals;

import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.ApprovalException;

/** What became of one request of a bulk decision: decided, or the problem that stopped it. */
public record DecisionOutcome(long requestId, @Nullable ApprovalException problem) {

    /** Whether the request was decided. */
    public boolean succeeded() {
        return problem == null;
    }
}
