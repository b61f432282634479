package org.wego.plugin.api;

/** What kind of partner a non-member organisation ({@link OrganisationType#PARTNER}) is. */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public enum PartnerKind {
    /** An international organisation (UN DESA, the World Bank). */
    INTERNATIONAL_ORGANISATION,
    /** A university or research institute. */
    UNIVERSITY,
    /** A company. */
    COMPANY,
    /** A national or local government, or one of its agencies. */
    GOVERNMENT
}
