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
 * Hanoi's trainees page: searched by e-mail, the one trainee nominated to two programmes opens its
 * history with both programmes linked, in English and Korean. (Trainee and nominations are arranged by
 * SQL; nominating has its own tests.)
 */
@BrowserTest
class TrainingTraineesIT {

    @Test
    void hanoiFindsItsTraineeAndSeesTheHistoryInEnglishAndKorean(Page page, RunningPlatform platform) {
        String tag = Long.toString(System.nanoTime(), 36);
        String email = "trainee-" + tag + "@example.org";
        arrange(platform, tag, email);
        page.navigate(platform.url(""));
        ShellPage hanoi = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("hanoi.demo"));
        PlatformTexts en = hanoi.texts();
        hanoi.openMenu(en.get("training.menu.trainees"));
        assertThat(heading(page, 1, en.get("training.trainee.title"))).isVisible();
        page.getByLabel(en.get("training.trainee.search")).fill(email);
        page.getByLabel(en.get("training.trainee.search")).press("Enter");
        assertThat(page.locator(".training-trainees-found"))
                .hasText(en.get("training.trainee.found").replace("{0}", "1"));
        oneRowLoaded(page);
        Locator row = page.locator("vaadin-grid.training-trainees-grid vaadin-grid-cell-content")
                .getByText(email, new Locator.GetByTextOptions().setExact(true))
                // The grid recycles its cells: a hidden one may still hold the text for a moment.
                .filter(new Locator.FilterOptions().setVisible(true))
                .first();
        assertThat(row).isVisible();
        row.click();
        assertThat(heading(page, 2, en.get("training.trainee.history").replace("{0}", "Trainee " + tag)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Later programme " + tag)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Earlier programme " + tag)))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(hanoi.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "training-trainees-hanoi-en");

        ShellPage korean = hanoi.switchLanguage(Locale.KOREAN);
        PlatformTexts ko = korean.texts();
        korean.openMenu(ko.get("training.menu.trainees"));
        page.getByLabel(ko.get("training.trainee.search")).fill(email);
        page.getByLabel(ko.get("training.trainee.search")).press("Enter");
        assertThat(page.locator(".training-trainees-found"))
                .hasText(ko.get("training.trainee.found").replace("{0}", "1"));
        oneRowLoaded(page);
        Locator rowKo = page.locator("vaadin-grid.training-trainees-grid vaadin-grid-cell-content")
                .getByText(email, new Locator.GetByTextOptions().setExact(true))
                // The grid recycles its cells: a hidden one may still hold the text for a moment.
                .filter(new Locator.FilterOptions().setVisible(true))
                .first();
        rowKo.click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("나중 프로그램 " + tag)))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "training-trainees-hanoi-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    /** Two programmes, one Hanoi trainee nominated to both (one enrolled, one waiting). */
    private static void arrange(RunningPlatform platform, String tag, String email) {
        var jdbc = JdbcClient.create(platform.bean(DataSource.class));
        var trainee = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO training_trainee (name, organisation_key, email, language, gender)
                        VALUES (:name, 'vn-hanoi', :email, 'en', 'FEMALE')""").param("name", "Trainee " + tag).param("email", email).update(trainee, "id");
        String[][] programmes = {
            {"Earlier programme ", "이전 프로그램 ", "ENROLLED"}, {"Later programme ", "나중 프로그램 ", "WAITLISTED"}
        };
        LocalDate start = LocalDate.now().plusMonths(1);
        for (String[] p : programmes) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO training_programme (title_en, title_ko, partner_key, mode, venue, language,
                                start_date, end_date, deadline, capacity, quota, status, waitlist_seq, updated_by,
                                updated_at, version)
                            VALUES (:en, :ko, 'kr-seoul', 'ON_SITE', 'Seoul', 'en', :start, :end, :deadline,
                                20, 2, 'OPEN', 1, 'TrainingTraineesIT', NOW(6), 1)""")
                    .param("en", p[0] + tag)
                    .param("ko", p[1] + tag)
                    .param("start", start)
                    .param("end", start.plusDays(2))
                    .param("deadline", start.minusDays(7))
                    .update(keys, "id");
            jdbc.sql("""
                            INSERT INTO training_nomination (programme_id, trainee_id, organisation_key, status,
                                waitlist_position, nominated_by, nominated_at, updated_at)
                            VALUES (:programme, :trainee, 'vn-hanoi', :status, :waiting, 'TrainingTraineesIT', NOW(6),
                                NOW(6))""")
                    .param("programme", keys.getKeyAs(Number.class).longValue())
                    .param("trainee", trainee.getKeyAs(Number.class).longValue())
                    .param("status", p[2])
                    .param("waiting", "WAITLISTED".equals(p[2]) ? 1 : null)
                    .update();
            start = start.plusDays(10);
        }
    }

    /** Waits for the grid to hold the search's one row (a click on a row of the old list selects nothing). */
    private static void oneRowLoaded(Page page) {
        page.waitForFunction("() => { const g = document.querySelector('vaadin-grid.training-trainees-grid');"
                + " return g && g.size === 1 && !g.hasAttribute('loading'); }");
    }

    private static Locator heading(Page page, int level, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level).setName(name));
    }
}
