package org.wego.plugins.agreements.statistics;

import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PartnerKind;

/**
 * The type of an agreement's counterparty as the statistics count it: a member's type, and for a partner
 * organisation its kind; shown as {@code agreements.stats.counterpart.<NAME>}.
 */
enum Counterpart {
    CITY,
    COMPANY,
    INSTITUTION,
    INTERNATIONAL_ORGANISATION,
    UNIVERSITY,
    PARTNER_COMPANY,
    GOVERNMENT,
    /** A partner whose kind the registry does not record. */
    PARTNER,
    /** A regional office or the secretariat as a counterparty. */
    OTHER;

    static Counterpart of(OrganisationType type, @Nullable PartnerKind kind) {
        return switch (type) {
            case CITY -> CITY;
            case COMPANY -> COMPANY;
            case INSTITUTION -> INSTITUTION;
            case PARTNER ->
                kind == null
                        ? PARTNER
                        : switch (kind) {
                            case INTERNATIONAL_ORGANISATION -> INTERNATIONAL_ORGANISATION;
                            case UNIVERSITY -> UNIVERSITY;
                            case COMPANY -> PARTNER_COMPANY;
                            case GOVERNMENT -> GOVERNMENT;
                        };
            case REGIONAL_OFFICE, SECRETARIAT -> OTHER;
        };
    }
}
