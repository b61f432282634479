package org.wego.plugins.events.register;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;

/**
 * What the secretariat enters for an event, as the form and the demo data give it; {@link EventRules}
 * checks it. A year without days records an event known only by its year.
 */
public record EventInput(
        @Nullable String titleEn,
        @Nullable String titleKo,
        @Nullable Integer year,
        @Nullable LocalDate start,
        @Nullable LocalDate end,
        @Nullable String city,
        @Nullable String country,
        @Nullable HostKind hostKind,
        @Nullable String hostOrganisation,
        @Nullable String hostName,
        @Nullable WegoRole role,
        Set<String> topics,
        Set<String> participants,
        @Nullable String link) {

    public static final InputField TITLE_EN = InputField.of("titleEn");
    public static final InputField TITLE_KO = InputField.of("titleKo");
    public static final InputField YEAR = InputField.of("year");
    public static final InputField END = InputField.of("end");
    public static final InputField CITY = InputField.of("city");
    public static final InputField COUNTRY = InputField.of("country");
    public static final InputField HOST_ORGANISATION = InputField.of("hostOrganisation");
    public static final InputField HOST_NAME = InputField.of("hostName");
    public static final InputField TOPICS = InputField.of("topics");
    public static final InputField PARTICIPANTS = InputField.of("participants");
    public static final InputField LINK = InputField.of("link");

    public EventInput {
        topics = Set.copyOf(topics);
        participants = Set.copyOf(participants);
    }
}
