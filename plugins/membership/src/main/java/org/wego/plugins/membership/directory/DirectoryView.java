package org.wego.plugins.membership.directory;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.Topic;
import org.wego.plugin.api.TopicChoices;
import org.wego.plugin.api.ui.CountryField;
import org.wego.plugin.api.ui.DownloadLink;
import org.wego.plugin.api.ui.InputErrors;
import org.wego.plugins.membership.MembershipPlugin;
import org.wego.plugins.membership.profiles.MemberProfiles;

/**
 * The member directory for every signed-in user: a filter bar, a lazy grid sorted by the column
 * clicked, the number of matches; a row opens the member's profile (the secretariat's, or a member's
 * own) or the platform's organisation page. The secretariat downloads the matches as CSV or Excel.
 * A filter the service refuses is shown next to its field, translated.
 */
public class DirectoryView extends VerticalLayout {

    private final MemberDirectory directory;
    private final MemberProfiles profiles;
    private final SignedInUser user;
    final TextField text = new TextField();
    private final Checkbox prefix = new Checkbox();
    private final ComboBox<OrganisationType> type = new ComboBox<>();
    private final ComboBox<Continent> continent = new ComboBox<>();
    final CountryField country;
    private final ComboBox<Boolean> capital = new ComboBox<>();
    private final ComboBox<Organisation> region = new ComboBox<>();
    final ComboBox<Topic> focus = new ComboBox<>();
    private final TopicChoices areas;
    private final ComboBox<MembershipStatus> status = new ComboBox<>();
    /** The filters' values; each bound through the bridge to the input the service refuses. */
    private final Binder<Filters> binder = new Binder<>();

    private final InputErrors<Filters> errors =
            new InputErrors<>(binder, (key, arguments) -> getTranslation(key, arguments));
    private final Filters filters = new Filters();
    private final Span total = new Span();
    private final Paragraph error = new Paragraph();
    private final Grid<DirectoryEntry> grid = new Grid<>();
    private DirectoryQuery current = DirectoryQuery.members();
    private int matches;

