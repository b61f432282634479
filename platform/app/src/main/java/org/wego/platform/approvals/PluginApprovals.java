package org.wego.platform.approvals;

import java.util.Optional;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.ApprovalRequest;
import org.wego.plugin.api.ApprovalState;
import org.wego.plugin.api.Approvals;
import org.wego.plugin.api.PermissionDeniedException;

/** The inbox as one plugin sees it: its own types and requests, submitted by the signed-in user. */
record PluginApprovals(String pluginId, ApprovalInbox inbox, CurrentUser users) implements Approvals {

    @Override
    public long submit(ApprovalRequest request) {
        return inbox.submit(
                pluginId, users.get().orElseThrow(() -> new PermissionDeniedException("signed-in")), request);
    }

    @Override
    public Optional<ApprovalState> status(long requestId) {
        return inbox.state(pluginId, requestId);
    }
}
