package org.wego.platform.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.plugin.api.TimeZones;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.DemoUser;
import org.wego.teststack.TestStack;

/**
 * The one preferences store: the language and the time zone are kept per user in MariaDB, side by
 * side (choosing one leaves the other), audited, and follow the user into a new session.
 */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserPreferencesIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, UserPreferencesIT.class);
    }

    @LocalServerPort
    int port;

    @Autowired
    UserPreferences preferences;

    @Autowired
    TimeZones pluginView;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetEveryChoice() {
        jdbc.sql("DELETE FROM platform_user_preference").update();
    }

    @Test
    void aChoiceIsKeptNarrowedToASupportedLanguageAndCanBeChanged() {
        assertThat(preferences.language("user-1")).isEmpty();

        assertThat(preferences.chooseLanguage("user-1", Locale.forLanguageTag("ko-KR")))
                .isEqualTo(Locale.KOREAN);
        assertThat(preferences.language("user-1")).contains(Locale.KOREAN);

        assertThat(preferences.chooseLanguage("user-1", Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
        assertThat(preferences.language("user-1")).contains(Locale.ENGLISH);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_user_preference")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aUserWhoChoseKoreanGetsTheShellInKoreanInANewSession() {
        DemoUser hanoi = DemoUser.named("hanoi.demo");
        String subject = TestStack.current().realmAdmin().userId(hanoi.username());
        preferences.chooseLanguage(subject, Locale.KOREAN);

        var page = BrowserlessSignIn.newSession()
                .open(URI.create("http://localhost:" + port + "/"), hanoi.username(), hanoi.password());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("로그아웃").doesNotContain("Sign out");
    }

    @Test
    void thePlatformsChangelogIsRecordedInItsOwnHistoryTable() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_changelog WHERE id = 'platform-0001-user-preference'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aZoneChosenBeforeAnyLanguageLeavesTheLanguageUnchosen() {
        assertThat(pluginView.of("zone-it-1")).isEqualTo(pluginView.platformZone());

        preferences.chooseTimeZone("zone-it-1", ZoneId.of("America/Bogota"));

        assertThat(pluginView.of("zone-it-1")).isEqualTo(ZoneId.of("America/Bogota"));
        assertThat(preferences.language("zone-it-1")).isEmpty();
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM platform_audit_entry WHERE entity = 'platform.user-preference.time-zone'"
                                        + " AND entity_id = 'zone-it-1' AND after_json LIKE '%Bogota%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theLanguageAndTheZoneAreKeptSideBySide() {
        preferences.chooseLanguage("zone-it-2", Locale.KOREAN);
        preferences.chooseTimeZone("zone-it-2", ZoneId.of("Asia/Seoul"));
        preferences.chooseLanguage("zone-it-2", Locale.ENGLISH);

        assertThat(preferences.language("zone-it-2")).contains(Locale.ENGLISH);
        assertThat(preferences.timeZone("zone-it-2")).contains(ZoneId.of("Asia/Seoul"));
        assertThat(pluginView.currentUser()).as("no user signed in").isEqualTo(pluginView.platformZone());
    }

    @Test
    void aStoredTimeIsShownInTheReadersZone() {
        var stored = LocalDateTime.of(2026, 12, 7, 9, 0);
        var seoul = preferences.shownIn(stored, ZoneId.of("Asia/Seoul"));

        assertThat(seoul.atZone(ZoneId.of("Asia/Seoul")).toInstant())
                .isEqualTo(stored.atZone(preferences.platformZone()).toInstant());
    }
}
