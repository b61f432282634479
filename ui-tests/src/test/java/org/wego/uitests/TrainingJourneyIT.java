package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.teststack.DemoUser;

/**
 * The whole training story in one go, through the browser as the people who do it: the Chengdu
 * regional office's coordinator uploads a file of three officials of its region's cities (and a bad
 * row, listed as a problem), the secretariat approves the three in bulk in the approvals inbox (two
 * seats: the first two enrolled, the third waits), Hanoi cancels its first official and its second,
 * who waited, is promoted; the secretariat takes attendance of both sessions and downloads a
 * certificate and the zip.
 * English throughout, the key screens again in Korean.
 *
 * <p>Only the open programme (two seats, quota two, two online sessions) is arranged in the database;
 * every step after that is a click of a real user. Each piece has its own, more detailed test
 * ({@link TrainingUploadIT}, {@link TrainingNominationIT}, {@link ApprovalsIT}, {@link TrainingCertificatesIT}).
 */
@BrowserTest
class TrainingJourneyIT {

    @Test
    void uploadApproveInBulkCancelPromoteTakeAttendanceAndDownloadTheCertificates(Page page, RunningPlatform platform)
            throws Exception {
        var jdbc = JdbcClient.create(platform.bean(DataSource.class));
        String tag = Long.toString(System.currentTimeMillis() % 1_000_000);
        String title = "Urban resilience " + tag;
        String titleKo = "도시 회복력 " + tag;
        long programme = openProgramme(jdbc, title, titleKo);
        // Hanoi is in the Chengdu office's region and has a demo user (hanoi.demo), so the city itself can cancel.
        Organisation other = platform
                .bean(OrganisationDirectory.class)
                .search(new OrganisationDirectory.Query(
                        null, OrganisationType.CITY, null, null, null, OrganisationKey.of("ro-chengdu"), 0, 10))
                .stream()
                .filter(city -> !city.key().value().equals("vn-hanoi"))
                .findFirst()
                .orElseThrow();
        String hanoiFirst = "Nguyen Van Long " + tag;
        String hanoiSecond = "Le Thi Mai " + tag;
        String otherCity = "Wang Fang " + tag;
        List<String> trainees = List.of(hanoiFirst, hanoiSecond, otherCity);

        // 1. The Chengdu coordinator fills the template and uploads it: three valid rows and a bad one.
        page.navigate(platform.url(""));
        ShellPage chengdu = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("chengdu.demo"));
        PlatformTexts en = chengdu.texts();
        chengdu.openMenu(en.get("training.menu.upload"));
        assertThat(heading(page, en.get("training.upload.title"))).isVisible();
        page.navigate(platform.url("training/upload?programme=" + programme));
        Download templateDownload = page.waitForDownload(
                () -> page.locator(".training-upload-template-csv").click());
        String template = Files.readString(templateDownload.path(), StandardCharsets.UTF_8);
        String file = template
                + "vn-hanoi," + hanoiFirst + ",Deputy director,Urban planning,long." + tag
                + "@hanoi.example.org,en,male\r\n"
                + other.key().value() + "," + otherCity + ",Officer,Resilience office,fang." + tag
                + "@example.org,en,female\r\n"
                + "Hanoi," + hanoiSecond + ",Engineer,Flood control,mai." + tag + "@hanoi.example.org,en,female\r\n"
                + "vn-hanoi,Bad Address,,,not-an-email,en,\r\n"; // row 6: refused, listed as a problem
        page.locator("vaadin-upload.training-upload-file input[type=file]")
                .setInputFiles(new FilePayload("trainees.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator(".training-upload-summary"))
                .containsText(en.get("training.upload.summary", "trainees.csv", "UTF-8 (BOM)", 4, 3, 1, 0));
        Locator problems = page.locator("vaadin-grid.training-upload-problems");
        assertThat(problems.getByText(en.get("input.invalid.email"))).isVisible();
        assertThat(page.locator("vaadin-button.training-upload-save")).hasText(en.get("training.upload.save", 3));
        org.assertj.core.api.Assertions.assertThat(chengdu.untranslatedKeys()).isEmpty();
        showUploadResults(page);
        Screenshots.save(page, "training-journey-1-upload-problems-chengdu-en");
        page.locator("vaadin-button.training-upload-save").click();
        assertThat(page.locator(".training-upload-message")).hasText(en.get("training.upload.saved", 3));
        showUploadResults(page);
        Screenshots.save(page, "training-journey-1-upload-saved-chengdu-en");
        page.navigate(platform.url("training/programme?id=" + programme));
        assertThat(heading(page, title)).isVisible();
        assertThat(statusCells(page, en, "PENDING")).hasCount(3);
        Screenshots.save(page, "training-journey-1-programme-pending-chengdu-en");
        ShellPage chengduKo = chengdu.switchLanguage(Locale.KOREAN);
        assertThat(heading(page, titleKo)).isVisible();
        assertThat(statusCells(page, chengduKo.texts(), "PENDING")).hasCount(3);
        org.assertj.core.api.Assertions.assertThat(chengduKo.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "training-journey-1-programme-pending-chengdu-ko");

        // 2. The secretariat selects the three nominations in its inbox and approves them at once.
        ShellPage secretariat =
                chengduKo.switchLanguage(Locale.ENGLISH).signOut().signIn(DemoUser.named("secretariat.demo"));
        secretariat.openMenu(en.get("nav.approvals"));
        ApprovalsPage inbox = ApprovalsPage.shownIn(page, en);
        inbox.search(tag);
        inbox.awaitCount(trainees.size());
        for (String trainee : trainees) {
            assertThat(inbox.row(trainee + " — " + title + " / " + titleKo)).isVisible();
        }
        Screenshots.save(page, "training-journey-2-inbox-secretariat-en");
        List<String> decided = inbox.approveAllShown("Welcome to the programme");
        org.assertj.core.api.Assertions.assertThat(decided)
                .hasSize(3)
                .allMatch(
                        line -> line.endsWith("): approved.") && line.contains(title), "every request approved, named");
        Screenshots.save(page, "training-journey-2-approved-secretariat-en");
        page.navigate(platform.url("training/programme?id=" + programme));
        assertThat(heading(page, title)).isVisible();
        assertThat(statusCells(page, en, "ENROLLED")).hasCount(2);
        assertThat(statusCells(page, en, "WAITLISTED")).hasCount(1);
        // The inbox decides the selection oldest first, so seats go in the order of the file: the last waits.
        String cancelled = hanoiFirst;
        String waiting = hanoiSecond;
        assertRowShows(page, hanoiFirst, en.get("training.nomination.status.ENROLLED"));
        assertRowShows(page, otherCity, en.get("training.nomination.status.ENROLLED"));
        assertThat(page.locator("vaadin-grid.training-waitlist vaadin-grid-cell-content")
                        .getByText(waiting, new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertRowShows(page, waiting, en.get("training.nomination.status.WAITLISTED"));
        page.locator("vaadin-grid.training-waitlist").scrollIntoViewIfNeeded();
        Screenshots.save(page, "training-journey-2-programme-secretariat-en");
        ShellPage secretariatKo = secretariat.switchLanguage(Locale.KOREAN);
        assertThat(heading(page, titleKo)).isVisible();
        assertThat(statusCells(page, secretariatKo.texts(), "WAITLISTED")).hasCount(1);
        org.assertj.core.api.Assertions.assertThat(secretariatKo.untranslatedKeys())
                .isEmpty();
        Screenshots.save(page, "training-journey-2-programme-secretariat-ko");
        secretariatKo.openMenu(secretariatKo.texts().get("nav.approvals"));
        ApprovalsPage koreanInbox = ApprovalsPage.shownIn(page, secretariatKo.texts());
        koreanInbox.search(tag);
        koreanInbox.showStatus("APPROVED");
        assertThat(page.locator("#approvals-grid vaadin-grid-cell-content")
                        .getByText(
                                secretariatKo.texts().get("approvals.status.APPROVED"),
                                new Locator.GetByTextOptions().setExact(true)))
                .hasCount(3);
        Screenshots.save(page, "training-journey-2-inbox-secretariat-ko");

        // 3. Hanoi cancels its enrolled official; the seat goes to the one who waited.
        ShellPage hanoi = secretariatKo.switchLanguage(Locale.ENGLISH).signOut().signIn(DemoUser.named("hanoi.demo"));
        page.navigate(platform.url("training/programme?id=" + programme));
        assertThat(heading(page, title)).isVisible();
        // A city sees only its own officials: the other city's nominee is not on its page.
        assertThat(page.getByText(otherCity)).hasCount(0);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(en.get("training.nomination.cancel") + " " + cancelled)
                                .setExact(true))
                .click();
        assertThat(page.getByText(en.get("training.nomination.cancel.confirm.text", cancelled)))
                .isVisible();
        Screenshots.save(page, "training-journey-3-cancel-confirm-hanoi-en");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(en.get("training.nomination.cancel.confirm.yes"))
                                .setExact(true))
                .click();
        assertThat(page.getByText(en.get("training.nomination.cancelled", cancelled)))
                .isVisible();
        assertRowShows(page, cancelled, en.get("training.nomination.status.CANCELLED"));
        assertRowShows(page, waiting, en.get("training.nomination.status.ENROLLED"));
        assertThat(page.getByText(en.get("training.nomination.page.waitlist-empty")))
                .isVisible();
        Screenshots.save(page, "training-journey-3-cancelled-hanoi-en");
        ShellPage hanoiKo = hanoi.switchLanguage(Locale.KOREAN);
        assertRowShows(page, cancelled, hanoiKo.texts().get("training.nomination.status.CANCELLED"));
        org.assertj.core.api.Assertions.assertThat(hanoiKo.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "training-journey-3-cancelled-hanoi-ko");

        // The secretariat sees the promotion: the waitlisted official is enrolled, nobody waits.
        secretariat = hanoiKo.switchLanguage(Locale.ENGLISH).signOut().signIn(DemoUser.named("secretariat.demo"));
        page.navigate(platform.url("training/programme?id=" + programme));
        assertThat(heading(page, title)).isVisible();
        assertRowShows(page, waiting, en.get("training.nomination.status.ENROLLED"));
        assertThat(statusCells(page, en, "ENROLLED")).hasCount(2);
        assertThat(statusCells(page, en, "CANCELLED")).hasCount(1);
        assertThat(page.getByText(en.get("training.nomination.page.waitlist-empty")))
                .isVisible();
        Screenshots.save(page, "training-journey-3-promoted-secretariat-en");
        List<String> enrolled = List.of(otherCity, hanoiSecond);
        org.assertj.core.api.Assertions.assertThat(statusOf(jdbc, programme, "ENROLLED"))
                .containsExactlyInAnyOrderElementsOf(enrolled);

        // Time passes: the first session starts and the scheduler marks the programme running
        // (ProgrammeSchedulingIT tests the job; here it is done as the job would do it).
        jdbc.sql("UPDATE training_programme SET status = 'RUNNING', version = version + 1 WHERE id = :id")
                .param("id", programme)
                .update();

        // 4. The secretariat takes attendance of both sessions, then downloads the certificates.
        page.navigate(platform.url("training/attendance?programme=" + programme));
        assertThat(heading(page, en.get("training.attendance.title"))).isVisible();
        Locator sessions = page.locator(".training-attendance-session");
        assertThat(sessions).hasCount(2);
        for (int i = 0; i < 2; i++) {
            Locator session = sessions.nth(i);
            session.locator("vaadin-button.training-attendance-mark-all").click();
            for (String name : enrolled) {
                assertThat(session.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(name)))
                        .isChecked();
            }
            session.locator("vaadin-button.training-attendance-save").click();
            assertThat(session.locator(".training-attendance-message"))
                    .hasText(en.get("training.attendance.saved", 2, 2));
            assertThat(session.locator(".training-attendance-state"))
                    .hasText(en.get("training.attendance.state.taken"));
        }
        Screenshots.save(page, "training-journey-4-attendance-secretariat-en");
        page.locator("a.training-attendance-certificates").click();
        assertThat(heading(page, en.get("training.certificate.title"))).isVisible();
        assertThat(page.getByText(en.get("training.certificate.completed"), new Page.GetByTextOptions().setExact(true)))
                .hasCount(2);
        Screenshots.save(page, "training-journey-4-certificates-secretariat-en");

        Download one = page.waitForDownload(
                () -> page.locator("a.training-certificate-download").first().click());
        String first = enrolled.stream().sorted().findFirst().orElseThrow(); // the page lists by name
        org.assertj.core.api.Assertions.assertThat(one.suggestedFilename()).startsWith(first);
        org.assertj.core.api.Assertions.assertThat(pdfText(Files.readAllBytes(one.path())))
                .contains("Certificate of Completion")
                .contains(first)
                .contains(title);
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
        org.assertj.core.api.Assertions.assertThat(entries).hasSize(2).allMatch(name -> name.endsWith(".pdf"));
        for (String name : enrolled) {
            org.assertj.core.api.Assertions.assertThat(entries).anyMatch(entry -> entry.startsWith(name + " - "));
            org.assertj.core.api.Assertions.assertThat(texts).anyMatch(text -> text.contains(name));
        }
        org.assertj.core.api.Assertions.assertThat(String.join("\n", texts)).doesNotContain(cancelled);

        ShellPage korean = secretariat.switchLanguage(Locale.KOREAN);
        PlatformTexts ko = korean.texts();
        page.navigate(platform.url("training/attendance?programme=" + programme));
        assertThat(heading(page, ko.get("training.attendance.title"))).isVisible();
        assertThat(page.locator(".training-attendance-state").first())
                .hasText(ko.get("training.attendance.state.taken"));
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "training-journey-4-attendance-secretariat-ko");
        page.navigate(platform.url("training/certificates?programme=" + programme));
        assertThat(page.getByText(ko.get("training.certificate.completed"), new Page.GetByTextOptions().setExact(true)))
                .hasCount(2);
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "training-journey-4-certificates-secretariat-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    /** An open online programme of two seats (quota two per city) with two sessions, starting in two months. */
    private static long openProgramme(JdbcClient jdbc, String title, String titleKo) {
        LocalDate start = LocalDate.now().plusMonths(2);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO training_programme (title_en, title_ko, description_en, description_ko, partner_key,
                            mode, venue, language, start_date, end_date, deadline, capacity, quota, status,
                            waitlist_seq, updated_by, updated_at, version)
                        VALUES (:en, :ko, 'Two mornings on planning for floods and heat.', '홍수와 폭염 대비 계획 2일 과정.',
                            'kr-seoul', 'ONLINE', 'https://learn.example.org/resilience', 'en', :start, :end, :deadline,
                            2, 2, 'OPEN', 0, 'ui-tests', :at, 1)""")
                .param("en", title)
                .param("ko", titleKo)
                .param("start", start)
                .param("end", start.plusDays(1))
                .param("deadline", start.minusDays(14))
                .param("at", LocalDateTime.now())
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
        return programme;
    }

    /** The names of the programme's trainees whose nomination has this status (what the page should show). */
    private static List<String> statusOf(JdbcClient jdbc, long programme, String status) {
        return jdbc.sql("""
                        SELECT t.name FROM training_nomination n JOIN training_trainee t ON t.id = n.trainee_id
                        WHERE n.programme_id = :programme AND n.status = :status ORDER BY n.id""")
                .param("programme", programme)
                .param("status", status)
                .query(String.class)
                .list();
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName(name));
    }

    /** The status cells of the nominations grid showing this status. */
    private static Locator statusCells(Page page, PlatformTexts texts, String status) {
        return page.locator("vaadin-grid.training-nominations vaadin-grid-cell-content")
                .getByText(
                        texts.get("training.nomination.status." + status),
                        new Locator.GetByTextOptions().setExact(true));
    }

    /**
     * Waits until the nominations grid shows the trainee's row with this status. Vaadin's grid keeps its
     * rows in its shadow DOM and the cells' content slotted into them, so the row is found from the
     * trainee's cell through its slot.
     */
    private static void assertRowShows(Page page, String trainee, String status) {
        try {
            page.waitForFunction(
                    ROW_SHOWS,
                    Map.of("trainee", trainee, "status", status),
                    new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            throw new AssertionError("The nominations grid has no row of " + trainee + " with status " + status, e);
        }
    }

    private static final String ROW_SHOWS = """
            ({trainee, status}) => {
              const grid = document.querySelector('vaadin-grid.training-nominations');
              if (!grid) return false;
              return [...grid.querySelectorAll('vaadin-grid-cell-content')]
                .filter(cell => cell.textContent.trim() === trainee && cell.assignedSlot)
                .some(cell => [...cell.assignedSlot.closest('tr').querySelectorAll('slot')]
                  .flatMap(slot => slot.assignedElements())
                  .some(content => content.textContent.trim() === status));
            }""";

    /** Scrolls the upload's results (heading, summary, problems) to the top of the window for the screenshot. */
    private static void showUploadResults(Page page) {
        page.locator(".training-upload-results").evaluate("heading => heading.scrollIntoView()");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
