package org.wego.plugin.api;

import java.util.Optional;

/**
 * The secretariat's approvals inbox, as one plugin uses it: submit requests of the types the plugin
 * declared ({@link PluginContributions#approvalType}) and read how they stand. The secretariat decides
 * them in the platform's inbox; the platform then calls the type's {@link ApprovalHandler} in the
 * decision's transaction. A plugin sees only its own requests.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface Approvals {

    /**
     * Puts a request into the inbox, submitted by the signed-in user, in the caller's transaction (or
     * its own when there is none), and records it in the audit trail.
     *
     * @return the request's id
     * @throws ApprovalException if the type is not one this plugin declared
     * @throws InvalidInputException if the organisation is unknown, or the title, details or subject
     *     are empty, too long or contain markup (its {@code field()} says which)
     * @throws PermissionDeniedException if nobody is signed in or the organisation is outside the
     *     submitter's scope
     */
    long submit(ApprovalRequest request);

    /** One of this plugin's requests as it stands now; empty for an unknown id or another plugin's. */
    Optional<ApprovalState> status(long requestId);
}
