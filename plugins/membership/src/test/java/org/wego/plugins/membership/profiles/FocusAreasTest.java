package org.wego.plugins.membership.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Topic;
import org.wego.plugin.api.TopicChoices;

/**
 * What stays membership's own about focus areas: the names of its former fixed list. The rule itself
 * (current topics to choose, retired ones kept and shown) is the plugin API's {@code TopicChoices},
 * tested there; no I/O.
 */
public class FocusAreasTest {

    /** The topics as the platform seeds them (platform-0102-topics-seed), for other tests of the plugin. */
    public static TopicChoices seeded() {
        return TopicChoices.of(List.of(
                new Topic("mobility", "Mobility and transport", "모빌리티·교통", 10, false),
                new Topic("energy", "Energy", "에너지", 20, false),
                new Topic("governance", "E-government and participation", "전자정부·시민 참여", 70, false)));
    }

    @Test
    void theNamesOfTheFormerFixedListReadAsTheirTopicCodes() {
        assertThat(FocusAreas.code("DIGITAL_INCLUSION")).isEqualTo("digital-inclusion");
        assertThat(FocusAreas.code(" MOBILITY ")).isEqualTo("mobility");
        assertThat(FocusAreas.code("data-platforms")).isEqualTo("data-platforms");
    }
}
