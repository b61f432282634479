package org.wego.plugins.membership.directory;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;

/**
 * One member as the directory shows it to every signed-in user: public fields only. The head of a
 * city or company (a public office) is in it; official contacts, users and descriptions are not.
 *
 * @param id the registry's id of the organisation
 * @param key its stable key
 * @param nameEn official name in English
 * @param nameKo official name in Korean
 * @param nameLocal name in the local language, if recorded
 * @param type city, company or institution
 * @param country ISO 3166-1 alpha-2, if known
 * @param continent continent group, if known
 * @param capital whether a city is a national capital
 * @param regionalOffice the key of the regional office of its region, if any
 * @param status membership status
 * @param statusSince when the status took effect (for members: joined); null for the members seeded
 *     from the 2023-01 overview ("before 2023-01")
 * @param website its website, if recorded
 * @param headName its head (mayor, CEO, director), if recorded in the profile
 * @param headTitle the head's title, if recorded
 * @param focusAreas the codes of the platform topics its profile names (its focus areas)
 */
record DirectoryEntry(
        long id,
        OrganisationKey key,
        String nameEn,
        String nameKo,
        @Nullable String nameLocal,
        OrganisationType type,
        @Nullable String country,
        @Nullable Continent continent,
        boolean capital,
        @Nullable OrganisationKey regionalOffice,
        MembershipStatus status,
        @Nullable LocalDate statusSince,
        @Nullable String website,
        @Nullable String headName,
        @Nullable String headTitle,
        Set<String> focusAreas) {

    DirectoryEntry {
        focusAreas = Set.copyOf(focusAreas);
    }

    /** The name in a language: Korean for {@code ko}, English otherwise. */
    String name(Locale locale) {
        return "ko".equals(locale.getLanguage()) && !nameKo.isBlank() ? nameKo : nameEn;
    }
}