    public DirectoryView(MemberDirectory directory, MemberProfiles profiles, PluginContext platform) {
        this.directory = directory;
        this.profiles = profiles;
        this.user = platform.requireUser();
        addClassName("membership-directory");
        setSizeFull();
        add(new H1(getTranslation("membership.directory.title")));

        text.setLabel(getTranslation("membership.directory.search"));
        text.setPlaceholder(getTranslation("membership.directory.search.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setWidth("18em");
        prefix.setLabel(getTranslation("membership.directory.prefix"));
        type.setLabel(getTranslation("membership.directory.column.type"));
        type.setItems(Arrays.stream(OrganisationType.values())
                .filter(OrganisationType::isMemberType)
                .toList());
        type.setItemLabelGenerator(t -> getTranslation("organisation.type." + t.name()));
        continent.setLabel(getTranslation("membership.directory.column.continent"));
        continent.setItems(Continent.values());
        continent.setItemLabelGenerator(c -> getTranslation("continent." + c.name()));
        // Chosen by name in the viewer's language; the service still checks the code (the REST API takes any text).
        country = new CountryField(getTranslation("membership.directory.column.country"));
        country.setWidth("14em");
        capital.setLabel(getTranslation("membership.directory.column.capital"));
        capital.setItems(true, false);
        capital.setItemLabelGenerator(
                c -> getTranslation(c ? "membership.directory.capital.yes" : "membership.directory.capital.no"));
        region.setLabel(getTranslation("membership.directory.column.region"));
        region.setItems(platform.organisations()
                .search(new OrganisationDirectory.Query(
                        null, OrganisationType.REGIONAL_OFFICE, null, null, null, null, 0, 50)));
        region.setItemLabelGenerator(o -> o.name(getLocale()));
        focus.setLabel(getTranslation("membership.field.focus-areas"));
        // The platform's managed topics: the current ones to filter by; retired ones still show in the rows.
        areas = TopicChoices.of(platform.topics());
        focus.setItems(areas.choices(java.util.Set.of()));
        focus.setItemLabelGenerator(t -> t.name(getLocale()));
        status.setLabel(getTranslation("membership.directory.column.status"));
        status.setPlaceholder(getTranslation("membership.status.MEMBER"));
        status.setItems(Arrays.stream(MembershipStatus.values())
                .filter(s -> s != MembershipStatus.PARTNER)
                .filter(s -> s != MembershipStatus.APPLICANT || directory.mayExport(user))
                .toList());
        status.setItemLabelGenerator(s -> getTranslation("membership.status." + s.name()));
        errors.forField(text, DirectoryInput.TEXT).bind(f -> f.text, (f, v) -> f.text = v);
        binder.forField(prefix).bind(f -> f.prefix, (f, v) -> f.prefix = v);
        errors.forField(type, DirectoryInput.TYPE).bind(f -> f.type, (f, v) -> f.type = v);
        binder.forField(continent).bind(f -> f.continent, (f, v) -> f.continent = v);
        errors.forField(country, DirectoryInput.COUNTRY).bind(f -> f.country, (f, v) -> f.country = v);
        binder.forField(capital).bind(f -> f.capital, (f, v) -> f.capital = v);
        errors.forField(region, DirectoryInput.REGIONAL_OFFICE).bind(f -> f.region, (f, v) -> f.region = v);
        errors.forField(focus, DirectoryInput.FOCUS_AREA).bind(f -> f.focus, (f, v) -> f.focus = v);
        errors.forField(status, DirectoryInput.STATUS).bind(f -> f.status, (f, v) -> f.status = v);
        binder.setDefaultValidatorsEnabled(false);
        binder.readBean(filters);
        for (AbstractField<?, ?> field :
                List.<AbstractField<?, ?>>of(text, type, continent, country, capital, region, focus, status)) {
            if (field instanceof ComboBox<?> box) {
                box.setClearButtonVisible(true);
            }
            field.addValueChangeListener(e -> refresh());
        }
        prefix.addValueChangeListener(e -> refresh());

        var filters = new HorizontalLayout(text, prefix, type, continent, country, capital, region, focus, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("membership-directory-filters");
        add(filters);

        total.addClassName("membership-directory-total");
        var summary = new HorizontalLayout(total);
        summary.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (directory.mayExport(user)) {
            summary.add(download("csv", "text/csv;charset=UTF-8", directory::exportCsv));
            summary.add(download(
                    "xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    directory::exportXlsx));
        }
        add(summary);
        error.addClassName("membership-directory-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(error);

        grid.addColumn(e -> e.name(getLocale()))
                .setHeader(getTranslation("membership.directory.column.name"))
                .setSortProperty(DirectorySort.NAME.name())
                .setKey(DirectorySort.NAME.name())
                .setFlexGrow(3);
        grid.addColumn(e -> getTranslation("organisation.type." + e.type().name()))
                .setHeader(getTranslation("membership.directory.column.type"))
                .setSortProperty(DirectorySort.TYPE.name())
                .setKey(DirectorySort.TYPE.name());
        grid.addColumn(e -> e.country() == null ? "" : e.country())
                .setHeader(getTranslation("membership.directory.column.country"))
                .setSortProperty(DirectorySort.COUNTRY.name())
                .setKey(DirectorySort.COUNTRY.name());
        grid.addColumn(e -> e.continent() == null
                        ? ""
                        : getTranslation("continent." + e.continent().name()))
                .setHeader(getTranslation("membership.directory.column.continent"));
        grid.addColumn(e -> e.capital() ? getTranslation("membership.directory.capital.yes") : "")
                .setHeader(getTranslation("membership.directory.column.capital"));
        grid.addColumn(this::officeName).setHeader(getTranslation("membership.directory.column.region"));
        grid.addColumn(e -> areas.names(e.focusAreas(), getLocale()))
                .setHeader(getTranslation("membership.field.focus-areas"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.statusSince() == null
                        ? getTranslation("membership.directory.since.seeded")
                        : e.statusSince().toString())
                .setHeader(getTranslation("membership.directory.column.since"))
                .setSortProperty(DirectorySort.JOINED.name())
                .setKey(DirectorySort.JOINED.name())
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("membership.directory.title"));
        grid.setEmptyStateText(getTranslation("membership.directory.empty"));
        grid.setMultiSort(false);
        grid.setItems(
                q ->
                        directory
                                .entries(sorted(current, q.getSortOrders()), q.getOffset(), q.getLimit(), getLocale())
                                .stream(),
                q -> matches);
        grid.addItemClickListener(e -> open(e.getItem()));
        addAndExpand(grid);
        refresh();
    }

    /** Checks the filters with the service and, if they pass, shows the count and reloads the grid. */
    private void refresh() {
        errors.clear();
        error.setVisible(false);
        binder.writeBeanAsDraft(filters, true);
        DirectoryQuery query = filters.query();
        try {
            matches = directory.count(query);
            current = query;
            total.setText(getTranslation("membership.directory.total", matches));
        } catch (InvalidInputException e) {
            if (!errors.show(e)) {
                error.setText(errors.message(e));
                error.setVisible(true);
            }
            matches = 0;
            total.setText("");
        } catch (PermissionDeniedException e) {
            error.setText(getTranslation("membership.directory.not-allowed"));
            error.setVisible(true);
            matches = 0;
        }
        grid.getDataProvider().refreshAll();
    }

    private static DirectoryQuery sorted(
            DirectoryQuery query, List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return query;
        }
        var order = orders.getFirst();
        return new DirectoryQuery(
                query.text(),
                query.match(),
                query.type(),
                query.continent(),
                query.country(),
                query.capital(),
                query.regionalOffice(),
                query.focusArea(),
                query.status(),
                DirectorySort.valueOf(order.getSorted()),
                order.getDirection() == SortDirection.DESCENDING);
    }

    private DownloadLink download(String format, String mimeType, BiFunction<DirectoryQuery, Locale, byte[]> export) {
        // The service checks the role again: the link is a server endpoint of its own.
        var link = new DownloadLink(
                getTranslation("membership.directory.export." + format),
                locale -> new DownloadLink.File(
                        "wego-members." + format, mimeType, export.apply(sorted(current, sortOrders()), locale)));
        link.addClassName("membership-directory-export-" + format);
        return link;
    }

    private List<com.vaadin.flow.data.provider.QuerySortOrder> sortOrders() {
        return grid.getSortOrder().stream()
                .map(GridSortOrder::getSorted)
                .findFirst()
                .map(column -> List.of(new com.vaadin.flow.data.provider.QuerySortOrder(
                        column.getKey(), grid.getSortOrder().getFirst().getDirection())))
                .orElse(List.of());
    }

    private String officeName(DirectoryEntry entry) {
        if (entry.regionalOffice() == null) {
            return "";
        }
        return region.getListDataView()
                .getItems()
                .filter(office -> office.key().equals(entry.regionalOffice()))
                .map(office -> office.name(getLocale()))
                .findFirst()
                .orElse(entry.regionalOffice().value());
    }

    /** The secretariat and the member itself open the profile; anyone else the registry's page. */
    private void open(DirectoryEntry entry) {
        getUI().ifPresent(ui -> {
            if (!profiles.mayEdit(user, entry.key())) {
                ui.navigate("organisation/" + entry.key().value());
            } else if (entry.key().equals(user.organisation())) {
                ui.navigate(MembershipPlugin.PROFILE_ROUTE);
            } else {
                ui.navigate(
                        MembershipPlugin.PROFILE_ROUTE,
                        QueryParameters.of("org", entry.key().value()));
            }
        });
    }

    /** The filter bar's values, between its fields and the service's {@link DirectoryQuery}. */
    static final class Filters implements Serializable {
        String text = "";
        boolean prefix;

        @Nullable
        OrganisationType type;

        @Nullable
        Continent continent;

        @Nullable
        String country;

        @Nullable
        Boolean capital;

        @Nullable
        Organisation region;

        @Nullable
        Topic focus;

        @Nullable
        MembershipStatus status;

        DirectoryQuery query() {
            return new DirectoryQuery(
                    text,
                    prefix ? DirectoryQuery.TextMatch.PREFIX : DirectoryQuery.TextMatch.CONTAINS,
                    type,
                    continent,
                    country,
                    capital,
                    region == null ? null : region.key(),
                    focus == null ? null : focus.code(),
                    status,
                    DirectorySort.NAME,
                    false);
        }
    }
}
