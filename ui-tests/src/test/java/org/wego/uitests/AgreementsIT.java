package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.teststack.DemoUser;

/**
 * The agreements plugin as its users meet it, in English and in Korean: the secretariat records a signed MOU
 * with Hanoi (refused first, next to the field, with nothing saved); Hanoi finds it in its register and on its
 * organisation page, also in Korean; Nairobi, another member, finds it nowhere. Later steps of the agreement
 * (documents, the due view, an amendment's approval) extend {@link #recordSigned} from the page it returns.
 */
@BrowserTest
class AgreementsIT {

    private static final DemoUser SECRETARIAT = DemoUser.named("secretariat.demo");
    private static final DemoUser HANOI = DemoUser.named("hanoi.demo");
    private static final DemoUser NAIROBI = DemoUser.named("nairobi.demo");

    @Test
    void theSecretariatRecordsASignedMouWithHanoiWhichHanoiSeesAndNairobiDoesNot(Page page, RunningPlatform platform) {
        long run = System.currentTimeMillis() % 100_000;
        String titleEn = "MOU on smart-city cooperation " + run;
        String titleKo = "스마트시티 협력 MOU " + run;
        var jdbc = JdbcClient.create(platform.bean(DataSource.class));

        page.navigate(platform.url(""));
        ShellPage secretariat = KeycloakLoginPage.shownIn(page).signIn(SECRETARIAT);
        PlatformTexts en = secretariat.texts();
        AgreementPage recorded = recordSigned(page, secretariat, jdbc, titleEn, titleKo);
        long id = recorded.id();
        assertThat(recorded.fact("agreements.field.status")).containsText(en.get("agreements.status.ACTIVE"));
        assertThat(recorded.fact("agreements.field.parties")).containsText("Hanoi");
        assertThat(recorded.fact("agreements.field.signed")).containsText("2025-03-14");
        assertThat(recorded.fact("agreements.field.expiry")).containsText("2030-03-13");
        // Ninety days before the expiry: the last day to give notice.
        assertThat(recorded.fact("agreements.field.notice-deadline")).containsText("2029-12-13");
        assertThat(recorded.button("agreements.edit")).isVisible();
        assertThat(recorded.button("agreements.move.TERMINATE")).isVisible();
        Screenshots.save(page, "agreement-page-secretariat-en");

        // Hanoi, a party: in its register, on its organisation page, in both languages; it changes nothing.
        ShellPage hanoi = secretariat.signOut().signIn(HANOI);
        AgreementsPage list = AgreementsPage.openFrom(hanoi, page);
        assertThat(list.recordButton()).hasCount(0);
        list.search(String.valueOf(run), 1);
        assertThat(list.link(titleEn)).isVisible();
        Screenshots.save(page, "agreements-list-hanoi-en");
        page.navigate(platform.url("organisation/vn-hanoi"));
        Locator section = agreementsSection(page, en);
        Locator link = section.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName(titleEn).setExact(true));
        assertThat(link).isVisible();
        section.scrollIntoViewIfNeeded();
        Screenshots.save(page, "organisation-agreements-hanoi-en");
        link.click();
        AgreementPage read = AgreementPage.shownIn(page, en, titleEn);
        assertThat(read.button("agreements.edit")).hasCount(0);
        assertThat(read.button("agreements.move.TERMINATE")).hasCount(0);

