package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.wego.teststack.DemoUser;

/**
 * The secretariat takes attendance of a running programme (mark all present, untick the absentee,
 * save each session), sees who completed, downloads a certificate and the zip of all; the city that
 * nominated the trainees downloads its zip from its menu; an anonymous visitor verifies the
 * certificate's code on the platform's public page ({@code verify}, also reached from the address
 * printed on certificates before, {@code training/verify}). English and Korean screenshots.
 *
 * <p>The programme, its two sessions and three enrolled trainees are arranged in the database
 * (nominating and approving have their own browser tests); everything under test happens in the
 * browser.
 */
@BrowserTest
class TrainingCertificatesIT {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    @Test
    void theSecretariatTakesAttendanceDownloadsCertificatesAndAVisitorVerifiesOne(Page page, RunningPlatform platform)
            throws Exception {
        String tag = Long.toString(System.currentTimeMillis() % 1_000_000);
        String title = "Digital Twins for Cities " + tag;
        long programme = arrange(platform, title, tag);

        page.navigate(platform.url(""));
        ShellPage secretariat = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        PlatformTexts en = secretariat.texts();
        page.navigate(platform.url("training/attendance?programme=" + programme));
        assertThat(heading(page, 1, en.get("training.attendance.title"))).isVisible();
        Locator sessions = page.locator(".training-attendance-session");
        assertThat(sessions).hasCount(2);
        for (int i = 0; i < 2; i++) {
            Locator session = sessions.nth(i);
            assertThat(session.locator(".training-attendance-state"))
                    .hasText(en.get("training.attendance.state.not-taken"));
            session.locator("vaadin-button.training-attendance-mark-all").click();
            assertThat(checkbox(session, "Amina Diallo " + tag)).isChecked();
            checkbox(session, "Often Absent " + tag).click();
            assertThat(checkbox(session, "Often Absent " + tag)).not().isChecked();
            session.locator("vaadin-button.training-attendance-save").click();
            assertThat(session.locator(".training-attendance-message"))
                    .hasText(en.get("training.attendance.saved", 2, 3));
            assertThat(session.locator(".training-attendance-state"))
                    .hasText(en.get("training.attendance.state.taken"));
        }
        org.assertj.core.api.Assertions.assertThat(secretariat.untranslatedKeys())
                .isEmpty();
        Screenshots.save(page, "training-attendance-secretariat-en");
        assertNoAccessibilityProblems(page, "attendance");

        page.locator("a.training-attendance-certificates").click();
        assertThat(heading(page, 1, en.get("training.certificate.title"))).isVisible();
        assertThat(page.getByText(en.get("training.certificate.completed"), new Page.GetByTextOptions().setExact(true)))
                .hasCount(2);
        assertThat(page.getByText(
                        en.get("training.certificate.incomplete"), new Page.GetByTextOptions().setExact(true)))
                .hasCount(1);
        assertThat(page.getByText(
                        platform.organisationName("vn-hanoi", Locale.ENGLISH),
                        new Page.GetByTextOptions().setExact(true)))
                .hasCount(3);
        Screenshots.save(page, "training-certificates-secretariat-en");

        // One certificate: a PDF in the trainee's language (Korean for 김민지)
        Download one = page.waitForDownload(
                () -> page.locator("a.training-certificate-download").first().click());
        String amina = pdfText(Files.readAllBytes(one.path()));
        org.assertj.core.api.Assertions.assertThat(amina)
                .contains("Certificate of Completion")
                .contains("Amina Diallo " + tag)
                .contains(title);
        org.assertj.core.api.Assertions.assertThat(one.suggestedFilename()).startsWith("Amina Diallo " + tag);
        String code = code(amina);

        // All of them in one zip: the two who completed
        Download zip = page.waitForDownload(
                () -> page.locator("a.training-certificates-zip").click());
        var entries = new ArrayList<String>();
        var texts = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip.path())))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                texts.add(pdfText(in.readAllBytes()));
            }
        }
        org.assertj.core.api.Assertions.assertThat(entries)
                .hasSize(2)
                .anyMatch(n -> n.startsWith("Amina Diallo " + tag + " - " + code))
                .anyMatch(n -> n.startsWith("김민지 " + tag));
        org.assertj.core.api.Assertions.assertThat(texts).anyMatch(t -> t.contains("수료증") && t.contains("김민지"));

        // Korean: the same pages, and the verification page
        ShellPage korean = secretariat.switchLanguage(Locale.KOREAN);
        PlatformTexts ko = korean.texts();
        page.navigate(platform.url("training/attendance?programme=" + programme));
        assertThat(heading(page, 1, ko.get("training.attendance.title"))).isVisible();
        assertThat(page.locator(".training-attendance-state").first())
                .hasText(ko.get("training.attendance.state.taken"));
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "training-attendance-secretariat-ko");
        page.navigate(platform.url("training/certificates?programme=" + programme));
        assertThat(page.getByText(ko.get("training.certificate.completed"), new Page.GetByTextOptions().setExact(true)))
                .hasCount(2);
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "training-certificates-secretariat-ko");
        KeycloakLoginPage signedOut = korean.switchLanguage(Locale.ENGLISH).signOut();

        // Hanoi, which nominated them, opens the certificates from its menu and downloads its zip
        ShellPage hanoi = signedOut.signIn(DemoUser.named("hanoi.demo"));
        hanoi.openMenu(en.get("training.menu.certificates"));
        page.locator("vaadin-combo-box.training-programme-choice input").fill(title);
        page.getByRole(AriaRole.OPTION)
                .filter(new Locator.FilterOptions().setHasText(title))
                .first()
                .click();
        assertThat(page.getByText(en.get("training.certificate.completed"), new Page.GetByTextOptions().setExact(true)))
                .hasCount(2);
        Download hanoiZip = page.waitForDownload(
                () -> page.locator("a.training-certificates-zip").click());
        org.assertj.core.api.Assertions.assertThat(zipNames(Files.readAllBytes(hanoiZip.path())))
                .hasSize(2)
                .anyMatch(n -> n.startsWith("Amina Diallo " + tag + " - " + code));
        Screenshots.save(page, "training-certificates-hanoi-en");
        hanoi.signOut();

        // An anonymous visitor types the code in on the platform's public page
        page.navigate(platform.url("verify"));
        assertThat(heading(page, 1, en.get("documents.verify.title"))).isVisible();
        page.locator("vaadin-text-field.wego-verify-code input").fill(code.toLowerCase(Locale.ROOT));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(en.get("documents.verify.check")))
                .click();
        Locator valid = page.locator(".wego-verify-valid");
        assertThat(valid).containsText(en.get("documents.verify.valid"));
        assertThat(valid).containsText(en.get("training.certificate.document.kind"));
        assertThat(valid).containsText("Amina Diallo " + tag);
        assertThat(valid).containsText(title);
        org.assertj.core.api.Assertions.assertThat(valid.innerText()).doesNotContain("@");
        Screenshots.save(page, "training-verify-anonymous-en");
        assertNoAccessibilityProblems(page, "verification");
        page.locator("vaadin-text-field.wego-verify-code input").fill("ZZZZ-ZZZZ-ZZZZ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(en.get("documents.verify.check")))
                .click();
        assertThat(page.locator(".wego-verify-not-found")).hasText(en.get("documents.verify.not-found"));
        Screenshots.save(page, "training-verify-not-found-anonymous-en");

        // The link printed on certificates before (training/verify) leads to the platform's page;
        // the visitor switches it to Korean
        page.navigate(platform.url("training/verify?code=" + code));
        assertThat(page.locator(".wego-verify-valid")).containsText("Amina Diallo " + tag);
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("/verify?code=");
        page.locator(".wego-verify vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("한국어"))
                .click();
        PlatformTexts koVisitor = PlatformTexts.in(Locale.KOREAN);
        assertThat(heading(page, 1, koVisitor.get("documents.verify.title"))).isVisible();
        assertThat(page.locator(".wego-verify-valid")).containsText(koVisitor.get("documents.verify.valid"));
        assertThat(page.locator(".wego-verify-valid")).containsText("수료 " + title);
        assertThat(page.locator(".wego-verify-valid"))
                .containsText(koVisitor.get("training.certificate.document.kind"));
        Screenshots.save(page, "training-verify-anonymous-ko");
    }

    /** axe-core finds nothing on the page (Vaadin's hidden connection indicator aside, as in AccessibilityIT). */
    private static void assertNoAccessibilityProblems(Page page, String where) {
        var violations = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .exclude(List.of("vaadin-connection-indicator"))
                .analyze()
                .getViolations();
        org.assertj.core.api.Assertions.assertThat(violations)
                .as(() -> "axe-core on the " + where + " page: "
                        + violations.stream()
                                .map(v -> v.getId() + " "
                                        + v.getNodes().stream()
                                                .map(n -> n.getTarget() + " " + n.getHtml())
                                                .toList())
                                .toList())
                .isEmpty();
    }

    private static Locator checkbox(Locator session, String name) {
        return session.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(name));
    }

    private static Locator heading(Page page, int level, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level).setName(name));
    }

    private static List<String> zipNames(byte[] zip) throws Exception {
        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String code(String text) {
        Matcher matcher = CODE.matcher(text);
        org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    /** A running online programme of two past sessions with three enrolled trainees of Hanoi. */
    private static long arrange(RunningPlatform platform, String title, String tag) {
        var jdbc = JdbcClient.create(platform.bean(DataSource.class));
        LocalDate start = LocalDate.now().minusDays(3);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO training_programme (title_en, title_ko, partner_key, mode, venue, language, start_date,
                            end_date, deadline, capacity, quota, status, waitlist_seq, updated_by, updated_at, version)
                        VALUES (:title, :titleKo, 'kr-seoul', 'ONLINE', 'https://learn.example.org/twins', 'en', :start,
                            :end, :deadline, 20, 5, 'RUNNING', 0, 'ui-tests', :now, 1)""")
                .param("title", title)
                .param("titleKo", "수료 " + title)
                .param("start", start)
                .param("end", start.plusDays(1))
                .param("deadline", start.minusDays(14))
                .param("now", LocalDateTime.now())
                .update(keys, "id");
        long programme = keys.getKeyAs(Number.class).longValue();
        for (int day = 0; day < 2; day++) {
            jdbc.sql("""
                            INSERT INTO training_session (programme_id, session_date, start_time, end_time, zone)
                            VALUES (:programme, :date, '09:00', '12:00', 'UTC')""")
                    .param("programme", programme)
                    .param("date", start.plusDays(day))
                    .update();
        }
        for (List<String> trainee : List.of(
                List.of("Amina Diallo " + tag, "en"),
                List.of("김민지 " + tag, "ko"),
                List.of("Often Absent " + tag, "en"))) {
            var traineeKey = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO training_trainee (name, position, department, organisation_key, email, language, gender)
                            VALUES (:name, 'Officer', 'Smart city division', 'vn-hanoi', :email, :language, 'FEMALE')""")
                    .param("name", trainee.get(0))
                    .param("email", "t" + System.nanoTime() + "@hanoi.example.org")
                    .param("language", trainee.get(1))
                    .update(traineeKey, "id");
            jdbc.sql("""
                            INSERT INTO training_nomination (programme_id, trainee_id, organisation_key, status, nominated_by,
                                nominated_at, updated_at)
                            VALUES (:programme, :trainee, 'vn-hanoi', 'ENROLLED', 'ui-tests', :now, :now)""")
                    .param("programme", programme)
                    .param("trainee", traineeKey.getKeyAs(Number.class).longValue())
                    .param("now", LocalDateTime.now())
                    .update();
        }
        return programme;
    }
}
