package org.wego.plugin.api;

/** Where an organisation stands with WeGO. */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public enum MembershipStatus {
    /** Has applied; not yet decided by the executive committee. */
    APPLICANT,
    MEMBER,
    SUSPENDED,
    /** Membership ended; kept in history. */
    FORMER,
    /** Not a member, and not meant to be: offices, the secretariat, partners. */
    PARTNER
}
