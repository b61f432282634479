package org.wego.platform.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.DemoUser;
import org.wego.teststack.TestStack;

/** The chosen language is kept in MariaDB per user and follows them into a new session. */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguagePreferencesIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, LanguagePreferencesIT.class);
    }

    @LocalServerPort
    int port;

    @Autowired
    LanguagePreferences preferences;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetEveryChoice() {
        jdbc.sql("DELETE FROM platform_user_preference").update();
    }

    @Test
    void aChoiceIsKeptNarrowedToASupportedLanguageAndCanBeChanged() {
        assertThat(preferences.find("user-1")).isEmpty();

        assertThat(preferences.choose("user-1", Locale.forLanguageTag("ko-KR"))).isEqualTo(Locale.KOREAN);
        assertThat(preferences.find("user-1")).contains(Locale.KOREAN);

        assertThat(preferences.choose("user-1", Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
        assertThat(preferences.find("user-1")).contains(Locale.ENGLISH);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_user_preference")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aUserWhoChoseKoreanGetsTheShellInKoreanInANewSession() {
        DemoUser hanoi = DemoUser.named("hanoi.demo");
        String subject = TestStack.current().realmAdmin().userId(hanoi.username());
        preferences.choose(subject, Locale.KOREAN);

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
}
