package org.wego.plugins.training.programmes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The daily sessions in the programme form: one row per session (date, start, end, IANA time zone),
 * added and removed. An online programme's rows are fixed to UTC. A refusal of the server names a row; it
 * is shown below the rows and on that row.
 */
class SessionsEditor extends VerticalLayout {

    /** The zones offered: the IANA regions (Asia/Seoul, Africa/Lagos, ...) and UTC, sorted. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals(ProgrammeRules.ONLINE_ZONE)
                    || (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")))
            .sorted()
            .toList();

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Span error = new Span();
    private final Paragraph onlineHint = new Paragraph();
    private final Supplier<@Nullable LocalDate> programmeStart;
    private boolean online;

    SessionsEditor(Supplier<@Nullable LocalDate> programmeStart) {
        this.programmeStart = programmeStart;
        addClassName("training-sessions");
        setPadding(false);
        list.setPadding(false);
        list.setSpacing(false);
        error.addClassName("training-sessions-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        onlineHint.setText(getTranslation("training.session.online-hint"));
        onlineHint.setVisible(false);
        var add = new Button(getTranslation("training.session.add"), VaadinIcon.PLUS.create(), click -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H3(getTranslation("training.session.title")), onlineHint, list, error, add);
    }

    /** Fixes the rows to UTC (online) or lets each have its venue's zone. */
    void setOnline(boolean online) {
        this.online = online;
        onlineHint.setVisible(online);
        rows.forEach(row -> row.fixZone(online));
    }

    void setSessions(List<SessionInput> sessions) {
        rows.clear();
        list.removeAll();
        sessions.forEach(this::addRow);
        clearError();
    }

    /** The rows as entered, incomplete ones included (the server says which row is wrong). */
    List<SessionInput> sessions() {
        return rows.stream()
                .map(row -> new SessionInput(
                        row.date.getValue(), row.start.getValue(), row.end.getValue(), row.zone.getValue()))
                .toList();
    }

    /** Shows a refusal below the rows and, when it names one (1-based), on that row's date. */
    void showError(String message, @Nullable Integer row) {
        error.setText(message);
        error.setVisible(true);
        if (row != null && row >= 1 && row <= rows.size()) {
            rows.get(row - 1).date.setErrorMessage(message);
            rows.get(row - 1).date.setInvalid(true);
        }
    }

    void clearError() {
        error.setVisible(false);
        rows.forEach(row -> row.date.setInvalid(false));
    }

    /** A new row like the last one on the next day (or on the programme's start, 09:00-12:00). */
    private void addRow(@Nullable SessionInput session) {
        Row row = new Row();
        if (session != null) {
            row.date.setValue(session.date());
            row.start.setValue(session.start());
            row.end.setValue(session.end());
            row.zone.setValue(session.zone());
        } else if (!rows.isEmpty()) {
            Row last = rows.getLast();
            row.date.setValue(
                    last.date.getValue() == null ? null : last.date.getValue().plusDays(1));
            row.start.setValue(last.start.getValue());
            row.end.setValue(last.end.getValue());
            row.zone.setValue(last.zone.getValue());
        } else {
            row.date.setValue(programmeStart.get());
            row.start.setValue(LocalTime.of(9, 0));
            row.end.setValue(LocalTime.of(12, 0));
            row.zone.setValue(ProgrammeRules.ONLINE_ZONE);
        }
        row.fixZone(online);
        rows.add(row);
        list.add(row.layout);
    }

    /** One session's fields. */
    private final class Row {
        final DatePicker date = new DatePicker(getTranslation("training.session.date"));
        final TimePicker start = new TimePicker(getTranslation("training.session.start"));
        final TimePicker end = new TimePicker(getTranslation("training.session.end"));
        final ComboBox<String> zone = new ComboBox<>(getTranslation("training.session.zone"));
        final HorizontalLayout layout = new HorizontalLayout();

        Row() {
            ProgrammeForm.isoDates(date);
            start.setStep(Duration.ofMinutes(15));
            end.setStep(Duration.ofMinutes(15));
            zone.setItems(ZONES);
            zone.setWidth("16em");
            var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                list.remove(layout);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("training.session.remove"));
            remove.setTooltipText(getTranslation("training.session.remove"));
            layout.addClassName("training-session-row");
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.add(date, start, end, zone, remove);
        }

        void fixZone(boolean utc) {
            if (utc) {
                zone.setValue(ProgrammeRules.ONLINE_ZONE);
            }
            zone.setReadOnly(utc);
        }
    }
}
