package org.wego.platform.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;

class TopicRulesTest {

    @Test
    void legitimateNamesPassAsTheyAre() {
        assertThat(TopicRules.name("nameEn", " Population > 1 million; \"smart\" -- O'Neil <b> "))
                .isEqualTo("Population > 1 million; \"smart\" -- O'Neil <b>");
        assertThat(TopicRules.name("nameKo", "데이터 플랫폼·AI")).isEqualTo("데이터 플랫폼·AI");
    }

    @Test
    void emptyLongAndControlCharacterNamesAreRefusedWithTheirField() {
        assertThatThrownBy(() -> TopicRules.name("nameKo", " "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("nameKo"))
                .hasMessageContaining("topics.error.name-required");
        assertThatThrownBy(() -> TopicRules.name("nameEn", "x".repeat(101)))
                .hasMessageContaining("topics.error.name-too-long");
        assertThatThrownBy(() -> TopicRules.name("nameEn", "two\nlines"))
                .hasMessageContaining("topics.error.name-control");
    }

    @Test
    void aCodeIsKebabCase() {
        assertThat(TopicRules.code(" smart-port ")).isEqualTo("smart-port");
        for (String bad : new String[] {"", "Smart", "smart_port", "-port", "port-", "smart--port", "x".repeat(41)}) {
            assertThatThrownBy(() -> TopicRules.code(bad)).as(bad).hasMessageContaining("topics.error.code");
        }
    }
}
