package org.wego.plugin.api;

import org.jspecify.annotations.Nullable;

/**
 * What the registry needs to record a partner: an organisation WeGO works with that is not a member.
 * None of the member-only fields: no capital, no region; a country only where the partner has one
 * (not for UN DESA or the World Bank); a name in one language when only one is known (the registry
 * shows it in both).
 *
 * @param kind what kind of partner
 * @param nameEn name in English, or {@code null} when only the Korean one is known
 * @param nameKo name in Korean, or {@code null} when only the English one is known
 * @param country ISO 3166-1 alpha-2 code, or {@code null} for an international organisation
 * @param website its website (http or https), if any
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record NewPartner(
        PartnerKind kind,
        @Nullable String nameEn,
        @Nullable String nameKo,
        @Nullable String country,
        @Nullable String website) {}
