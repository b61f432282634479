package org.wego.plugin.api;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An organisation as the registry holds it: the fields the platform owns. Everything else about an
 * organisation (a member's profile, its trainees, its agreements) belongs to the plugins.
 *
 * @param id the database id, stable for the organisation's life
 * @param key its stable key, the one in {@code org_id}
 * @param type city, company, institution, regional office, secretariat or partner
 * @param nameEn official name in English
 * @param nameKo official name in Korean
 * @param nameLocal name in the local language, if recorded
 * @param country ISO 3166-1 alpha-2 code, if known
 * @param continent the continent group, if known
 * @param capital for cities: whether it is a national capital
 * @param regionalOffice the key of the regional office whose region it belongs to, if any
 * @param status membership status
 * @param statusSince the date the current status took effect, if recorded
 * @param website its website, if recorded
 * @param logoAttachmentId the attachment holding its logo, if any
 * @param version the record's version, raised by every change; for detecting concurrent edits
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record Organisation(
        long id,
        OrganisationKey key,
        OrganisationType type,
        String nameEn,
        String nameKo,
        @Nullable String nameLocal,
        @Nullable String country,
        @Nullable Continent continent,
        boolean capital,
        @Nullable OrganisationKey regionalOffice,
        MembershipStatus status,
        @Nullable LocalDate statusSince,
        @Nullable String website,
        @Nullable Long logoAttachmentId,
        long version) {

    /** The name in a language: Korean for {@code ko}, English otherwise. */
    public String name(java.util.Locale locale) {
        return "ko".equals(locale.getLanguage()) && !nameKo.isBlank() ? nameKo : nameEn;
    }
}
