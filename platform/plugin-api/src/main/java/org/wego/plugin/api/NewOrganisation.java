package org.wego.plugin.api;

import org.jspecify.annotations.Nullable;

/**
 * What the registry needs to record an applicant. The key is made from the country and the English
 * name ({@code vn-da-nang}); the continent and regional office follow from the country unless given.
 *
 * @param type city, company or institution
 * @param nameEn official name in English
 * @param nameKo official name in Korean (the English name again if there is none yet)
 * @param nameLocal name in the local language, if known
 * @param country ISO 3166-1 alpha-2 code
 * @param capital for cities: whether it is a national capital
 * @param website its website (http or https), if any
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record NewOrganisation(
        OrganisationType type,
        String nameEn,
        String nameKo,
        @Nullable String nameLocal,
        String country,
        boolean capital,
        @Nullable String website) {}
