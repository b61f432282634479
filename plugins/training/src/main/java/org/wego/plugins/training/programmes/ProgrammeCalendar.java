package org.wego.plugins.training.programmes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A month of programmes, Monday first: each day lists the sessions held that day in the reader's time
 * zone (their preference, the platform's without one), with the UTC offset written out ({@link
 * SessionTimes}), so a session in Seoul shows on the day and at the hour it is for a reader in Paris; a
 * programme without sessions yet is shown on each of its days. Drafts only for the secretariat (as the
 * list).
 */
class ProgrammeCalendar extends VerticalLayout {

    private final Programmes programmes;
    private final ZoneId reader;
    private final H2 month = new H2();
    private final Div days = new Div();
    private YearMonth shown;

    ProgrammeCalendar(Programmes programmes, YearMonth initial, ZoneId reader) {
        this.programmes = programmes;
        this.reader = reader;
        this.shown = initial;
        addClassName("training-calendar");
        setPadding(false);
        var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> show(shown.minusMonths(1)));
        previous.setAriaLabel(getTranslation("training.programme.calendar.previous"));
        previous.setTooltipText(getTranslation("training.programme.calendar.previous"));
        var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> show(shown.plusMonths(1)));
        next.setAriaLabel(getTranslation("training.programme.calendar.next"));
        next.setTooltipText(getTranslation("training.programme.calendar.next"));
        var today = new Button(getTranslation("training.programme.calendar.today"), click -> show(initial));
        today.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        month.addClassName("training-calendar-month");
        month.getStyle().set("margin", "0 var(--lumo-space-m)");
        var header = new HorizontalLayout(previous, month, next, today);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        days.addClassName("training-calendar-days");
        days.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(7, minmax(0, 1fr))")
                .set("gap", "1px")
                .set("width", "100%")
                .set("background", "var(--lumo-contrast-10pct)")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        setWidthFull();
        add(header, days, new Paragraph(getTranslation("training.programme.calendar.zone-note")));
        show(initial);
    }

    /** Shows the month shown again, read afresh. */
    void refresh() {
        show(shown);
    }

    /** Shows the month, read afresh. */
    void show(YearMonth month) {
        shown = month;
        Locale locale = getLocale();
        this.month.setText(
                month.format(DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale)));
        days.removeAll();
        for (DayOfWeek day : DayOfWeek.values()) {
            var name = new Div(day.getDisplayName(TextStyle.SHORT, locale));
            name.getStyle()
                    .set("background", "var(--lumo-contrast-5pct)")
                    .set("padding", "var(--lumo-space-xs)")
                    .set("font-weight", "600")
                    .set("text-align", "center");
            days.add(name);
        }
        Map<LocalDate, List<Entry>> entries = entries(month, locale);
        LocalDate first = month.atDay(1);
        for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
            days.add(cell());
        }
        for (LocalDate date = first; !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
            Div cell = cell();
            cell.getElement().setAttribute("data-date", date.toString());
            var number = new Span(Integer.toString(date.getDayOfMonth()));
            number.getStyle()
                    .set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            cell.add(number);
            for (Entry entry : entries.getOrDefault(date, List.of())) {
                var item = new Div(entry.text());
                item.addClassName("training-calendar-entry");
                item.getElement().setAttribute("title", entry.text());
                item.getStyle()
                        .set("font-size", "var(--lumo-font-size-xs)")
                        .set("margin-top", "2px")
                        .set("padding", "1px 4px")
                        .set("border-radius", "var(--lumo-border-radius-s)")
                        .set(
                                "background",
                                entry.draft() ? "var(--lumo-contrast-10pct)" : "var(--lumo-primary-color-10pct)")
                        .set("overflow-wrap", "anywhere");
                cell.add(item);
            }
            days.add(cell);
        }
    }

    private record Entry(String text, boolean draft) {}

    /** What each day of the month shows: session times in their zone, or the title for a programme without sessions. */
    private Map<LocalDate, List<Entry>> entries(YearMonth month, Locale locale) {
        var byDay = new LinkedHashMap<LocalDate, List<Entry>>();
        for (Programmes.Scheduled scheduled : programmes.scheduledIn(month)) {
            Programme programme = scheduled.programme();
            String title = programme.title(locale);
            boolean draft = programme.status() == ProgrammeStatus.DRAFT;
            String status = draft ? " (" + getTranslation("training.status.DRAFT") + ")" : "";
            if (scheduled.sessions().isEmpty()) {
                for (LocalDate date = programme.startDate();
                        !date.isAfter(programme.endDate());
                        date = date.plusDays(1)) {
                    byDay.computeIfAbsent(date, d -> new ArrayList<>()).add(new Entry(title + status, draft));
                }
            }
            for (Session session : scheduled.sessions()) {
                String text = SessionTimes.times(session, reader) + " · " + title + status;
                LocalDate day = session.startsAt().withZoneSameInstant(reader).toLocalDate();
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(new Entry(text, draft));
            }
        }
        return byDay;
    }

    private static Div cell() {
        var cell = new Div();
        cell.getStyle()
                .set("background", "var(--lumo-base-color)")
                .set("min-height", "5.5em")
                .set("padding", "var(--lumo-space-xs)");
        return cell;
    }
}
