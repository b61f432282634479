package org.wego.plugins.training.certificates;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;
import org.wego.plugins.training.attendance.Attendance;
import org.wego.plugins.training.nominations.Gender;
import org.wego.plugins.training.nominations.TraineeInput;
import org.wego.plugins.training.programmes.ProgrammeInput;
import org.wego.plugins.training.programmes.ProgrammeMode;
import org.wego.plugins.training.programmes.ProgrammeStatus;
import org.wego.plugins.training.programmes.SessionInput;
import org.wego.teststack.DemoUser;
import org.wego.teststack.HeadlessChromium;
import org.wego.teststack.MailSink;
import org.wego.teststack.TestStack;

/**
 * Issue 14's input rule, end to end: text that looks like markup or SQL is legitimate, stored as typed
 * and shown as text wherever it appears. Programme titles {@code <script>alert(1)</script>}, {@code
 * Seoul -- Smart City Week} and {@code Population > 1 million} are stored literally; the programmes
 * grid and the programme's page show them as text in Chromium with no dialog fired; the enrolment mail
 * (text only: the outbox sends no HTML part) says them literally; the certificate PDF prints them; and
 * the platform's public verification page shows the certificate's title as text, again without a
 * dialog. (It found the first view's state written unescaped into the page's first script, where the
 * title's {@code </script>} ended it and the alert ran: see the platform's {@code InitialPageScript}.)
 */
@WegoPluginTest
class MarkupShownLiterallyIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String DASHES = "Seoul -- Smart City Week";
    private static final String GREATER = "Population > 1 million";
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    @Test
    void markupAndSqlLookingTitlesAreStoredAndShownLiterallyInPagesMailsAndCertificates(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        String run = Long.toString(System.nanoTime() % 1_000_000_000L);
        LocalDate start = LocalDate.now().plusMonths(3);
        long script;
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            script = (Long) t.programmes("create", input(t, SCRIPT, DASHES + " " + run, start));
            t.programmes("create", input(t, DASHES + " " + run, GREATER + " " + run, start));
            t.programmes("create", input(t, GREATER + " " + run, SCRIPT + " " + run, start));
        }
        // Stored as typed: no entity, nothing stripped.
        assertThat(t.jdbc.sql("SELECT title_en FROM training_programme WHERE id = :id")
                        .param("id", script)
                        .query(String.class)
                        .single())
                .isEqualTo(SCRIPT);

        // Enrolment: the trainee's mail names the programme literally.
        OrganisationKey city =
                t.cities(OrganisationKey.of("ro-chengdu"), 1).getFirst().key();
        String email = "markup-" + run + "@example.org";
        long nomination;
        try (var acting = t.as(Role.MEMBER_CITY, city)) {
            nomination = (Long) t.nominations(
                    "nominate",
                    script,
                    t.calls.make(
                            TraineeInput.class,
                            "O'Neil \"JJ\" <b>Kim</b>",
                            "Officer",
                            "Smart city division",
                            city,
                            email,
                            "en",
                            t.calls.make(Gender.class, "FEMALE")));
        }
        t.decide(t.secretariat(), t.requestOf(nomination), ApprovalStatus.APPROVED);
        assertThat(t.statusOf(nomination)).isEqualTo("ENROLLED");
        MailSink.ReceivedMail mail = awaitMail(email);
        assertThat(mail.subject()).contains(SCRIPT);
        assertThat(mail.content())
                .contains("\"" + SCRIPT + "\"")
                .contains("O'Neil \"JJ\" <b>Kim</b>")
                .doesNotContain("&lt;")
                .doesNotContain("&gt;")
                .doesNotContain("&quot;");

        // The certificate prints the title as typed.
        t.jdbc.sql("UPDATE training_programme SET status = 'RUNNING', version = version + 1 WHERE id = :id")
                .param("id", script)
                .update();
        long session = t.jdbc.sql("SELECT id FROM training_session WHERE programme_id = :p")
                .param("p", script)
                .query(Long.class)
                .single();
        String certificate;
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            t.calls.bean(Attendance.class).invoke("record", script, session, Set.of(nomination));
            certificate = pdfText(
                    (byte[]) PluginCalls.read(t.calls.bean(Certificates.class).invoke("pdf", nomination), "content"));
        }
        assertThat(certificate).contains(SCRIPT).contains("O'Neil \"JJ\" <b>Kim</b>");
        Matcher code = CODE.matcher(certificate);
        assertThat(code.find()).isTrue();

        // In the browser: the grid, the programme's page and the public verification page show text only.
        var dialogs = new ArrayList<String>();
        try (Playwright playwright = HeadlessChromium.playwright();
                Browser browser = HeadlessChromium.launch(playwright)) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en"))) {
                Page page = context.newPage();
                page.onDialog(dialog -> {
                    dialogs.add(page.url() + ": " + dialog.message());
                    dialog.dismiss();
                });
                signIn(platform, page, platform.userOf(Role.SECRETARIAT));
                page.navigate(platform.url("training/programmes").toString());
                for (String title : List.of(SCRIPT, DASHES + " " + run, GREATER + " " + run)) {
                    assertThat(page.getByText(title, new Page.GetByTextOptions().setExact(true))
                                    .first())
                            .isVisible();
                }
                page.navigate(platform.url("training/programme?id=" + script).toString());
                assertThat(page.locator("h1")).hasText(SCRIPT);
                assertThat(page.title()).contains(SCRIPT);
                assertThat(page.locator("script:text('alert(1)')")).hasCount(0);
            }
            try (BrowserContext anonymous = browser.newContext(new Browser.NewContextOptions().setLocale("en"))) {
                Page page = anonymous.newPage();
                page.onDialog(dialog -> {
                    dialogs.add(page.url() + ": " + dialog.message());
                    dialog.dismiss();
                });
                page.navigate(platform.url("verify?code=" + code.group()).toString());
                assertThat(page.locator(".wego-verify-valid")).containsText(SCRIPT);
                assertThat(page.locator(".wego-verify-valid")).containsText("O'Neil \"JJ\" <b>Kim</b>");
            }
        }
        assertThat(dialogs).as("dialogs fired by stored text").isEmpty();
    }

    private static Object input(TrainingCalls t, String titleEn, String titleKo, LocalDate start) {
        return t.calls.make(
                ProgrammeInput.class,
                titleEn,
                titleKo,
                null,
                null,
                OrganisationKey.of("kr-seoul"),
                t.calls.make(ProgrammeMode.class, "ONLINE"),
                "https://learn.example.org/markup",
                "en",
                start,
                start,
                start.minusDays(14),
                10,
                3,
                t.calls.make(ProgrammeStatus.class, "OPEN"),
                List.of(t.calls.make(SessionInput.class, start, LocalTime.of(9, 0), LocalTime.of(12, 0), "UTC")));
    }

    private static void signIn(RunningPlatform platform, Page page, DemoUser user) {
        page.navigate(platform.url("").toString());
        page.locator("#kc-form-login #username").fill(user.username());
        page.locator("#kc-form-login #password").fill(user.password());
        page.locator("#kc-form-login #kc-login").click();
        page.locator("vaadin-app-layout").waitFor();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static MailSink.ReceivedMail awaitMail(String address) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        MailSink sink = TestStack.current().mailSink();
        while (System.nanoTime() < deadline) {
            List<MailSink.ReceivedMail> inbox = sink.inbox(address);
            if (!inbox.isEmpty()) {
                return inbox.getFirst();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No mail to " + address + " within 60 s");
    }
}
