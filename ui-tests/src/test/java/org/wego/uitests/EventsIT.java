package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.teststack.DemoUser;

/**
 * The events plugin as its users meet it, in English and in Korean: the secretariat finds the events the
 * overview named, records one through the form (refused first, next to the field, with nothing saved) and
 * files its programme; Hanoi, a participant, finds it on its organisation page, reads it and downloads the
 * programme but may change nothing; the statistics show each year's counted events beside the reported
 * count.
 */
@BrowserTest
class EventsIT {

    private static final DemoUser SECRETARIAT = DemoUser.named("secretariat.demo");
    private static final DemoUser HANOI = DemoUser.named("hanoi.demo");
    private static final DemoUser NAIROBI = DemoUser.named("nairobi.demo");

    /** A named event of the overview of January 2023, seeded with its year alone. */
    private static final String AFDB = "AfDB Annual Meetings, Busan";

    /** The English name of the platform topic "mobility" (platform-0102-topics-seed). */
    private static final String MOBILITY = "Mobility and transport";

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theSecretariatRecordsAnEventWithItsProgrammeAndHanoiFindsItOnItsPage(Page page, RunningPlatform platform) {
        long run = System.currentTimeMillis() % 100_000;
        String titleEn = "Smart City Forum " + run;
        String titleKo = "스마트시티 포럼 " + run;
        String programme = "Programme " + run + ".pdf";
        LocalDate first = LocalDate.now().plusDays(60);
        var jdbc = JdbcClient.create(platform.bean(DataSource.class));

        page.navigate(platform.url(""));
        ShellPage secretariat = KeycloakLoginPage.shownIn(page).signIn(SECRETARIAT);
        PlatformTexts en = secretariat.texts();
        EventsPage list = EventsPage.openFrom(secretariat, page);
        // The overview's named events, known by their year alone.
        assertThat(list.cell(AFDB)).isVisible();
        Screenshots.save(page, "events-list-secretariat-en");
        list.search("AfDB", 1);
        assertThat(list.cell(AFDB)).isVisible();
        assertThat(list.cell(en.get("dates.year-only.period", "2018"))).isVisible();

        EventFormPage form = list.record();
        form.fill("events.field.title-en", titleEn)
                .fill("events.field.title-ko", titleKo)
                .date("dates.field.start", first)
                .date("dates.field.end", first.minusDays(1))
                .fill("events.field.city", "Seoul")
                .choose("events.field.country", "Korea", country("KR", Locale.ENGLISH))
                .select("events.field.host", "events.host.PARTNER")
                .choose("events.field.host-organisation", "World Bank", "World Bank")
                .select("events.field.role", "events.role.SESSION_ORGANISER")
                .add("topics.field", "Mobility", MOBILITY)
                .add("events.field.participants", "Hanoi", "Hanoi (VN)")
                .fill("events.field.link", "https://www.we-gov.org/events/" + run);
        // The last day before the first: refused next to the last day, and nothing is saved.
        assertThat(form.saveRefusedAt("dates.field.end")).isEqualTo(en.get("dates.invalid.end-before-start"));
        assertThat(saved(jdbc, titleEn)).isZero();
        Screenshots.save(page, "events-form-secretariat-en");

        form.date("dates.field.end", first.plusDays(2));
        EventPage event = form.save(titleEn);
        assertThat(saved(jdbc, titleEn)).isEqualTo(1);
        assertThat(event.fact("events.field.place")).containsText("Seoul");
        assertThat(event.fact("events.field.host")).containsText("World Bank");
        assertThat(event.fact("events.field.role")).containsText(en.get("events.role.SESSION_ORGANISER"));
        assertThat(event.fact("events.field.topics")).containsText(MOBILITY);
        assertThat(event.participant("Hanoi")).isVisible();
        assertThat(event.button("events.edit")).isVisible();
        assertThat(event.button("events.delete")).isVisible();
        event.upload("programme", programme, "application/pdf", PDF);
        assertThat(event.document("programme", programme)).isVisible();
        Screenshots.save(page, "event-page-secretariat-en");

        // Hanoi took part: its organisation page lists the event, linked to the event's page.
        ShellPage hanoi = secretariat.signOut().signIn(HANOI);
        page.navigate(platform.url("organisation/vn-hanoi"));
        Locator section = eventsSection(page, en);
        Locator link = section.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName(titleEn).setExact(true));
        assertThat(link).isVisible();
        section.scrollIntoViewIfNeeded();
        Screenshots.save(page, "organisation-events-hanoi-en");
        link.click();
        EventPage read = EventPage.shownIn(page, en, titleEn);
        assertThat(read.document("programme", programme)).isVisible();
        String download = read.document("programme", programme).getAttribute("href");
        assertThat(download).matches("files/\\d+");
        assertThat(page.request().get(platform.url(download)).status()).isEqualTo(200);
        // Read, never changed: no upload, no Change, no Delete.
        assertThat(page.locator(".events-event vaadin-upload")).hasCount(0);
        assertThat(read.button("events.edit")).hasCount(0);
        assertThat(read.button("events.delete")).hasCount(0);

