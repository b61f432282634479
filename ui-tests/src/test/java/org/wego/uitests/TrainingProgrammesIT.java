package org.wego.uitests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wego.teststack.DemoUser;

/**
 * The secretariat creates a training programme with two daily sessions in another time zone than its
 * own (New York) through the programme form, and finds the sessions in the month calendar, their times in
 * the reader's zone with the UTC offset; in English and in Korean.
 */
@BrowserTest
class TrainingProgrammesIT {

    @Test
    void theSecretariatCreatesAProgrammeWithTwoSessionsAndSeesItInTheCalendar(Page page, RunningPlatform platform) {
        String title = "Urban resilience lab " + System.nanoTime() % 100_000;
        LocalDate first = LocalDate.now().plusDays(40);
        page.navigate(platform.url(""));
        ShellPage secretariat = KeycloakLoginPage.shownIn(page).signIn(DemoUser.named("secretariat.demo"));
        PlatformTexts texts = secretariat.texts();
        secretariat.openMenu(texts.get("training.menu.programmes"));
        heading(page, texts);

        field(page, texts, "training.field.title-en").fill(title);
        field(page, texts, "training.field.title-ko").fill("도시 회복력 연구실");
        // The partner is chosen from the registry by any of its names, shown with its country.
        pick(field(page, texts, "training.field.partner"), "Seoul", "Seoul (KR)");
        choose(field(page, texts, "training.field.mode"), texts.get("training.mode.ON_SITE"));
        field(page, texts, "training.field.venue").fill("Columbia University, New York");
        field(page, texts, "training.field.language").fill("en");
        date(field(page, texts, "training.field.start"), first);
        date(field(page, texts, "training.field.end"), first.plusDays(2));
        date(field(page, texts, "training.field.deadline"), first.minusDays(10));
        field(page, texts, "training.field.capacity").fill("20");
        field(page, texts, "training.field.quota").fill("2");
        choose(field(page, texts, "training.field.status"), texts.get("training.status.OPEN"));

        // The first row starts on the programme's start; the second copies it on the next day.
        Locator add =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("training.session.add")));
        add.click();
        Locator rows = page.locator(".training-session-row");
        assertThat(rows).hasCount(1);
        Locator row = rows.first();
        time(row.getByLabel(texts.get("training.session.start"), exact()), "09:30");
        time(row.getByLabel(texts.get("training.session.end"), exact()), "12:00");
        choose(row.getByLabel(texts.get("training.session.zone"), exact()), "America/New_York");
        add.click();
        assertThat(rows).hasCount(2);
        Locator save = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("training.programmes.save")));

        // The second session on the first's day overlaps it: the server refuses, naming the row, nothing saved.
        Locator secondDate = rows.nth(1).getByLabel(texts.get("training.session.date"), exact());
        date(secondDate, first);
        save.click();
        assertThat(page.locator(".training-sessions-error"))
                .hasText(new MessageFormat(texts.get("training.session.invalid.overlap"), Locale.ENGLISH)
                        .format(new Object[] {2, 1}));
        Screenshots.save(page, "training-programme-form-refused-secretariat-en");
        date(secondDate, first.plusDays(1));
        save.click();
        assertThat(page.getByRole(
                        AriaRole.GRIDCELL,
                        new Page.GetByRoleOptions().setName(title).setExact(true)))
                .isVisible();
        assertThat(rows).hasCount(0);
        page.locator(".training-programme-views").scrollIntoViewIfNeeded();
        Screenshots.save(page, "training-programmes-list-secretariat-en");

        showCalendarAt(page, texts, YearMonth.from(first));
        // The secretariat chose no time zone: the sessions in the platform's, with the offset written out.
        ZonedDateTime firstStart = ZonedDateTime.of(first, LocalTime.of(9, 30), ZoneId.of("America/New_York"))
                .withZoneSameInstant(platform.bean(Clock.class).getZone());
        String expected = shown(firstStart) + " · " + title;
        assertThat(day(page, firstStart.toLocalDate())).containsText(expected);
        ZonedDateTime secondStart = firstStart.plusDays(1);
        assertThat(day(page, secondStart.toLocalDate())).containsText(shown(secondStart) + " · " + title);
        Screenshots.save(page, "training-calendar-secretariat-en");

        // An edit saved on a version someone else has changed meanwhile is refused, and said so.
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(texts.get("training.programme.view.list")))
                .click();
        Locator edit = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(texts.get("training.programme.edit") + ": " + title));
        edit.click();
        assertThat(rows).hasCount(2);
        assertThat(field(page, texts, "training.field.capacity")).hasValue("20");
        field(page, texts, "training.field.capacity").fill("25");
        var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(platform.bean(javax.sql.DataSource.class));
        jdbc.sql("UPDATE training_programme SET version = version + 1, updated_by = 'Someone else' WHERE title_en = :t")
                .param("t", title)
                .update();
        Locator saveChanges = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.get("training.programme.save-changes")));
        saveChanges.click();
        assertThat(page.locator(".training-programme-problem"))
                .hasText(new MessageFormat(texts.get("training.stale"), Locale.ENGLISH)
                        .format(new Object[] {"Someone else"}));
        Screenshots.save(page, "training-programme-edit-stale-secretariat-en");
        edit.click(); // reloads the programme as it is now
        assertThat(page.locator(".training-programme-problem")).isHidden();
        assertThat(field(page, texts, "training.field.capacity")).hasValue("20");
        field(page, texts, "training.field.capacity").fill("25");
        saveChanges.click();
        assertThat(page.getByRole(
                        AriaRole.GRIDCELL,
                        new Page.GetByRoleOptions().setName("25 / 2").setExact(true)))
                .isVisible();

        // Copied as a draft a week later: the form opens the copy, its sessions moved with the start.
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(texts.get("training.programme.copy") + ": " + title))
                .click();
        date(
                page.getByLabel(
                        texts.get("training.programme.copy-start"), new Page.GetByLabelOptions().setExact(true)),
                first.plusDays(7));
        Screenshots.save(page, "training-programme-copy-secretariat-en");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(texts.get("training.programme.copy-confirm")))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(new MessageFormat(texts.get("training.programme.edit-heading"), Locale.ENGLISH)
                                        .format(new Object[] {title}))))
                .isVisible();
        assertThat(rows.nth(0).getByLabel(texts.get("training.session.date"), exact()))
                .hasValue(first.plusDays(7).toString());
        assertThat(rows.nth(1).getByLabel(texts.get("training.session.date"), exact()))
                .hasValue(first.plusDays(8).toString());
        assertThat(field(page, texts, "training.field.status")).hasValue(texts.get("training.status.DRAFT"));
        page.locator(".training-programme-editor")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions()
                                .setName(texts.get("training.programme.cancel-edit"))
                                .setExact(true))
                .click();

        ShellPage korean = secretariat.switchLanguage(Locale.KOREAN);
        PlatformTexts ko = korean.texts();
        heading(page, ko);
        assertThat(page.getByRole(
                                AriaRole.GRIDCELL,
                                new Page.GetByRoleOptions()
                                        .setName("도시 회복력 연구실")
                                        .setExact(true))
                        .first())
                .isVisible();
        Screenshots.save(page, "training-programmes-list-secretariat-ko");
        showCalendarAt(page, ko, YearMonth.from(first));
        ZonedDateTime inKorean = ZonedDateTime.of(first.plusDays(1), LocalTime.of(9, 30), ZoneId.of("America/New_York"))
                .withZoneSameInstant(platform.bean(Clock.class).getZone());
        assertThat(day(page, inKorean.toLocalDate())).containsText(shown(inKorean) + " · 도시 회복력 연구실");
        assertThat(korean.untranslatedKeys()).isEmpty();
        Screenshots.save(page, "training-calendar-secretariat-ko");
        korean.switchLanguage(Locale.ENGLISH);
    }

    /** A 2½-hour session as the calendar shows it: "14:30–17:00 (UTC+00:00)". */
    private static String shown(ZonedDateTime start) {
        var time = DateTimeFormatter.ofPattern("HH:mm");
        ZonedDateTime end = start.plusMinutes(150);
        String offset = start.getOffset().getTotalSeconds() == 0
                ? "+00:00"
                : start.getOffset().getId();
        return time.format(start) + "–" + time.format(end)
                + (end.toLocalDate().equals(start.toLocalDate()) ? "" : " (" + end.toLocalDate() + ")")
                + " (UTC" + offset + ")";
    }

    private static void heading(Page page, PlatformTexts texts) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(1).setName(texts.get("training.programmes.title"))))
                .isVisible();
    }

    private static void showCalendarAt(Page page, PlatformTexts texts, YearMonth month) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(texts.get("training.programme.view.calendar")))
                .click();
        assertThat(page.locator(".training-calendar")).isVisible();
        long ahead = ChronoUnit.MONTHS.between(YearMonth.now(), month);
        for (int i = 0; i < ahead; i++) {
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName(texts.get("training.programme.calendar.next")))
                    .click();
        }
        assertThat(page.locator(".training-calendar [data-date='" + month.atDay(1) + "']"))
                .isVisible();
    }

    private static Locator day(Page page, LocalDate date) {
        return page.locator(".training-calendar [data-date='" + date + "']");
    }

    private static Locator field(Page page, PlatformTexts texts, String key) {
        return page.locator(".training-programme-form").getByLabel(texts.get(key), exact());
    }

    private static Locator.GetByLabelOptions exact() {
        return new Locator.GetByLabelOptions().setExact(true);
    }

    private static void date(Locator field, LocalDate date) {
        field.fill(date.toString());
        field.press("Enter");
    }

    private static void time(Locator field, String time) {
        field.fill(time);
        field.press("Enter");
    }

    /** Types into a combo box and takes the matching option. */
    private static void choose(Locator field, String option) {
        pick(field, option, option);
    }

    /** Types into a combo box and takes the option with exactly that label. */
    private static void pick(Locator field, String typed, String option) {
        field.fill(typed);
        field.page()
                .getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
    }
}
