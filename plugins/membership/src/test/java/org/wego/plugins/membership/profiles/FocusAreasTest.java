package org.wego.plugins.membership.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Topic;

/** Focus areas on the platform's managed topics: current ones to choose, retired ones kept and shown; no I/O. */
public class FocusAreasTest {

    /** The topics as the platform seeds them (platform-0102-topics-seed), for other tests of the plugin. */
    public static FocusAreas seeded() {
        return new FocusAreas(List.of(
                new Topic("mobility", "Mobility and transport", "모빌리티·교통", 10, false),
                new Topic("energy", "Energy", "에너지", 20, false),
                new Topic("governance", "E-government and participation", "전자정부·시민 참여", 70, false)));
    }

    private final FocusAreas areas = new FocusAreas(List.of(
            new Topic("water", "Water and waste", "물·폐기물", 40, false),
            new Topic("mobility", "Mobility and transport", "모빌리티·교통", 10, false),
            new Topic("fax", "Fax networks", "팩스망", 5, true),
            new Topic("blockchain", "Blockchain", "블록체인", 110, false)));

    @Test
    void theChoicesAreTheCurrentTopicsInOrderAndTheRetiredOnesAProfileKeeps() {
        assertThat(areas.choices(Set.of())).extracting(Topic::code).containsExactly("mobility", "water", "blockchain");
        assertThat(areas.choices(Set.of("fax", "water")))
                .extracting(Topic::code)
                .containsExactly("fax", "mobility", "water", "blockchain");
    }

    @Test
    void storedCodesShowTheirNamesInTheReadersLanguageRetiredOnesToo() {
        assertThat(areas.names(Set.of("water", "fax", "mobility"), Locale.ENGLISH))
                .isEqualTo("Fax networks; Mobility and transport; Water and waste");
        assertThat(areas.names(Set.of("water", "mobility"), Locale.KOREAN)).isEqualTo("모빌리티·교통; 물·폐기물");
        assertThat(areas.name("gone", Locale.ENGLISH))
                .as("a code the platform never knew")
                .isEqualTo("gone");
    }

    @Test
    void aNewChoiceMustBeACurrentTopicWhileARetiredOneAlreadyChosenMayStay() {
        areas.check(Set.of("blockchain", "water"), Set.of());
        areas.check(Set.of("fax", "water"), Set.of("fax"));

        assertThatThrownBy(() -> areas.check(Set.of("fax"), Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo(FocusAreas.INPUT);
                    assertThat(e.messageKey()).isEqualTo("membership.invalid.focus-area");
                });
        assertThatThrownBy(() -> areas.check(Set.of("MOBILITY"), Set.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theNamesOfTheFormerFixedListReadAsTheirTopicCodes() {
        assertThat(FocusAreas.code("DIGITAL_INCLUSION")).isEqualTo("digital-inclusion");
        assertThat(FocusAreas.code(" MOBILITY ")).isEqualTo("mobility");
        assertThat(FocusAreas.code("data-platforms")).isEqualTo("data-platforms");
    }
}
