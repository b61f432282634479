package org.wego.plugins.events.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Topic;
import org.wego.plugin.api.TopicChoices;
import org.wego.plugin.testkit.TestRegistry;

/** The checks of an event's input, before anything touches the database. */
class EventRulesTest {

    private static final TopicChoices TOPICS = TopicChoices.of(List.of(
            new Topic("smart-mobility", "Smart mobility", "스마트 모빌리티", 1, false),
            new Topic("e-government", "e-Government", "전자정부", 2, true)));

    private static final TestRegistry REGISTRY = TestRegistry.of(
            TestRegistry.organisation("vn-hanoi", OrganisationType.CITY, "Hanoi", "하노이", "VN"),
            TestRegistry.organisation("int-itu", OrganisationType.PARTNER));

    @Test
    void aYearAloneRecordsAnEventKnownOnlyByItsYear() {
        var checked = check(input("AfDB Annual Meetings, Busan", 2018, null, null));

        assertThat(checked.start()).isNull();
        assertThat(checked.year()).isEqualTo(2018);
        assertThat(checked.end()).isNull();
    }

    @Test
    void daysGiveTheYearAndMustAgreeWithIt() {
        var checked = check(input("Smart City Week", null, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 14)));
        assertThat(checked.year()).isEqualTo(2026);

        assertRefused(input("Smart City Week", 2025, LocalDate.of(2026, 10, 12), null), EventInput.YEAR);
        assertRefused(input("Smart City Week", null, null, null), EventInput.YEAR);
        assertRefused(
                input("Smart City Week", null, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 11)), EventInput.END);
        assertRefused(input("Smart City Week", 2026, null, LocalDate.of(2026, 10, 11)), EventInput.END);
    }

    @Test
    void aTitleInOneLanguageIsEnoughAndTextIsNeverRefusedForItsCharacters() {
        assertRefused(input("  ", 2020, null, null), EventInput.TITLE_EN);
        var korean = new EventInput(
                null, "세계도시포럼", 2020, null, null, null, null, null, null, null, null, Set.of(), Set.of(), null);
        assertThat(check(korean).titleKo()).isEqualTo("세계도시포럼");
        assertThat(check(input("<script>alert(1)</script> -- Seoul's \"forum\"", 2020, null, null))
                        .titleEn())
                .isEqualTo("<script>alert(1)</script> -- Seoul's \"forum\"");
    }

    @Test
    void theHostFitsItsKind() {
        assertThat(check(host(HostKind.MEMBER, "vn-hanoi", null)).hostOrganisation())
                .isEqualTo("vn-hanoi");
        assertThat(check(host(HostKind.PARTNER, "int-itu", null)).hostOrganisation())
                .isEqualTo("int-itu");
        assertThat(check(host(HostKind.OTHER, null, " ITU ")).hostName()).isEqualTo("ITU");
        var wego = check(host(HostKind.WEGO, "vn-hanoi", "left over"));
        assertThat(wego.hostOrganisation()).isNull();
        assertThat(wego.hostName()).isNull();

        assertRefused(host(HostKind.MEMBER, "int-itu", null), EventInput.HOST_ORGANISATION);
        assertRefused(host(HostKind.PARTNER, "vn-hanoi", null), EventInput.HOST_ORGANISATION);
        assertRefused(host(HostKind.MEMBER, null, null), EventInput.HOST_ORGANISATION);
        assertRefused(host(HostKind.MEMBER, "xx-nowhere", null), EventInput.HOST_ORGANISATION);
        assertRefused(host(HostKind.MEMBER, "NOT A KEY", null), EventInput.HOST_ORGANISATION);
        assertRefused(host(HostKind.OTHER, null, " "), EventInput.HOST_NAME);
    }

    @Test
    void participantsAreMembersOfTheRegistry() {
        assertThat(check(participants("vn-hanoi")).participants()).containsExactly("vn-hanoi");
        assertRefused(participants("int-itu"), EventInput.PARTICIPANTS);
        assertRefused(participants("xx-nowhere"), EventInput.PARTICIPANTS);
    }

    @Test
    void topicsCountryAndLinkFollowTheKitsRules() {
        assertRefused(topics(Set.of("e-government")), EventInput.TOPICS); // retired, not chosen before
        assertThat(EventRules.check(topics(Set.of("e-government")), TOPICS, Set.of("e-government"), REGISTRY::byKey)
                        .topics())
                .containsExactly("e-government");
        assertRefused(topics(Set.of("no-such-topic")), EventInput.TOPICS);
        var place = new EventInput(
                "Forum", null, 2018, null, null, "Busan", "kr", null, null, null, null, Set.of(), Set.of(), null);
        assertThat(check(place).country()).isEqualTo("KR");
        assertRefused(
                new EventInput(
                        "Forum", null, 2018, null, null, null, "XX", null, null, null, null, Set.of(), Set.of(), null),
                EventInput.COUNTRY);
        assertRefused(
                new EventInput(
                        "Forum",
                        null,
                        2018,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Set.of(),
                        Set.of(),
                        "javascript:alert(1)"),
                EventInput.LINK);
    }

    private static EventInput check(EventInput input) {
        return EventRules.check(input, TOPICS, Set.of(), REGISTRY::byKey);
    }

    private static void assertRefused(EventInput input, org.wego.plugin.api.InputField field) {
        assertThatThrownBy(() -> check(input))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).input()).isEqualTo(field));
    }

    private static EventInput input(
            String title, @Nullable Integer year, @Nullable LocalDate start, @Nullable LocalDate end) {
        return new EventInput(
                title, null, year, start, end, null, null, null, null, null, null, Set.of(), Set.of(), null);
    }

    private static EventInput host(HostKind kind, @Nullable String organisation, @Nullable String name) {
        return new EventInput(
                "Forum",
                null,
                2019,
                null,
                null,
                null,
                null,
                kind,
                organisation,
                name,
                WegoRole.SPEAKER,
                Set.of(),
                Set.of(),
                null);
    }

    private static EventInput participants(String... keys) {
        return new EventInput(
                "Forum", null, 2019, null, null, null, null, null, null, null, null, Set.of(), Set.of(keys), null);
    }

    private static EventInput topics(Set<String> codes) {
        return new EventInput(
                "Forum", null, 2019, null, null, null, null, null, null, null, null, codes, Set.of(), null);
    }
}