        ShellPage korean = hanoi.switchLanguage(Locale.KOREAN);
        PlatformTexts ko = korean.texts();
        AgreementPage inKorean = AgreementPage.shownIn(page, ko, titleKo);
        assertThat(inKorean.factLabels())
                .contains(
                        ko.get("agreements.field.status"),
                        ko.get("agreements.field.parties"),
                        ko.get("agreements.field.signed"),
                        ko.get("agreements.field.expiry"),
                        ko.get("agreements.field.notice-deadline"));
        assertThat(inKorean.fact("agreements.field.status")).containsText(ko.get("agreements.status.ACTIVE"));
        assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "agreement-page-hanoi-ko");
        page.navigate(platform.url("organisation/vn-hanoi"));
        Locator koreanSection = agreementsSection(page, ko);
        assertThat(koreanSection.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(titleKo).setExact(true)))
                .isVisible();
        assertThat(korean.untranslatedKeys()).isEmpty();
        koreanSection.scrollIntoViewIfNeeded();
        Screenshots.save(page, "organisation-agreements-hanoi-ko");
        AgreementsPage koreanList = AgreementsPage.openFrom(korean, page);
        koreanList.search(String.valueOf(run), 1);
        assertThat(koreanList.link(titleKo)).isVisible();
        assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "agreements-list-hanoi-ko");
        ShellPage english = korean.switchLanguage(Locale.ENGLISH); // later tests expect a fresh user's language

        // Nairobi, another member: not in its register, and its page reads as if there were no such agreement.
        ShellPage nairobi = english.signOut().signIn(NAIROBI);
        AgreementsPage theirs = AgreementsPage.openFrom(nairobi, page);
        theirs.search(String.valueOf(run), 0);
        assertThat(theirs.link(titleEn)).hasCount(0);
        page.navigate(platform.url("agreements/agreement?id=" + id));
        assertThat(page.locator(".agreements-not-found")).hasText(en.get("agreements.not-found"));
        assertThat(page.getByText(titleEn)).hasCount(0);
        Screenshots.save(page, "agreement-page-nairobi-en");
    }

    /**
     * The secretariat records a signed MOU with Hanoi through the form: first refused (it expires before it
     * takes effect) next to the expiry, with nothing saved; then saved, landing on its page.
     */
    static AgreementPage recordSigned(
            Page page, ShellPage secretariat, JdbcClient jdbc, String titleEn, String titleKo) {
        PlatformTexts en = secretariat.texts();
        AgreementsPage list = AgreementsPage.openFrom(secretariat, page);
        Screenshots.save(page, "agreements-list-secretariat-en");
        AgreementFormPage form = list.record();
        form.select("agreements.field.stage", "agreements.status.SIGNED")
                .fill("agreements.field.title-en", titleEn)
                .fill("agreements.field.title-ko", titleKo)
                .fill("agreements.field.purpose-en", "Exchange of smart-city practice & joint <training>.")
                .add("agreements.field.parties", "Hanoi", "Hanoi (VN)")
                .fill("agreements.field.signed-year", "2025")
                .date("agreements.field.signed-date", LocalDate.of(2025, 3, 14))
                .date("agreements.field.effective", LocalDate.of(2025, 3, 14))
                .date("agreements.field.expiry", LocalDate.of(2025, 3, 1))
                .fill("agreements.field.notice-days", "90");
        assertThat(form.saveRefusedAt("agreements.field.expiry"))
                .isEqualTo(en.get("agreements.invalid.expiry-before-start"));
        assertThat(saved(jdbc, titleEn)).isZero();
        Screenshots.save(page, "agreement-form-secretariat-en");

        form.date("agreements.field.expiry", LocalDate.of(2030, 3, 13));
        AgreementPage recorded = form.save(titleEn);
        assertThat(saved(jdbc, titleEn)).isEqualTo(1);
        return recorded;
    }

    /** The organisation page's section of the agreements plugin, waiting for its heading. */
    private static Locator agreementsSection(Page page, PlatformTexts texts) {
        Locator section = page.locator("[data-section='agreements.parties']");
        assertThat(section.getByRole(
                        AriaRole.HEADING,
                        new Locator.GetByRoleOptions().setLevel(2).setName(texts.get("agreements.organisation.title"))))
                .isVisible();
        return section;
    }

    private static int saved(JdbcClient jdbc, String titleEn) {
        return jdbc.sql("SELECT COUNT(*) FROM agreements_agreement WHERE title_en = :title")
                .param("title", titleEn)
                .query(Integer.class)
                .single();
    }
}
