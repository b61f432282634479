package org.wego.plugin.api;

/** What kind of organisation a record is. */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public enum OrganisationType {
    /** A member city or local government. */
    CITY,
    /** A member company. */
    COMPANY,
    /** A member institution (agency, foundation, university). */
    INSTITUTION,
    /** One of WeGO's regional offices. */
    REGIONAL_OFFICE,
    /** The WeGO secretariat in Seoul. */
    SECRETARIAT,
    /** A non-member the organisation works with: an MOU counterpart, a training partner. */
    PARTNER;

    /** Whether organisations of this type can be members (cities, companies, institutions). */
    public boolean isMemberType() {
        return this == CITY || this == COMPANY || this == INSTITUTION;
    }
}
