package org.wego.plugins.training.programmes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PluginContext;
import org.wego.plugins.training.nominations.ProgrammeNominationsView;

/**
 * The training programmes (not drafts, except for the secretariat) as a list, newest start first, or as a
 * month calendar; the secretariat also edits and copies them and gets the form to create one.
 */
public class ProgrammesView extends VerticalLayout {

    private final Programmes programmes;
    private final Grid<Programme> grid = new Grid<>(Programme.class, false);
    private final Paragraph empty = new Paragraph();
    private final ProgrammeCalendar calendar;
    private final @Nullable ProgrammeForm form;

    public ProgrammesView(Programmes programmes, PluginContext platform) {
        this.programmes = programmes;
        addClassName("training-programmes");
        add(new H1(getTranslation("training.programmes.title")));
        boolean mayManage = platform.currentUser().map(programmes::mayManage).orElse(false);
        var locale = getLocale();
        List<Organisation> regionalOffices = platform.organisations()
                .search(new OrganisationDirectory.Query(
                        null, OrganisationType.REGIONAL_OFFICE, null, null, null, null, 0, 100));
        Map<OrganisationKey, String> officeNames =
                regionalOffices.stream().collect(Collectors.toMap(Organisation::key, o -> o.name(locale)));

        var list = new Tab(getTranslation("training.programme.view.list"));
        var month = new Tab(getTranslation("training.programme.view.calendar"));
        var views = new Tabs(list, month);
        views.addClassName("training-programme-views");
        calendar = new ProgrammeCalendar(
                programmes,
                YearMonth.now(platform.clock()),
                platform.timeZones().currentUser());
        calendar.setVisible(false);

        grid.addColumn(p -> p.title(locale))
                .setHeader(getTranslation("training.field.title"))
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(p -> p.partner().value()).setHeader(getTranslation("training.field.partner"));
        grid.addColumn(p -> getTranslation("training.mode." + p.mode().name()))
                .setHeader(getTranslation("training.field.mode"))
                .setAutoWidth(true);
        grid.addColumn(Programme::startDate)
                .setHeader(getTranslation("training.field.start"))
                .setSortable(true)
                .setComparator(Programme::startDate)
                .setAutoWidth(true);
        grid.addColumn(Programme::deadline)
                .setHeader(getTranslation("training.field.deadline"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.capacity() + " / " + p.quota())
                .setHeader(getTranslation("training.field.seats"))
                .setAutoWidth(true);
        grid.addColumn(p -> ProgrammeForm.describe(p.eligibility(), officeNames, this))
                .setHeader(getTranslation("training.programme.eligibility"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation("training.status." + p.status().name()))
                .setHeader(getTranslation("training.field.status"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        // A programme opens its page (details, nominations, waitlist).
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ProgrammeNominationsView.ROUTE,
                com.vaadin.flow.router.QueryParameters.of(
                        "id", Long.toString(e.getItem().id())))));
        empty.setText(
                getTranslation(mayManage ? "training.programmes.empty.secretariat" : "training.programmes.empty"));
        var listed = new VerticalLayout(empty, grid);
        listed.setPadding(false);
        views.addSelectedChangeListener(change -> {
            boolean showCalendar = change.getSelectedTab() == month;
            listed.setVisible(!showCalendar);
            calendar.setVisible(showCalendar);
            if (showCalendar) {
                calendar.show(YearMonth.now(platform.clock()));
            }
        });
        add(views, listed, calendar);
        if (mayManage) {
            form = new ProgrammeForm(programmes, platform.organisations(), regionalOffices, this::refresh);
            grid.addComponentColumn(this::actions)
                    .setHeader(getTranslation("training.programme.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            add(form);
        } else {
            form = null;
        }
        refresh();
    }

    private HorizontalLayout actions(Programme programme) {
        var edit = new Button(getTranslation("training.programme.edit"), click -> edit(programme.id()));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // Named with the programme, so that a screen reader (and a test) tells the rows' buttons apart.
        edit.setAriaLabel(getTranslation("training.programme.edit") + ": " + programme.title(getLocale()));
        var copy = new Button(getTranslation("training.programme.copy"), click -> copy(programme));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        copy.setAriaLabel(getTranslation("training.programme.copy") + ": " + programme.title(getLocale()));
        var actions = new HorizontalLayout(edit, copy);
        actions.setSpacing(false);
        // The buttons act on their own: a click on them is not also a click on the row (which may open it).
        actions.getElement().addEventListener("click", click -> {}).stopPropagation();
        return actions;
    }

    /** Opens the programme as it is now in the form. */
    private void edit(long id) {
        if (form != null) {
            programmes.byId(id).ifPresent(p -> form.edit(p, programmes.sessionsOf(id)));
        }
    }

    /** Asks for the copy's start date, copies, and opens the new draft in the form. */
    private void copy(Programme source) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("training.programme.copy-heading", source.title(getLocale())));
        var start = ProgrammeForm.isoDates(new DatePicker(getTranslation("training.programme.copy-start")));
        start.setRequiredIndicatorVisible(true);
        start.setWidth("20em");
        dialog.add(new Paragraph(getTranslation("training.programme.copy-explained")), start);
        var confirm = new Button(getTranslation("training.programme.copy-confirm"), click -> {
            try {
                long id = programmes.copy(source.id(), start.getValue());
                dialog.close();
                refresh();
                edit(id);
            } catch (InvalidInputException e) {
                start.setErrorMessage(
                        getTranslation(e.messageKey(), e.arguments().toArray()));
                start.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter()
                .add(new Button(getTranslation("training.programme.cancel-edit"), c -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        List<Programme> all = programmes.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        calendar.refresh();
    }
}
