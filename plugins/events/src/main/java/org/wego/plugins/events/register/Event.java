package org.wego.plugins.events.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.DateOrYear;

/**
 * An international event WeGO hosted or took part in, as stored. Titles: at least one language; the other
 * falls back to it. The start is a day or, for events known from a report, the year alone.
 *
 * @param hostKind who hosted; {@code null} when not recorded
 * @param hostOrganisation the registry key of a member or partner host
 * @param hostName the host in free text ({@link HostKind#OTHER})
 * @param role WeGO's role; {@code null} when not recorded
 * @param topics topic codes of the platform's managed list
 * @param participants registry keys of the members that took part
 * @param source where a seeded record comes from ({@code overview-2023-01}); {@code null} when recorded here
 */
public record Event(
        long id,
        @Nullable String titleEn,
        @Nullable String titleKo,
        DateOrYear start,
        @Nullable LocalDate end,
        @Nullable String city,
        @Nullable String country,
        @Nullable HostKind hostKind,
        @Nullable String hostOrganisation,
        @Nullable String hostName,
        @Nullable WegoRole role,
        @Nullable String link,
        List<String> topics,
        List<String> participants,
        @Nullable String source,
        String updatedBy,
        LocalDateTime updatedAt,
        long version) {

    /** The title in a language: Korean for {@code ko} when there is one, else the other language's. */
    public String title(Locale locale) {
        boolean korean = "ko".equals(locale.getLanguage());
        String first = korean ? titleKo : titleEn;
        String other = korean ? titleEn : titleKo;
        return first != null ? first : other == null ? "" : other;
    }

    /** The same event with its topics and participants, read apart from its row. */
    Event withLists(List<String> topics, List<String> participants) {
        return new Event(
                id,
                titleEn,
                titleKo,
                start,
                end,
                city,
                country,
                hostKind,
                hostOrganisation,
                hostName,
                role,
                link,
                List.copyOf(topics),
                List.copyOf(participants),
                source,
                updatedBy,
                updatedAt,
                version);
    }
}
