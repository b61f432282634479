package org.wego.plugins.events.register;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.DateOrYear;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InputRules;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.TopicChoices;

/**
 * The checks of an event's input, free of I/O: the kit's input rules for texts, country and link, its
 * date-or-year rule, its topic rule, and the host and participants against the registry.
 */
final class EventRules {

    static final int MAX_TITLE = 200;
    static final int MAX_CITY = 100;

    private EventRules() {}

    /**
     * The input as it is stored: every text trimmed, the year given (from the day when only the day is), the
     * dates checked, the organisations known, only the host field the host's kind uses.
     *
     * @param topics the platform's topics now
     * @param storedTopics the topics the event names already (a retired one may stay)
     * @param registry finds an organisation by key
     * @throws InvalidInputException on the first field refused
     */
    static EventInput check(
            EventInput input,
            TopicChoices topics,
            Set<String> storedTopics,
            Function<OrganisationKey, Optional<Organisation>> registry) {
        String titleEn = InputRules.optional(EventInput.TITLE_EN, input.titleEn(), MAX_TITLE);
        String titleKo = InputRules.optional(EventInput.TITLE_KO, input.titleKo(), MAX_TITLE);
        if (titleEn == null && titleKo == null) {
            throw InvalidInputException.of(EventInput.TITLE_EN, "events.invalid.title");
        }
        DateOrYear start = DateOrYear.check(EventInput.YEAR, input.year(), input.start());
        LocalDate end = DateOrYear.checkEnd(EventInput.END, start, input.end());
        String city = InputRules.optional(EventInput.CITY, input.city(), MAX_CITY);
        String country = InputRules.optionalCountry(EventInput.COUNTRY, input.country());
        String hostOrganisation = null;
        String hostName = null;
        HostKind kind = input.hostKind();
        if (kind == HostKind.MEMBER || kind == HostKind.PARTNER) {
            Organisation host = organisation(
                            EventInput.HOST_ORGANISATION, input.hostOrganisation(), registry, "events.invalid.host")
                    .orElseThrow(
                            () -> InvalidInputException.of(EventInput.HOST_ORGANISATION, "input.invalid.required"));
            boolean fits =
                    kind == HostKind.MEMBER ? host.type().isMemberType() : host.type() == OrganisationType.PARTNER;
            if (!fits) {
                throw InvalidInputException.of(EventInput.HOST_ORGANISATION, "events.invalid.host-kind." + kind.name());
            }
            hostOrganisation = host.key().value();
        } else if (kind == HostKind.OTHER) {
            hostName = InputRules.required(EventInput.HOST_NAME, input.hostName(), MAX_TITLE);
        }
        topics.check(EventInput.TOPICS, input.topics(), storedTopics);
        var participants = new TreeSet<String>();
        for (String key : input.participants()) {
            Organisation member = organisation(EventInput.PARTICIPANTS, key, registry, "events.invalid.participant")
                    .orElseThrow(
                            () -> InvalidInputException.of(EventInput.PARTICIPANTS, "events.invalid.participant", key));
            if (!member.type().isMemberType()) {
                throw InvalidInputException.of(EventInput.PARTICIPANTS, "events.invalid.participant", key);
            }
            participants.add(member.key().value());
        }
        String link = InputRules.optionalUrl(EventInput.LINK, input.link());
        return new EventInput(
                titleEn,
                titleKo,
                start.year(),
                start.date(),
                end,
                city,
                country,
                kind,
                hostOrganisation,
                hostName,
                input.role(),
                new TreeSet<>(input.topics()),
                participants,
                link);
    }

    /** The organisation of a key; empty when no key is given; refused when the registry does not know it. */
    private static Optional<Organisation> organisation(
            InputField field,
            @Nullable String key,
            Function<OrganisationKey, Optional<Organisation>> registry,
            String unknownKey) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        OrganisationKey parsed;
        try {
            parsed = OrganisationKey.of(key.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, unknownKey, key);
        }
        return Optional.of(registry.apply(parsed).orElseThrow(() -> InvalidInputException.of(field, unknownKey, key)));
    }
}
