package org.wego.plugins.training.attendance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugins.training.TrainingPlugin;
import org.wego.plugins.training.nominations.ProgrammeNominationsView;
import org.wego.plugins.training.programmes.Programme;
import org.wego.plugins.training.programmes.ProgrammeChoice;
import org.wego.plugins.training.programmes.Programmes;
import org.wego.plugins.training.programmes.Session;

/**
 * Attendance of a programme for the secretariat ({@code training/attendance?programme=N}): per
 * session the enrolled trainees with a box each; "mark all present" ticks every box, the officer
 * unticks the absentees and saves the session (one transaction). Above, the completion rule (minimum
 * attendance in percent) to edit; below, a link to the certificates page.
 */
public class AttendanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Attendance attendance;
    private final Programmes programmes;

    public AttendanceView(Attendance attendance, Programmes programmes) {
        this.attendance = attendance;
        this.programmes = programmes;
        addClassName("training-attendance");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.attendance.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Programme programme = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("programme")
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> programmes.byId(Long.parseLong(id)))
                .orElse(null);
        show(programme);
    }

    private void show(Programme programme) {
        removeAll();
        add(new H1(getTranslation("training.attendance.title")));
        add(ProgrammeChoice.of(
                getTranslation("training.certificate.programme"),
                programmes.list(),
                programme,
                TrainingPlugin.ATTENDANCE_ROUTE,
                getLocale()));
        if (programme == null) {
            add(new Paragraph(getTranslation("training.certificate.choose")));
            return;
        }
        add(rule(programme));
        var certificates = new Anchor(
                TrainingPlugin.CERTIFICATES_ROUTE + "?programme=" + programme.id(),
                getTranslation("training.attendance.to-certificates"));
        certificates.addClassName("training-attendance-certificates");
        var programmePage = new Anchor(
                ProgrammeNominationsView.ROUTE + "?id=" + programme.id(),
                getTranslation("training.certificate.programme-page"));
        add(new HorizontalLayout(certificates, programmePage));
        List<Attendance.Trainee> enrolled = attendance.enrolled(programme.id());
        List<Session> sessions = programmes.sessionsOf(programme.id());
        if (sessions.isEmpty()) {
            add(new Paragraph(getTranslation("training.attendance.no-sessions")));
            return;
        }
        if (enrolled.isEmpty()) {
            add(new Paragraph(getTranslation("training.attendance.no-trainees")));
            return;
        }
        add(new H2(getTranslation("training.attendance.sessions")));
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        int number = 0;
        for (Session session : sessions) {
            number++;
            add(session(programme, session, number, dates, enrolled));
        }
    }

    private Div rule(Programme programme) {
        var percent = new IntegerField(getTranslation("training.attendance.rule"));
        percent.setMin(1);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        // Wide enough for its label: the field's default width cut "Minimum attendance to complete" off.
        percent.setWidth("18em");
        percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        Attendance.Rule rule = attendance.ruleOf(programme.id());
        percent.setValue(rule.percent());
        percent.addClassName("training-attendance-rule");
        var save = new Button(getTranslation("training.attendance.rule.save"));
        save.addClassName("training-attendance-rule-save");
        save.addClickListener(e -> {
            percent.setInvalid(false);
            try {
                attendance.setRule(programme.id(), percent.getValue() == null ? 0 : percent.getValue(), rule.version());
                show(programme);
            } catch (InvalidInputException ex) {
                percent.setErrorMessage(
                        getTranslation(ex.messageKey(), ex.arguments().toArray()));
                percent.setInvalid(true);
            }
        });
        var row = new HorizontalLayout(percent, save);
        row.setAlignItems(Alignment.BASELINE);
        return new Div(new Paragraph(getTranslation("training.attendance.rule.explained")), row);
    }

    private Div session(
            Programme programme,
            Session session,
            int number,
            DateTimeFormatter dates,
            List<Attendance.Trainee> enrolled) {
        var box = new Div();
        box.addClassName("training-attendance-session");
        box.getElement().setAttribute("data-session", Long.toString(session.id()));
        box.add(new H3(getTranslation(
                "training.attendance.session",
                number,
                dates.format(session.date()),
                session.start() + "–" + session.end(),
                session.zone().getId())));
        boolean taken = attendance.isTaken(session.id());
        var state = new Paragraph(
                getTranslation(taken ? "training.attendance.state.taken" : "training.attendance.state.not-taken"));
        state.addClassName("training-attendance-state");
        var present = new CheckboxGroup<Attendance.Trainee>();
        present.setLabel(getTranslation("training.attendance.present"));
        present.setItems(enrolled);
        present.setItemLabelGenerator(Attendance.Trainee::name);
        present.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        Set<Long> marked = attendance.presentAt(session.id());
        present.setValue(
                enrolled.stream().filter(t -> marked.contains(t.nominationId())).collect(Collectors.toSet()));
        var all = new Button(
                getTranslation("training.attendance.mark-all"), e -> present.setValue(new HashSet<>(enrolled)));
        all.addClassName("training-attendance-mark-all");
        var save = new Button(getTranslation("training.attendance.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("training-attendance-save");
        var message = new Paragraph();
        message.addClassName("training-attendance-message");
        save.addClickListener(e -> {
            try {
                attendance.record(
                        programme.id(),
                        session.id(),
                        present.getValue().stream()
                                .map(Attendance.Trainee::nominationId)
                                .collect(Collectors.toSet()));
                state.setText(getTranslation("training.attendance.state.taken"));
                message.setText(getTranslation(
                        "training.attendance.saved", present.getValue().size(), enrolled.size()));
            } catch (InvalidInputException ex) {
                message.setText(getTranslation(ex.messageKey(), ex.arguments().toArray()));
            }
        });
        box.add(state, new HorizontalLayout(all, save), present, message);
        box.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)")
                .set("width", "100%")
                .set("box-sizing", "border-box");
        return box;
    }
}
