package org.wego.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Locale;
import org.junit.jupiter.api.Test;
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

        assertThat(board.postEmpty()).isEqualTo(secretariat.texts().get("notice-board.title.required"));
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
}
