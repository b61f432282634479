package org.wego.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.wego.teststack.DemoUser;

/**
 * A plugin in the shell, as people use it: the secretariat posts a notice on the notice board (the
 * plugin guide's example), a member city reads it, in English and in Korean.
 */
@BrowserTest
class NoticeBoardIT {

    @Test
    void theSecretariatPostsANoticeAndAMemberCityReadsIt(Page page, RunningPlatform platform) {
        String notice = "Executive committee meets in Chengdu on 12 March";
        page.navigate(platform.url(""));
        ShellPage secretariat = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        secretariat.openMenu(secretariat.texts().get("notice-board.menu"));
        NoticeBoardPage board = NoticeBoardPage.shownIn(page, secretariat.texts());

        assertThat(board.postEmpty()).isEqualTo(secretariat.texts().get("input.invalid.required"));
        board.post(notice);
        assertThat(board.notices()).contains(notice);
        Screenshots.save(page, "notice-board-secretariat-en");

        // The post is in the audit trail, with who posted it.
        secretariat.openMenu(secretariat.texts().get("nav.audit"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByRole(
                                com.microsoft.playwright.options.AriaRole.GRIDCELL,
                                new Page.GetByRoleOptions().setName("notice-board.notice"))
                        .first())
                .isVisible();
        // By account as well as by name: a renamed account cannot pass as someone else.
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByRole(
                                com.microsoft.playwright.options.AriaRole.GRIDCELL,
                                new Page.GetByRoleOptions()
                                        .setName(
                                                "Minji Park (secretariat.demo, minji.park@secretariat.wego.example.org)"
                                                        + ", wego-secretariat"))
                        .first())
                .isVisible();
        Screenshots.save(page, "audit-log-secretariat-en");

        KeycloakLoginPage login = secretariat.signOut();
        ShellPage hanoi = login.signIn(DemoUser.named("hanoi.demo"));
        hanoi.openMenu(hanoi.texts().get("notice-board.menu"));
        NoticeBoardPage read = NoticeBoardPage.shownIn(page, hanoi.texts());
        assertThat(read.notices()).contains(notice);
        assertThat(read.offersToPost()).as("a member city may not post").isFalse();

        ShellPage korean = hanoi.switchLanguage(Locale.KOREAN);
        NoticeBoardPage koreanBoard = NoticeBoardPage.shownIn(page, korean.texts());
        assertThat(koreanBoard.notices()).contains(notice);
        assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "notice-board-hanoi-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    /**
     * Markup is text: a title {@code <script>alert(1)</script>} is stored and shown as typed. A notice
     * links a training programme by its title while training runs; a record of a plugin that does not
     * run shows as "Record of … (not available)", and cannot be picked for a new notice.
     */
    @Test
    void aNoticeShowsMarkupAsTextAndItsRelatedRecord(Page page, RunningPlatform platform) {
        var jdbc = JdbcClient.create(platform.bean(DataSource.class));
        String programmeTitle = "Flood resilience <planning> & \"heat\" week";
        long programme = openProgramme(jdbc, programmeTitle);
        String script = "<script>alert(1)</script>";
        page.navigate(platform.url(""));
        ShellPage secretariat = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        secretariat.openMenu(secretariat.texts().get("notice-board.menu"));
        NoticeBoardPage board = NoticeBoardPage.shownIn(page, secretariat.texts());

        board.postRefused(
                "Webinars of a plugin that is not installed",
                "webinars:webinar:1",
                secretariat.texts().get("notice-board.related.unknown"));
        board.postRefused("Not a reference", "programme 42", secretariat.texts().get("notice-board.related.invalid"));

        board.post(script, "training:programme:" + programme);
        assertThat(board.notices()).contains(script);
        assertThat(board.relatedOf(script).innerText().strip()).isEqualTo(programmeTitle);
        assertThat(board.relatedOf(script).locator("a").getAttribute("href"))
                .contains("training/programme?id=" + programme);
        assertThat(page.locator("main script").count()).isZero();

        // Stored while another plugin ran, shown now that it does not.
        String older = "Smart city webinar series opens";
        jdbc.sql("""
                        INSERT INTO notice_board_notice (title, posted_by, posted_at, related_record)
                        VALUES (:title, 'ui-tests', :at, 'webinars:webinar:7')""")
                .param("title", older)
                .param("at", LocalDateTime.now().minusMinutes(5))
                .update();
        page.reload();
        board = NoticeBoardPage.shownIn(page, secretariat.texts());
        assertThat(board.relatedOf(older).innerText().strip()).isEqualTo("Record of webinars (not available)");
        Screenshots.save(page, "notice-board-related-secretariat-en");
        secretariat.signOut();
    }

    private static long openProgramme(JdbcClient jdbc, String title) {
        LocalDate start = LocalDate.now().plusMonths(2);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO training_programme (title_en, title_ko, description_en, description_ko, partner_key,
                            mode, venue, language, start_date, end_date, deadline, capacity, quota, status,
                            waitlist_seq, updated_by, updated_at, version)
                        VALUES (:title, :title, 'Two mornings.', '2일 과정.', 'kr-seoul', 'ONLINE',
                            'https://learn.example.org/resilience', 'en', :start, :end, :deadline, 2, 2, 'OPEN', 0,
                            'ui-tests', :at, 1)""")
                .param("title", title)
                .param("start", start)
                .param("end", start.plusDays(1))
                .param("deadline", start.minusDays(14))
                .param("at", LocalDateTime.now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
