package org.wego.plugin.api;

/** Where a request of the approvals inbox stands. */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public enum ApprovalStatus {
    /** Submitted and waiting for the secretariat. */
    PENDING,
    /** The secretariat approved it. */
    APPROVED,
    /** The secretariat rejected it, with a comment saying why. */
    REJECTED
}
