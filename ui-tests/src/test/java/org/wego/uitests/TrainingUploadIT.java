package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.teststack.DemoUser;

/**
 * The Chengdu regional office's coordinator uploads nominations: downloads the template, uploads a
 * file of good and bad rows, sees every problem with its row number, saves the valid rows (which then
 * wait in the secretariat's inbox); in Korean, a CP949 file is checked and cancelled with nothing saved.
 */
@BrowserTest
class TrainingUploadIT {

    @Test
    void theChengduCoordinatorUploadsAFileSeesTheProblemsAndSavesTheValidRows(Page page, RunningPlatform platform)
            throws Exception {
        var jdbc = JdbcClient.create(platform.bean(DataSource.class));
        String title = "Smart water " + System.currentTimeMillis() % 100_000;
        long programme = openProgramme(jdbc, title);
        List<Organisation> cities = platform.bean(OrganisationDirectory.class)
                .search(new OrganisationDirectory.Query(
                        null, OrganisationType.CITY, null, null, null, OrganisationKey.of("ro-chengdu"), 0, 2));
        Organisation first = cities.get(0);
        Organisation second = cities.get(1);
        String tag = Long.toString(System.nanoTime());

        page.navigate(platform.url(""));
        ShellPage chengdu = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("chengdu.demo"));
        PlatformTexts en = chengdu.texts();
        chengdu.openMenu(en.get("training.menu.upload"));
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName(en.get("training.upload.title"))))
                .isVisible();
        page.navigate(platform.url("training/upload?programme=" + programme));
        assertThat(page.locator("vaadin-combo-box.training-upload-programme input"))
                .hasValue(title + " (" + LocalDate.now().plusMonths(2) + ")");

        var download = page.waitForDownload(
                () -> page.locator(".training-upload-template-csv").click());
        String template = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(template)
                .startsWith("\uFEFFCity / 도시,Name / 이름,Position / 직위,Department / 부서,E-mail / 이메일");
        var xlsx = page.waitForDownload(
                () -> page.locator(".training-upload-template-xlsx").click());
        org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename())
                .isEqualTo("wego-nominations-template.xlsx");

        String filled = template
                + first.key().value() + ",Zhang Min,Deputy director,Smart City Office,zhang." + tag
                + "@example.org,zh,female\r\n" // row 3: valid
                + second.nameEn() + ",Liu Yang,Engineer,,liu." + tag + "@example.org,en,male\r\n" // row 4: valid
                + "ke-nairobi,Outsider,,,out." + tag + "@example.org,en,\r\n" // row 5: outside the region
                + first.key().value() + ",Twin,,,ZHANG." + tag + "@example.org,zh,\r\n" // row 6: same e-mail
                + second.key().value() + ",Bad Mail,,,not-an-email,en,\r\n" // row 7: bad e-mail
                + "Atlantis,,,,x." + tag + "@example.org,en,\r\n"; // row 8: unknown city, no name
        upload(page, "nominations.csv", filled.getBytes(StandardCharsets.UTF_8));

        Locator summary = page.locator(".training-upload-summary");
        assertThat(summary).containsText("UTF-8 (BOM)");
        assertThat(summary)
                .containsText(en.get("training.upload.summary", "nominations.csv", "UTF-8 (BOM)", 6, 2, 4, 0));
        Locator problems = page.locator("vaadin-grid.training-upload-problems");
        assertThat(problems.getByText(en.get("training.upload.problem.duplicate-in-file", 3)))
                .isVisible();
        assertThat(problems.getByText(en.get("training.upload.problem.outside-region", "ke-nairobi")))
                .isVisible();
        assertThat(problems.getByText(en.get("input.invalid.email"))).isVisible();
        assertThat(problems.getByText(en.get("training.upload.problem.unknown-city", "Atlantis")))
                .isVisible();
        assertThat(problems.getByText(en.get("input.invalid.required"))).isVisible();
        org.assertj.core.api.Assertions.assertThat(chengdu.untranslatedKeys()).isEmpty();
        showResults(page);
        Screenshots.save(page, "training-upload-problems-chengdu-en");
        var violations = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .exclude(List.of("vaadin-connection-indicator"))
                .analyze()
                .getViolations();
        org.assertj.core.api.Assertions.assertThat(violations)
                .as(() -> "axe-core violations on the upload page: "
                        + violations.stream()
                                .map(v -> v.getId() + " "
                                        + v.getNodes().stream()
                                                .map(n -> n.getHtml())
                                                .toList())
                                .toList())
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(nominations(jdbc, programme))
                .as("nothing saved by the check")
                .isZero();

        page.locator("vaadin-button.training-upload-save").click();
        assertThat(page.locator(".training-upload-message")).hasText(en.get("training.upload.saved", 2));
        org.assertj.core.api.Assertions.assertThat(nominations(jdbc, programme)).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("""
                                SELECT COUNT(*) FROM training_nomination n
                                JOIN platform_approval_request r ON r.id = n.approval_request_id
                                WHERE n.programme_id = :p AND n.status = 'PENDING' AND r.status = 'PENDING'""").param("p", programme).query(Long.class).single())
                .isEqualTo(2);
        showResults(page);
        Screenshots.save(page, "training-upload-saved-chengdu-en");

        // A file of the most rows allowed: the indeterminate bar shows while the server checks them.
        var many = new StringBuilder(template);
        for (int i = 0; i < 1000; i++) {
            many.append((i % 2 == 0 ? first : second).key().value())
                    .append(",Official ")
                    .append(i)
                    .append(",,,bulk")
                    .append(i)
                    .append('.')
                    .append(tag)
                    .append("@example.org,en,\r\n");
        }
        upload(page, "many.csv", many.toString().getBytes(StandardCharsets.UTF_8));
        Locator bar = page.locator("vaadin-progress-bar.training-upload-progress");
        assertThat(bar).isVisible();
        assertThat(page.locator(".training-upload-working")).hasText(en.get("training.upload.checking"));
        bar.scrollIntoViewIfNeeded();
        Screenshots.saveAsIs(page, "training-upload-checking-chengdu-en");
        assertThat(summary)
                .hasText(
                        en.get("training.upload.summary", "many.csv", "UTF-8 (BOM)", 1000, 1000, 0, 998),
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(90_000));
        assertThat(bar).isHidden();
        assertThat(problems.getByText(en.get("training.upload.warning.quota", first.nameEn(), first.nameKo(), 2))
                        .first())
                .isVisible();
        page.locator(".training-upload-results").evaluate("heading => heading.scrollIntoView()");
        Screenshots.save(page, "training-upload-many-warnings-chengdu-en");
        page.locator("vaadin-button.training-upload-cancel").click();
        assertThat(page.locator(".training-upload-message")).hasText(en.get("training.upload.cancelled"));
        org.assertj.core.api.Assertions.assertThat(nominations(jdbc, programme)).isEqualTo(2);

        // In Korean: a Korean-headed CP949 file (as Korean Excel saves it), checked, then cancelled.
        ShellPage korean = chengdu.switchLanguage(Locale.KOREAN);
        PlatformTexts ko = korean.texts();
        page.navigate(platform.url("training/upload?programme=" + programme));
        String koreanFile = "도시,성명,직위,부서,이메일,언어,성별\r\n"
                + first.nameKo() + ",김하늘,주무관,디지털정책과,haneul." + tag + "@example.org,ko,여성\r\n"
                + first.key().value() + ",박민수,,,zhang." + tag + "@example.org,ko,남성\r\n"
                + second.key().value() + ",이서연,,,seoyeon." + tag + "@example.org,ko,모름\r\n";
        upload(page, "추천.csv", koreanFile.getBytes(Charset.forName("x-windows-949")));
        assertThat(summary).containsText("CP949");
        assertThat(problems.getByText(ko.get("training.nomination.duplicate"))).isVisible();
        assertThat(problems.getByText(ko.get("training.upload.problem.gender"))).isVisible();
        assertThat(page.locator("vaadin-button.training-upload-save")).hasText(ko.get("training.upload.save", 1));
        org.assertj.core.api.Assertions.assertThat(korean.untranslatedKeys()).isEmpty();
        showResults(page);
        Screenshots.save(page, "training-upload-problems-chengdu-ko");
        page.locator("vaadin-button.training-upload-cancel").click();
        assertThat(page.locator(".training-upload-message")).hasText(ko.get("training.upload.cancelled"));
        org.assertj.core.api.Assertions.assertThat(nominations(jdbc, programme))
                .as("cancel saves nothing")
                .isEqualTo(2);
        showResults(page);
        Screenshots.save(page, "training-upload-cancelled-chengdu-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    /** Scrolls the results (heading, summary, problems) to the top of the window for the screenshot. */
    private static void showResults(Page page) {
        page.locator(".training-upload-results").evaluate("heading => heading.scrollIntoView()");
    }

    private static void upload(Page page, String name, byte[] content) {
        page.locator("vaadin-upload.training-upload-file input[type=file]")
                .setInputFiles(new FilePayload(name, "text/csv", content));
    }

    private static long nominations(JdbcClient jdbc, long programme) {
        return jdbc.sql("SELECT COUNT(*) FROM training_nomination WHERE programme_id = :p")
                .param("p", programme)
                .query(Long.class)
                .single();
    }

    /** An open programme, set up in the database as the secretariat's form would save it. */
    private static long openProgramme(JdbcClient jdbc, String title) {
        LocalDate start = LocalDate.now().plusMonths(2);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO training_programme (title_en, title_ko, partner_key, mode, venue, language,
                            start_date, end_date, deadline, capacity, quota, status, updated_by, updated_at, version)
                        VALUES (:title, :titleKo, 'kr-seoul', 'ONLINE', 'https://learn.example.org', 'en',
                            :start, :end, :deadline, 10, 2, 'OPEN', 'ui-tests', :now, 0)""")
                .param("title", title)
                .param("titleKo", "연수 " + title)
                .param("start", start)
                .param("end", start.plusDays(4))
                .param("deadline", start.minusDays(14))
                .param("now", LocalDateTime.now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
