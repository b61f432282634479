package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wego.teststack.DemoUser;

/**
 * The approvals inbox as people use it: a member city proposes notices on the notice board, the
 * secretariat approves one in the inbox and rejects the others in bulk, and the member city sees how
 * each was decided, in English and Korean.
 */
@BrowserTest
class ApprovalsIT {

    @Test
    void aMemberCitysProposalsAreDecidedInTheInboxAndItSeesTheOutcome(Page page, RunningPlatform platform) {
        String run = Long.toString(System.currentTimeMillis() % 100_000);
        String first = "Open day in Hanoi " + run;
        String second = "Water forum " + run;
        String third = "Tree planting week " + run;

        page.navigate(platform.url(""));
        ShellPage hanoi = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("hanoi.demo"));
        hanoi.openMenu(hanoi.texts().get("notice-board.menu"));
        NoticeBoardPage board = NoticeBoardPage.shownIn(page, hanoi.texts());
        for (String title : new String[] {first, second, third}) {
            board.propose(title);
        }
        assertThat(page.getByText(hanoi.texts().get("notice-board.proposal.status.PROPOSED"))
                        .first())
                .isVisible();
        Screenshots.save(page, "notice-board-proposals-hanoi-en");

        ShellPage secretariat = hanoi.signOut().signIn(DemoUser.named("secretariat.demo"));
        secretariat.openMenu(secretariat.texts().get("nav.approvals"));
        ApprovalsPage inbox = ApprovalsPage.shownIn(page, secretariat.texts());
        inbox.search(run);
        assertThat(inbox.row(first)).isVisible();
        assertThat(inbox.row(third)).isVisible();
        Screenshots.save(page, "approvals-inbox-secretariat-en");

        org.assertj.core.api.Assertions.assertThat(inbox.rejectWithoutComment(first))
                .isEqualTo(secretariat.texts().get("approvals.error.comment-required"));
        Screenshots.save(page, "approvals-request-secretariat-en");
        inbox.approveOpen("Welcome news");
        assertThat(inbox.row(first)).isHidden();

        var results = inbox.rejectAllShown("Please send these next month");
        org.assertj.core.api.Assertions.assertThat(results).hasSize(2).allMatch(line -> line.endsWith("): rejected."));
        Screenshots.save(page, "approvals-bulk-secretariat-en");

        ShellPage korean = secretariat.switchLanguage(Locale.KOREAN);
        korean.openMenu(korean.texts().get("nav.approvals"));
        ApprovalsPage.shownIn(page, korean.texts());
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "approvals-inbox-secretariat-ko");
        ShellPage member = korean.switchLanguage(Locale.ENGLISH).signOut().signIn(DemoUser.named("hanoi.demo"));
        member.openMenu(member.texts().get("nav.requests"));
        assertThat(heading(page, member.texts().get("approvals.requests.title")))
                .isVisible();
        assertThat(cell(page, "Please send these next month").first()).isVisible();
        assertThat(cell(page, member.texts().get("approvals.status.APPROVED")).first())
                .isVisible();
        assertThat(cell(page, member.texts().get("approvals.status.REJECTED")).first())
                .isVisible();
        Screenshots.save(page, "requests-hanoi-en");

        ShellPage koreanMember = member.switchLanguage(Locale.KOREAN);
        assertThat(heading(page, koreanMember.texts().get("approvals.requests.title")))
                .isVisible();
        assertThat(cell(page, koreanMember.texts().get("approvals.status.REJECTED"))
                        .first())
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(koreanMember.untranslatedKeys())
                .isEmpty();
        Screenshots.save(page, "requests-hanoi-ko");
        koreanMember.openMenu(koreanMember.texts().get("notice-board.menu"));
        NoticeBoardPage published = NoticeBoardPage.shownIn(page, koreanMember.texts());
        org.assertj.core.api.Assertions.assertThat(published.notices())
                .contains(first)
                .doesNotContain(second, third);
        Screenshots.save(page, "notice-board-proposals-hanoi-ko");
        koreanMember.switchLanguage(Locale.ENGLISH);
    }

    private static com.microsoft.playwright.Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName(name));
    }

    private static com.microsoft.playwright.Locator cell(Page page, String text) {
        return page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName(text));
    }
}