        ShellPage korean = hanoi.switchLanguage(Locale.KOREAN);
        PlatformTexts ko = korean.texts();
        EventPage inKorean = EventPage.shownIn(page, ko, titleKo);
        assertThat(inKorean.factLabels())
                .contains(
                        ko.get("events.field.when"),
                        ko.get("events.field.place"),
                        ko.get("events.field.host"),
                        ko.get("events.field.role"),
                        ko.get("events.field.topics"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(3).setName(ko.get("events.document.PROGRAMME"))))
                .isVisible();
        assertThat(inKorean.document("programme", programme)).isVisible();
        assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "event-page-hanoi-ko");

        page.navigate(platform.url("organisation/vn-hanoi"));
        Locator koreanSection = eventsSection(page, ko);
        assertThat(koreanSection.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(titleKo).setExact(true)))
                .isVisible();
        assertThat(korean.untranslatedKeys()).isEmpty();
        koreanSection.scrollIntoViewIfNeeded();
        Screenshots.save(page, "organisation-events-hanoi-ko");
        // Later tests expect a fresh user's language.
        korean.switchLanguage(Locale.ENGLISH);
    }

    @Test
    void theStatisticsShowTheCountedAndTheReportedEventsOfAYearSideBySide(Page page, RunningPlatform platform) {
        page.navigate(platform.url(""));
        ShellPage nairobi = KeycloakLoginPage.shownIn(page).signIn(NAIROBI);
        nairobi.openMenu(nairobi.texts().get("events.menu.statistics"));
        showsCountedBesideReported(page, nairobi.texts());
        Screenshots.save(page, "events-statistics-nairobi-en");

        ShellPage korean = nairobi.switchLanguage(Locale.KOREAN);
        showsCountedBesideReported(page, korean.texts());
        assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "events-statistics-nairobi-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    /**
     * 2018 in the per-year table: the five events of the register the overview named, and right below them
     * the ten the overview reported, as a history row of its own (never added to the counted ones).
     */
    private static void showsCountedBesideReported(Page page, PlatformTexts texts) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(texts.get("events.statistics.title"))))
                .isVisible();
        Locator table = page.locator("table.events-statistics-years");
        String counted = texts.get("events.statistics.counted.in", "2018");
        String reported = "2018 · " + texts.get("history.reported.in", "2023-01");
        List<String> rows = table.locator("tbody th").allInnerTexts().stream()
                .map(String::strip)
                .toList();
        assertThat(rows).contains(counted, reported);
        assertThat(rows.indexOf(reported)).isEqualTo(rows.indexOf(counted) + 1);
        assertThat(lastFigure(table, counted)).hasText("5");
        Locator reportedRow = row(table, reported);
        assertThat(reportedRow).hasClass(java.util.regex.Pattern.compile("\\bwego-history-row\\b"));
        assertThat(lastFigure(table, reported)).hasText("10");
        reportedRow.scrollIntoViewIfNeeded(); // the screenshot shows the two rows
    }

    private static Locator row(Locator table, String header) {
        return table.locator("tbody tr")
                .filter(new Locator.FilterOptions()
                        .setHas(table.page()
                                .locator("th")
                                .getByText(header, new Locator.GetByTextOptions().setExact(true))));
    }

    private static Locator lastFigure(Locator table, String header) {
        return row(table, header).locator("td").last();
    }

    /** The organisation page's section of the events plugin, waiting for its heading. */
    private static Locator eventsSection(Page page, PlatformTexts texts) {
        Locator section = page.locator("[data-section='events.participation']");
        assertThat(section.getByRole(
                        AriaRole.HEADING,
                        new Locator.GetByRoleOptions().setLevel(2).setName(texts.get("events.organisation.title"))))
                .isVisible();
        return section;
    }

    /** A country as the kit's country field lists it: "South Korea (KR)". */
    private static String country(String code, Locale language) {
        return Locale.of("", code).getDisplayCountry(language) + " (" + code + ")";
    }

    private static int saved(JdbcClient jdbc, String titleEn) {
        return jdbc.sql("SELECT COUNT(*) FROM events_event WHERE title_en = :title")
                .param("title", titleEn)
                .query(Integer.class)
                .single();
    }
}
