package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.wego.teststack.DemoUser;

/**
 * Nominations as people make them: Hanoi's member-city user opens a one-seat programme from the
 * programmes list and nominates two officials, the secretariat approves both in the approvals inbox
 * (the first takes the seat, the second waits), Hanoi cancels the enrolled one after confirming, and
 * the waiting official shows as enrolled, in English and Korean.
 */
@BrowserTest
class TrainingNominationIT {

    @Test
    void aCityNominatesTheSecretariatApprovesAndACancellationPromotesTheWaitingOfficial(
            Page page, RunningPlatform platform) {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);
        String title = "Smart mobility " + run;
        long programme = openProgramme(platform, title, "스마트 모빌리티 " + run);
        String first = "Tran Van An " + run;
        String second = "Pham Thi Binh " + run;

        page.navigate(platform.url(""));
        ShellPage hanoi = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("hanoi.demo"));
        PlatformTexts en = hanoi.texts();
        hanoi.openMenu(en.get("training.menu.programmes"));
        page.locator("vaadin-grid-cell-content")
                .getByText(title, new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(heading(page, title)).isVisible();
        nominate(page, en, first, "an." + run + "@hanoi.example.org");
        nominate(page, en, second, "binh." + run + "@hanoi.example.org");
        assertThat(cell(page, en.get("training.nomination.status.PENDING")).first())
                .isVisible();
        Screenshots.save(page, "training-programme-nominated-hanoi-en");

        ShellPage secretariat = hanoi.signOut().signIn(DemoUser.named("secretariat.demo"));
        secretariat.openMenu(secretariat.texts().get("nav.approvals"));
        ApprovalsPage inbox = ApprovalsPage.shownIn(page, secretariat.texts());
        inbox.search(run);
        for (String name : new String[] {first, second}) {
            String request = name + " — " + title + " / 스마트 모빌리티 " + run;
            assertThat(inbox.row(request)).isVisible();
            inbox.open(request);
            inbox.approveOpen("Welcome");
            assertThat(inbox.row(request)).isHidden();
        }
        page.navigate(platform.url("training/programme?id=" + programme));
        assertThat(heading(page, title)).isVisible();
        assertThat(cell(page, en.get("training.nomination.status.ENROLLED"))).isVisible();
        assertThat(cell(page, en.get("training.nomination.status.WAITLISTED"))).isVisible();
        // The secretariat sees the trainees' e-mail addresses.
        assertThat(cell(page, "binh." + run + "@hanoi.example.org").first()).isVisible();
        Screenshots.save(page, "training-programme-secretariat-en");
        ShellPage koreanSecretariat = secretariat.switchLanguage(Locale.KOREAN);
        assertThat(heading(page, "스마트 모빌리티 " + run)).isVisible();
        org.assertj.core.api.Assertions.assertThat(koreanSecretariat.untranslatedKeys())
                .isEmpty();
        Screenshots.save(page, "training-programme-secretariat-ko");

        ShellPage city =
                koreanSecretariat.switchLanguage(Locale.ENGLISH).signOut().signIn(DemoUser.named("hanoi.demo"));
        page.navigate(platform.url("training/programme?id=" + programme));
        assertThat(heading(page, title)).isVisible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(en.get("training.nomination.cancel") + " " + first)
                                .setExact(true))
                .click();
        assertThat(page.getByText(en.get("training.nomination.cancel.confirm.text", first)))
                .isVisible();
        Screenshots.save(page, "training-programme-cancel-confirm-hanoi-en");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(en.get("training.nomination.cancel.confirm.yes"))
                                .setExact(true))
                .click();
        assertThat(page.getByText(en.get("training.nomination.cancelled", first)))
                .isVisible();
        // Two nominations: the first cancelled, so the enrolled one is the official who waited.
        assertThat(cell(page, en.get("training.nomination.status.CANCELLED"))).isVisible();
        assertThat(cell(page, en.get("training.nomination.status.ENROLLED"))).isVisible();
        assertThat(cell(page, en.get("training.nomination.status.WAITLISTED"))).hasCount(0);
        assertThat(page.getByText(en.get("training.nomination.page.waitlist-empty")))
                .isVisible();
        Screenshots.save(page, "training-programme-promoted-hanoi-en");
        var violations = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .exclude(java.util.List.of("vaadin-connection-indicator"))
                .analyze()
                .getViolations();
        org.assertj.core.api.Assertions.assertThat(violations)
                .as(() -> "axe-core on the programme page: "
                        + violations.stream()
                                .map(rule -> rule.getId() + " "
                                        + rule.getNodes().stream()
                                                .map(node -> node.getHtml())
                                                .toList())
                                .toList())
                .isEmpty();

        ShellPage korean = city.switchLanguage(Locale.KOREAN);
        PlatformTexts ko = korean.texts();
        assertThat(cell(page, ko.get("training.nomination.status.ENROLLED"))).isVisible();
        assertThat(page.getByText(ko.get("training.nomination.form.title"))).isVisible();
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "training-programme-promoted-hanoi-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    /** Fills the nomination form (the city is fixed for a member city) and waits for the confirmation. */
    private static void nominate(Page page, PlatformTexts texts, String name, String email) {
        page.getByLabel(texts.get("training.nomination.field.name"), new Page.GetByLabelOptions().setExact(true))
                .fill(name);
        page.getByLabel(texts.get("training.nomination.field.position"), new Page.GetByLabelOptions().setExact(true))
                .fill("Deputy director");
        page.getByLabel(texts.get("training.nomination.field.department"), new Page.GetByLabelOptions().setExact(true))
                .fill("Urban mobility");
        page.getByLabel(texts.get("training.nomination.field.email"), new Page.GetByLabelOptions().setExact(true))
                .fill(email);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(texts.get("training.nomination.submit"))
                                .setExact(true))
                .click();
        assertThat(page.getByText(texts.get("training.nomination.submitted", name)))
                .isVisible();
        assertThat(page.locator("vaadin-grid-cell-content")
                        .getByText(name, new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
    }

    /**
     * An open programme of one seat (quota two) starting in two months, stored directly: creating
     * programmes is the secretariat's form, tested elsewhere.
     */
    private static long openProgramme(RunningPlatform platform, String titleEn, String titleKo) {
        LocalDate start = LocalDate.now().plusMonths(2);
        var keys = new GeneratedKeyHolder();
        JdbcClient.create(platform.bean(DataSource.class))
                .sql("""
                        INSERT INTO training_programme (title_en, title_ko, description_en, description_ko, partner_key,
                            mode, venue, language, start_date, end_date, deadline, capacity, quota, status,
                            waitlist_seq, updated_by, updated_at, version)
                        VALUES (:en, :ko, 'Five days on data for moving people.', '이동 데이터 5일 과정.', 'kr-seoul',
                            'ONLINE', 'https://learn.example.org/mobility', 'en', :start, :end, :deadline, 1, 2,
                            'OPEN', 0, 'ui-tests', :at, 1)""")
                .param("en", titleEn)
                .param("ko", titleKo)
                .param("start", start)
                .param("end", start.plusDays(4))
                .param("deadline", start.minusDays(14))
                .param("at", LocalDateTime.now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName(name));
    }

    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").getByText(text, new Locator.GetByTextOptions().setExact(true));
    }
}
