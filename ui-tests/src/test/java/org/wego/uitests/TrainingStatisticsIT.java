package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.wego.teststack.DemoUser;

/**
 * The training statistics as a member city sees them in English and the secretariat in Korean: charts
 * beside tables, the 1,183 officials reported before the platform as a labelled row of their own, and
 * the CSV link. A completed programme with three trained officials (two from Hanoi, one from Nairobi)
 * is written first, so the charts have bars.
 */
@BrowserTest
class TrainingStatisticsIT {

    @Test
    void aMemberCityAndTheSecretariatSeeTheTrainingStatisticsInTheirLanguage(Page page, RunningPlatform platform) {
        completedProgramme(platform);
        page.navigate(platform.url(""));
        ShellPage hanoi = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("hanoi.demo"));
        PlatformTexts en = hanoi.texts();
        hanoi.openMenu(en.get("training.menu.statistics"));
        assertThat(heading(page, 1, en.get("training.statistics.title"))).isVisible();
        for (String section : new String[] {
            "training.statistics.totals-title",
            "training.statistics.by-year",
            "training.statistics.by-partner",
            "training.statistics.by-continent",
            "training.statistics.by-office"
        }) {
            assertThat(heading(page, 2, en.get(section))).isVisible();
        }
        assertThat(page.locator("svg[role=img]")).hasCount(5);
        assertThat(rowHeader(page, en.get("training.statistics.row.together")).first())
                .isVisible();
        assertThat(page.locator(".training-statistics-totals tr.training-statistics-reported"))
                .containsText("1183");
        assertThat(page.locator(".training-statistics-totals tr.training-statistics-reported"))
                .containsText(en.get("history.reported.in", "2023-01"));
        assertThat(page.getByText(en.get("training.statistics.export"))).isVisible();
        org.assertj.core.api.Assertions.assertThat(hanoi.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "training-statistics-hanoi-en");
        page.locator(".training-statistics-by-office").scrollIntoViewIfNeeded();
        Screenshots.save(page, "training-statistics-offices-hanoi-en");

        ShellPage secretariat = hanoi.signOut().signIn(DemoUser.named("secretariat.demo"));
        ShellPage korean = secretariat.switchLanguage(Locale.KOREAN);
        PlatformTexts ko = korean.texts();
        korean.openMenu(ko.get("training.menu.statistics"));
        assertThat(heading(page, 1, ko.get("training.statistics.title"))).isVisible();
        assertThat(heading(page, 2, ko.get("training.statistics.by-continent"))).isVisible();
        assertThat(page.locator(".training-statistics-totals tr.training-statistics-reported"))
                .containsText(ko.get("history.reported.in", "2023-01"));
        assertThat(page.getByText(ko.get("training.statistics.export"))).isVisible();
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "training-statistics-secretariat-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    /** A programme of 2024 with the Seoul HRD partner, completed, three officials enrolled. */
    private static void completedProgramme(RunningPlatform platform) {
        var jdbc = JdbcClient.create(platform.bean(DataSource.class));
        String tag = Long.toString(System.nanoTime());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO training_programme (title_en, title_ko, partner_key, mode, venue, language,
                            start_date, end_date, deadline, capacity, quota, status, waitlist_seq, updated_by,
                            updated_at, version)
                        VALUES (:title, :title, 'kr-seoul', 'ON_SITE', 'Seoul', 'en', :start, :end, :deadline,
                            20, 2, 'COMPLETED', 0, 'TrainingStatisticsIT', NOW(6), 1)""")
                .param("title", "Smart city data " + tag)
                .param("start", LocalDate.of(2024, 9, 2))
                .param("end", LocalDate.of(2024, 9, 6))
                .param("deadline", LocalDate.of(2024, 8, 1))
                .update(keys, "id");
        long programme = keys.getKeyAs(Number.class).longValue();
        String[] cities = {"vn-hanoi", "vn-hanoi", "ke-nairobi"};
        for (int i = 0; i < cities.length; i++) {
            var trainee = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO training_trainee (name, organisation_key, email, language, gender)
                            VALUES (:name, :organisation, :email, 'en', 'UNDISCLOSED')""")
                    .param("name", "Official " + i)
                    .param("organisation", cities[i])
                    .param("email", "stats-" + tag + "-" + i + "@example.org")
                    .update(trainee, "id");
            jdbc.sql("""
                            INSERT INTO training_nomination (programme_id, trainee_id, organisation_key, status,
                                nominated_by, nominated_at, updated_at)
                            VALUES (:programme, :trainee, :organisation, 'ENROLLED', 'TrainingStatisticsIT', NOW(6),
                                NOW(6))""")
                    .param("programme", programme)
                    .param("trainee", trainee.getKeyAs(Number.class).longValue())
                    .param("organisation", cities[i])
                    .update();
        }
    }

    private static Locator rowHeader(Page page, String name) {
        return page.getByRole(
                AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator heading(Page page, int level, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level).setName(name));
    }
}
