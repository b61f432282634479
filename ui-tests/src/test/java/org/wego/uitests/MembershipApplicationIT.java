package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wego.teststack.DemoUser;

/**
 * An application for membership as people make and decide it: an anonymous visitor fills in the
 * public form (its mistakes shown next to the fields, the form in Korean too) and sends it; the
 * secretariat marks it complete, adds an executive committee meeting, puts the application on its
 * agenda and records the acceptance; the contact sets a password from Keycloak's mail, signs in and
 * finds the member city's menu and the new profile. Screenshots in English and Korean.
 */
@BrowserTest
class MembershipApplicationIT {

    @Test
    void anApplicantAppliesAndTheSecretariatAcceptsItAtAMeeting(Page page, RunningPlatform platform) {
        String run = Long.toString(System.currentTimeMillis() % 100_000);
        String name = "Arequipa " + run;
        String email = "arequipa-" + run + "@muniarequipa.example.org";
        PlatformTexts en = PlatformTexts.english();
        PlatformTexts ko = PlatformTexts.in(Locale.KOREAN);

        page.navigate(platform.url("membership/apply"));
        assertThat(heading(page, en.get("membership.applications.apply.title"))).isVisible();
        button(page, en.get("membership.applications.apply.send")).click();
        assertThat(page.getByText(en.get("membership.applications.apply.fix")).first())
                .isVisible();
        assertThat(page.getByText(en.get("membership.applications.invalid.consent"))
                        .first())
                .isVisible();
        Screenshots.save(page, "membership-apply-invalid-en");

        page.getByText(en.get("membership.applications.type.CITY")).click();
        pick(page, label(page, en.get("membership.applications.field.country")), "Peru", "Peru (PE)");
        label(page, en.get("membership.field.name-en")).fill(name);
        label(page, en.get("membership.applications.field.website")).fill("https://www.muniarequipa.gob.pe");
        label(page, en.get("membership.field.head")).fill("Víctor Hugo Rivera");
        label(page, en.get("membership.applications.field.motivation"))
                .fill("Digital services for citizens and a smart-city master plan.");
        label(page, en.get("membership.applications.field.first-name")).fill("Rosa");
        label(page, en.get("membership.applications.field.last-name")).fill("Mamani");
        label(page, en.get("membership.applications.field.email")).fill("rosa-at-arequipa");
        page.getByText(en.get("membership.applications.consent.text", "2026-11"))
                .click();
        button(page, en.get("membership.applications.apply.send")).click();
        assertThat(page.getByText(en.get("membership.applications.invalid.email"))
                        .first())
                .isVisible();
        label(page, en.get("membership.applications.field.email")).fill(email);
        Screenshots.save(page, "membership-apply-filled-en");
        button(page, en.get("membership.applications.apply.send")).click();
        assertThat(heading(page, en.get("membership.applications.apply.thanks")))
                .isVisible();
        Screenshots.save(page, "membership-apply-confirmation-en");

        page.navigate(platform.url("membership/apply"));
        page.locator(".membership-apply-language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("한국어"))
                .click();
        assertThat(heading(page, ko.get("membership.applications.apply.title"))).isVisible();
        button(page, ko.get("membership.applications.apply.send")).click();
        assertThat(page.getByText(ko.get("membership.applications.invalid.consent"))
                        .first())
                .isVisible();
        Screenshots.save(page, "membership-apply-invalid-ko");

        page.navigate(platform.url(""));
        ShellPage secretariat = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        secretariat.openMenu(en.get("membership.menu.governance"));
        assertThat(heading(page, en.get("membership.governance.title"))).isVisible();
        Locator date = label(page, en.get("membership.governance.field.date"));
        LocalDate today = LocalDate.now();
        date.fill(today.getMonthValue() + "/" + today.getDayOfMonth() + "/" + today.getYear());
        date.press("Enter");
        button(page, en.get("membership.governance.add-meeting")).click();
        assertThat(page.getByText(en.get("membership.governance.meeting-added")).first())
                .isVisible();

        secretariat.openMenu(en.get("membership.menu.applications"));
        assertThat(heading(page, en.get("membership.applications.review.title")))
                .isVisible();
        label(page, en.get("membership.applications.review.search")).fill(name);
        page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName(name))
                .click();
        button(page, en.get("membership.applications.review.complete")).click();
        assertThat(page.getByText(en.get("membership.applications.review.completed"))
                        .first())
                .isVisible();
        String meeting = en.get("membership.governance.meeting.EXECUTIVE_COMMITTEE") + " " + today;
        pick(page, label(page, en.get("membership.applications.review.meeting")), meeting, meeting);
        button(page, en.get("membership.applications.review.agenda")).click();
        assertThat(page.getByText(en.get("membership.applications.review.on-agenda"))
                        .first())
                .isVisible();
        Screenshots.save(page, "membership-applications-secretariat-en");

        ShellPage korean = secretariat.switchLanguage(Locale.KOREAN);
        assertThat(heading(page, ko.get("membership.applications.review.title")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        page.getByRole(AriaRole.GRIDCELL, new Page.GetByRoleOptions().setName(name))
                .click();
        assertThat(page.getByText(ko.get("membership.applications.review.decide-in-governance"))
                        .first())
                .isVisible();
        Screenshots.save(page, "membership-applications-secretariat-ko");
        korean.openMenu(ko.get("membership.menu.governance"));
        assertThat(heading(page, ko.get("membership.governance.title"))).isVisible();
        Screenshots.save(page, "membership-governance-secretariat-ko");
        ShellPage english = korean.switchLanguage(Locale.ENGLISH);

        english.openMenu(en.get("membership.menu.governance"));
        Locator item = page.locator(".membership-agenda-item").filter(new Locator.FilterOptions().setHasText(name));
        item.locator(".membership-accept").click();
        assertThat(page.getByText(en.get("membership.governance.accepted")).first())
                .isVisible();
        assertThat(page.locator(".membership-agenda-item")
                        .filter(new Locator.FilterOptions().setHasText(name))
                        .getByText(en.get("membership.governance.decision.ACCEPTED")))
                .isVisible();
        Screenshots.save(page, "membership-governance-secretariat-en");
        english.signOut();

        // The invited contact follows the set-password link Keycloak mailed and signs in as a member city.
        page.navigate(InvitationMails.setPasswordLink(email));
        Locator form = page.locator("#password-new");
        Locator proceed = page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName(Pattern.compile("proceed", Pattern.CASE_INSENSITIVE)));
        form.or(proceed).first().waitFor();
        if (!form.isVisible()) {
            proceed.click();
        }
        form.fill(PASSWORD);
        page.locator("#password-confirm").fill(PASSWORD);
        page.locator("input[type=submit], button[type=submit]").first().click();
        page.navigate(platform.url(""));
        ShellPage member = KeycloakLoginPage.shownIn(page)
                .signIn(new DemoUser(email, PASSWORD, "Rosa Mamani", "member-city", "pe-arequipa-" + run));
        org.assertj.core.api.Assertions.assertThat(member.userName()).isEqualTo("Rosa Mamani");
        org.assertj.core.api.Assertions.assertThat(member.menuLabels())
                .as("a member city's menu")
                .contains(en.get("membership.menu.my-profile"), en.get("membership.menu.governance"))
                .doesNotContain(en.get("membership.menu.applications"), en.get("nav.users"));
        member.openMenu(en.get("membership.menu.my-profile"));
        assertThat(label(page, en.get("membership.field.head"))).hasValue("Víctor Hugo Rivera");
        Screenshots.save(page, "membership-new-member-profile-en");
        ShellPage memberKo = member.switchLanguage(Locale.KOREAN);
        org.assertj.core.api.Assertions.assertThat(memberKo.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "membership-new-member-profile-ko");
        memberKo.switchLanguage(Locale.ENGLISH);
    }

    private static final String PASSWORD = "Arequipa-2026!wego";

    private static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName(name));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    /** Types into a Vaadin combo box and picks the option with exactly that label. */
    private static void pick(Page page, Locator comboBox, String typed, String option) {
        comboBox.fill(typed);
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
    }
}
