package org.wego.plugin.api;

/**
 * What a plugin does when the secretariat decides one of its requests, e.g. publish the approved
 * record. It runs in the decision's own transaction, on the platform's {@code DataSource}: when it
 * throws, nothing of the decision is kept (neither its status nor the plugin's changes) and the
 * officer sees the exception's message next to a generic explanation, so write it for them.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
@FunctionalInterface
public interface ApprovalHandler {

    /**
     * Called once per decided request, inside the decision's transaction.
     *
     * @param decision what was decided, by whom and when
     */
    void decided(ApprovalDecision decision);
}
