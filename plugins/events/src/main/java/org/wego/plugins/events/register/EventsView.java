package org.wego.plugins.events.register;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.PluginContext;

/**
 * The list of international events, newest first, for every signed-in user: search, year and WeGO's role;
 * the secretariat records new ones from here.
 */
public class EventsView extends VerticalLayout implements HasDynamicTitle {

    /** The list's route. */
    public static final String ROUTE = "events";

    /** The value of the role filter for events without a recorded role. */
    private static final String NOT_RECORDED = "-";

    private static final int SHOWN = 500;

    private final Events events;
    private final PluginContext platform;
    private final TextField search = new TextField();
    private final Select<Integer> year = new Select<>();
    private final Select<String> role = new Select<>();
    private final Grid<Event> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    public EventsView(Events events, PluginContext platform) {
        this.events = events;
        this.platform = platform;
        addClassName("events-list");
        Messages messages = platform.messages(getLocale());
        var heading = new H1(getTranslation("events.heading"));
        var toolbar = new HorizontalLayout(search, year, role);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        search.setLabel(getTranslation("events.search"));
        search.setClearButtonVisible(true);
        search.setWidth("20em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        year.setLabel(getTranslation("events.field.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("events.filter.all"));
        year.setItems(IntStream.rangeClosed(2010, Year.now(platform.clock()).getValue() + 2)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setItemLabelGenerator(value -> value == null ? getTranslation("events.filter.all") : value.toString());
        year.addValueChangeListener(change -> refresh());
        role.setLabel(getTranslation("events.field.role"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("events.filter.all"));
        var roles = new ArrayList<String>();
        for (WegoRole r : WegoRole.values()) {
            roles.add(r.name());
        }
        roles.add(NOT_RECORDED);
        role.setItems(roles);
        role.setItemLabelGenerator(value -> value == null
                ? getTranslation("events.filter.all")
                : NOT_RECORDED.equals(value)
                        ? getTranslation("events.not-recorded")
                        : getTranslation("events.role." + value));
        role.addValueChangeListener(change -> refresh());
        var links = new HorizontalLayout();
        if (events.mayManage()) {
            var record = new Button(
                    getTranslation("events.record"),
                    VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(EventForm.ROUTE)));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.addClassName("events-record");
            links.add(record);
        }
        links.add(new Anchor("events/statistics", getTranslation("events.menu.statistics")));
        links.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        grid.addColumn(e -> e.start().showPeriod(e.end(), messages))
                .setHeader(getTranslation("events.field.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(e -> new Anchor(EventPage.ROUTE + "?id=" + e.id(), e.title(getLocale())))
                .setHeader(getTranslation("events.field.title"))
                .setFlexGrow(3);
        grid.addColumn(e -> EventTexts.place(e, messages)).setHeader(getTranslation("events.field.place"));
        grid.addColumn(e -> EventTexts.role(e, messages)).setHeader(getTranslation("events.field.role"));
        grid.addColumn(e -> EventTexts.host(e, messages, platform.organisations()))
                .setHeader(getTranslation("events.field.host"));
        grid.setAriaLabel(getTranslation("events.heading"));
        grid.addClassName("events-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // long titles and places are read whole
        add(heading, links, toolbar, count, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.heading");
    }

    private void refresh() {
        String chosenRole = role.getValue();
        List<Event> found = events.list(new Events.Filter(
                year.getValue(),
                chosenRole == null || NOT_RECORDED.equals(chosenRole) ? null : WegoRole.valueOf(chosenRole),
                NOT_RECORDED.equals(chosenRole),
                search.getValue(),
                0,
                SHOWN));
        grid.setItems(found);
        count.setText(getTranslation("events.count", found.size()));
    }
}
