package org.wego.plugins.training.trainees;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Optional;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugins.training.nominations.ProgrammeNominationsView;

/**
 * Trainees ({@code training/trainees}, member city, regional office, secretariat): the trainees the
 * user may see, searched by name or e-mail in a lazy grid; a row (or {@code ?id=N}) shows that
 * trainee's history below, each programme linking to its page. What is shown is decided by
 * {@link TraineeHistory}.
 */
public class TraineesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "training/trainees";

    private final TraineeHistory trainees;
    private final TextField search = new TextField();
    private final Grid<TraineeHistory.TraineeRow> grid = new Grid<>();
    private final Div history = new Div();
    private final Paragraph found = new Paragraph();
    /** The search the grid shows, checked by the service in {@link #refresh}. */
    private String shown = "";

    public TraineesView(TraineeHistory trainees) {
        this.trainees = trainees;
        addClassName("training-trainees");
        add(new H1(getTranslation("training.trainee.title")), new Paragraph(getTranslation("training.trainee.intro")));
        search.setLabel(getTranslation("training.trainee.search"));
        search.setMaxLength(TraineeHistory.MAX_SEARCH);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.addClassName("training-trainee-search");
        grid.addClassName("training-trainees-grid");
        grid.addColumn(TraineeHistory.TraineeRow::name)
                .setHeader(getTranslation("training.trainee.column.name"))
                .setFlexGrow(2);
        grid.addColumn(TraineeHistory.TraineeRow::organisationName)
                .setHeader(getTranslation("training.nomination.column.organisation"));
        grid.addColumn(r -> r.position() == null ? "" : r.position())
                .setHeader(getTranslation("training.nomination.column.position"));
        grid.addColumn(r -> r.email() == null ? "—" : r.email())
                .setHeader(getTranslation("training.nomination.column.email"))
                .setFlexGrow(2);
        grid.addColumn(TraineeHistory.TraineeRow::programmes)
                .setHeader(getTranslation("training.trainee.column.programmes"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("training.trainee.title"));
        grid.setEmptyStateText(getTranslation("training.trainee.none"));
        // A click on a row of a list reloaded meanwhile has no item: nothing to show then.
        grid.addItemClickListener(e -> Optional.ofNullable(e.getItem()).ifPresent(r -> show(r.id())));
        grid.setItems(q -> trainees.trainees(shown, q.getOffset(), q.getLimit()).stream(), q -> trainees.count(shown));
        history.setWidthFull();
        history.addClassName("training-trainee-history");
        // A fixed height keeps the history below in sight on an ordinary screen.
        grid.setHeight("22rem");
        found.addClassName("training-trainees-found");
        add(search, found, grid, history);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("id")
                .filter(s -> s.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.trainee.title");
    }

    /** Reloads the grid with the search; a refused search shows its message on the field. */
    private void refresh() {
        String text = search.getValue();
        try {
            int matches = trainees.count(text);
            search.setInvalid(false);
            found.setText(getTranslation("training.trainee.found", matches));
            shown = text;
            grid.getDataProvider().refreshAll();
        } catch (InvalidInputException e) {
            search.setErrorMessage(getTranslation(e.messageKey()));
            search.setInvalid(true);
        }
    }

    /** The trainee's history below the grid; one out of the user's scope is said to be not found. */
    private void show(long traineeId) {
        history.removeAll();
        Optional<TraineeHistory.TraineeRow> trainee;
        List<TraineeHistory.Entry> entries;
        try {
            trainee = trainees.trainee(traineeId);
            entries = trainee.isPresent() ? trainees.history(traineeId) : List.of();
        } catch (PermissionDeniedException e) {
            trainee = Optional.empty();
            entries = List.of();
        }
        if (trainee.isEmpty()) {
            var missing = new Paragraph(getTranslation("training.trainee.not-found"));
            missing.addClassName("training-not-found");
            history.add(missing);
            return;
        }
        TraineeHistory.TraineeRow t = trainee.get();
        history.add(new H2(getTranslation("training.trainee.history", t.name())));
        var facts = new java.util.ArrayList<String>();
        facts.add(t.organisationName());
        facts.add(t.position());
        facts.add(t.department());
        facts.add(t.email());
        facts.add(
                t.gender() == null
                        ? null
                        : getTranslation("training.gender." + t.gender().name()));
        facts.removeIf(f -> f == null || f.isBlank());
        history.add(new Paragraph(String.join(" · ", facts)));
        if (entries.isEmpty()) {
            history.add(new Paragraph(getTranslation("training.trainee.history.none")));
            return;
        }
        var table = new Grid<TraineeHistory.Entry>();
        table.addClassName("training-trainee-history-grid");
        table.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addComponentColumn(e ->
                        new Anchor(ProgrammeNominationsView.ROUTE + "?id=" + e.programmeId(), e.title(getLocale())))
                .setHeader(getTranslation("training.trainee.column.programme"))
                .setFlexGrow(2);
        table.addColumn(e -> e.startDate() + " – " + e.endDate())
                .setHeader(getTranslation("training.nomination.page.dates"));
        table.addColumn(TraineeHistory.Entry::partnerName)
                .setHeader(getTranslation("training.nomination.page.partner"));
        table.addColumn(e -> getTranslation(
                        "training.nomination.status." + e.status().name()))
                .setHeader(getTranslation("training.nomination.column.status"));
        table.addColumn(e ->
                        e.waitlistPosition() == null ? "" : e.waitlistPosition().toString())
                .setHeader(getTranslation("training.nomination.column.waitlist"));
        table.addColumn(e -> e.completed() == null
                        ? "—"
                        : getTranslation(
                                e.completed() ? "training.trainee.completed.yes" : "training.trainee.completed.no"))
                .setHeader(getTranslation("training.trainee.column.completed"));
        table.setItems(entries);
        table.setAllRowsVisible(true);
        history.add(table);
        history.scrollIntoView();
    }
}
