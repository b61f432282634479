package org.wego.platform.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.plugin.api.TimeZones;

/** The time zone is kept per user beside the language, without touching it, and audited. */
@SpringBootTest(classes = WegoApplication.class)
class TimeZonePreferencesIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, TimeZonePreferencesIT.class);
    }

    @Autowired
    TimeZonePreferences zones;

    @Autowired
    TimeZones pluginView;

    @Autowired
    LanguagePreferences languages;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forget() {
        jdbc.sql("DELETE FROM platform_user_preference WHERE user_id LIKE 'zone-it-%'")
                .update();
    }

    @Test
    void aZoneChosenBeforeAnyLanguageLeavesTheLanguageUnchosen() {
        assertThat(pluginView.of("zone-it-1")).isEqualTo(pluginView.platformZone());

        zones.choose("zone-it-1", ZoneId.of("America/Bogota"));

        assertThat(pluginView.of("zone-it-1")).isEqualTo(ZoneId.of("America/Bogota"));
        assertThat(languages.find("zone-it-1")).isEmpty();
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM platform_audit_entry WHERE entity = 'platform.user-preference.time-zone'"
                                        + " AND entity_id = 'zone-it-1' AND after_json LIKE '%Bogota%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theLanguageAndTheZoneAreKeptSideBySide() {
        languages.choose("zone-it-2", Locale.KOREAN);
        zones.choose("zone-it-2", ZoneId.of("Asia/Seoul"));
        languages.choose("zone-it-2", Locale.ENGLISH);

        assertThat(languages.find("zone-it-2")).contains(Locale.ENGLISH);
        assertThat(zones.find("zone-it-2")).contains(ZoneId.of("Asia/Seoul"));
        assertThat(pluginView.currentUser()).as("no user signed in").isEqualTo(pluginView.platformZone());
    }

    @Test
    void aStoredTimeIsShownInTheReadersZone() {
        var stored = LocalDateTime.of(2026, 12, 7, 9, 0);
        var seoul = zones.shownIn(stored, ZoneId.of("Asia/Seoul"));

        assertThat(seoul.atZone(ZoneId.of("Asia/Seoul")).toInstant())
                .isEqualTo(stored.atZone(zones.platformZone()).toInstant());
    }
}
