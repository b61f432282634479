package org.wego.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The managed topics as a record's choices: current ones to choose, retired ones kept and shown; no I/O. */
class TopicChoicesTest {

    private static final InputField TOPICS = InputField.of("topics");

    private static final List<Topic> ALL = List.of(
            new Topic("water", "Water and waste", "물·폐기물", 40, false),
            new Topic("mobility", "Mobility and transport", "모빌리티·교통", 10, false),
            new Topic("fax", "Fax networks", "팩스망", 5, true),
            new Topic("blockchain", "Blockchain", "블록체인", 110, false),
            new Topic("ai", "Artificial intelligence", "인공지능", 40, false));

    private final TopicChoices choices = TopicChoices.of(ALL);

    @Test
    void theChoicesAreTheCurrentTopicsInOrderAndTheRetiredOnesARecordKeeps() {
        assertThat(choices.choices(Set.of()))
                .extracting(Topic::code)
                .as("by position, then by code")
                .containsExactly("mobility", "ai", "water", "blockchain");
        assertThat(choices.choices(Set.of("fax", "water")))
                .extracting(Topic::code)
                .containsExactly("fax", "mobility", "ai", "water", "blockchain");
        assertThat(choices.choices(Set.of("gone")))
                .as("a code the platform does not know is no choice")
                .extracting(Topic::code)
                .doesNotContain("gone");
    }

    @Test
    void theListComesFromThePlatformsTopics() {
        Topics topics = new Topics() {
            @Override
            public List<Topic> all() {
                return ALL;
            }

            @Override
            public List<Topic> current() {
                return ALL.stream().filter(topic -> !topic.retired()).toList();
            }

            @Override
            public Optional<Topic> byCode(String code) {
                return ALL.stream().filter(topic -> topic.code().equals(code)).findFirst();
            }
        };

        assertThat(TopicChoices.of(topics).choices(Set.of("fax")))
                .extracting(Topic::code)
                .containsExactly("fax", "mobility", "ai", "water", "blockchain");
    }

    @Test
    void aCodeFindsItsTopicRetiredOrNot() {
        assertThat(choices.topic("fax")).isEqualTo(ALL.get(2));
        assertThat(choices.topic("water")).isEqualTo(ALL.getFirst());
        assertThat(choices.topic("gone")).isNull();
    }

    @Test
    void storedCodesShowTheirNamesInTheReadersLanguageRetiredOnesToo() {
        assertThat(choices.name("fax", Locale.KOREAN)).isEqualTo("팩스망");
        assertThat(choices.names(Set.of("water", "fax", "mobility"), Locale.ENGLISH))
                .isEqualTo("Fax networks; Mobility and transport; Water and waste");
        assertThat(choices.names(Set.of("water", "mobility"), Locale.KOREAN)).isEqualTo("모빌리티·교통; 물·폐기물");
        assertThat(choices.names(Set.of(), Locale.ENGLISH)).isEmpty();
        assertThat(choices.name("gone", Locale.ENGLISH))
                .as("a code the platform never knew shows as itself")
                .isEqualTo("gone");
    }

    @Test
    void storedCodesSortInTheTopicsOrderWithUnknownOnesLastByCode() {
        assertThat(choices.sorted(Set.of("zulu", "blockchain", "alpha", "fax", "water")))
                .containsExactly("fax", "water", "blockchain", "alpha", "zulu");
        assertThat(choices.names(Set.of("zulu", "water"), Locale.ENGLISH)).isEqualTo("Water and waste; zulu");
    }

    @Test
    void aNewChoiceMustBeACurrentTopicWhileARetiredOneAlreadyChosenMayStay() {
        choices.check(TOPICS, Set.of("blockchain", "water"), Set.of());
        choices.check(TOPICS, Set.of("fax", "water"), Set.of("fax"));
        choices.check(TOPICS, Set.of(), Set.of("fax"));

        assertThatThrownBy(() -> choices.check(TOPICS, Set.of("fax"), Set.of()))
                .as("a retired topic newly chosen")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo(TOPICS);
                    assertThat(e.messageKey()).isEqualTo("topics.invalid.choice");
                    assertThat(e.arguments()).containsExactly("fax");
                });
        assertThatThrownBy(() -> choices.check(TOPICS, Set.of("water", "gone"), Set.of("gone")))
                .as("an unknown code, even one stored before")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("topics.invalid.choice");
                    assertThat(e.arguments()).containsExactly("gone");
                });
        assertThatThrownBy(() -> choices.check(TOPICS, Set.of("MOBILITY"), Set.of()))
                .as("codes are exact")
                .isInstanceOf(InvalidInputException.class);
    }
}
