package org.wego.platform.organisations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory.Query;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PartnerKind;
import org.wego.plugin.api.Permissions;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.ui.DownloadLink;

/**
 * Every organisation in the registry, searchable and filtered, a page at a time; the secretariat
 * exports the filtered list as CSV. Registry fields are public within the platform.
 */
public class OrganisationsView extends VerticalLayout {

    private final Organisations organisations;
    private final TextField text = new TextField();
    private final ComboBox<OrganisationType> type = new ComboBox<>();
    private final ComboBox<Continent> continent = new ComboBox<>();
    private final ComboBox<MembershipStatus> status = new ComboBox<>();
    private final ComboBox<Organisation> region = new ComboBox<>();
    private final Grid<Organisation> grid = new Grid<>();
    private Map<OrganisationKey, PartnerKind> partnerKinds;

    OrganisationsView(
            Organisations organisations,
            CurrentUser currentUser,
            OrganisationExport export,
            Registry registry,
            Permissions permissions) {
        this.organisations = organisations;
        SignedInUser viewer = currentUser.get().orElse(null);
        setSizeFull();
        add(new H1(getTranslation("organisations.title")));

        text.setLabel(getTranslation("organisations.search"));
        text.setPlaceholder(getTranslation("organisations.search.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(100);
        type.setLabel(getTranslation("organisations.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> getTranslation("organisation.type." + t.name()));
        continent.setLabel(getTranslation("organisations.continent"));
        continent.setItems(Continent.values());
        continent.setItemLabelGenerator(c -> getTranslation("continent." + c.name()));
        status.setLabel(getTranslation("organisations.status"));
        // Applicants are the secretariat's only (Organisations.isVisibleTo): not even offered as a filter.
        status.setItems(java.util.Arrays.stream(MembershipStatus.values())
                .filter(s -> s != MembershipStatus.APPLICANT || Organisations.seesApplicants(viewer))
                .toList());
        status.setItemLabelGenerator(s -> getTranslation("membership.status." + s.name()));
        region.setLabel(getTranslation("organisations.region"));
        region.setItems(
                organisations.search(new Query(null, OrganisationType.REGIONAL_OFFICE, null, null, null, null, 0, 50)));
        region.setItemLabelGenerator(o -> o.name(getLocale()));
        for (var filter : new ComboBox<?>[] {type, continent, status, region}) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new HorizontalLayout(text, type, continent, status, region);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        if (currentUser.get().map(u -> u.hasRole(Role.SECRETARIAT)).orElse(false)) {
            // Checked again in the service: the link is a server endpoint of its own.
            var download = new DownloadLink(
                    getTranslation("organisations.export"),
                    locale -> DownloadLink.File.csv(
                            "wego-organisations.csv",
                            export.csv(currentUser.require(), query(0, 500), locale)
                                    .getBytes(StandardCharsets.UTF_8)));
            filters.add(download);
        }
        if (viewer != null && permissions.isAllowed(viewer, OrganisationRegistry.WRITE_PERMISSION)) {
            // Only the registry's writers see the form; Registry.createPartner checks again on the server.
            var addPartner = new Button(
                    getTranslation("partner-form.open"),
                    VaadinIcon.PLUS.create(),
                    e -> new PartnerDialog(registry, created -> {
                                // The new partner's kind, beside its type in the list.
                                partnerKinds = organisations.partnerKinds();
                                grid.getDataProvider().refreshAll();
                            })
                            .open());
            addPartner.addClassName("registry-add-partner");
            filters.add(addPartner);
        }
        add(filters);

        grid.addColumn(o -> o.name(getLocale()))
                .setHeader(getTranslation("organisations.name"))
                .setFlexGrow(3);
        partnerKinds = organisations.partnerKinds();
        grid.addColumn(o -> typeText(o, partnerKinds.get(o.key()))).setHeader(getTranslation("organisations.type"));
        grid.addColumn(o -> o.country() == null ? "" : o.country()).setHeader(getTranslation("organisations.country"));
        grid.addColumn(o -> o.continent() == null
                        ? ""
                        : getTranslation("continent." + o.continent().name()))
                .setHeader(getTranslation("organisations.continent"));
        grid.addColumn(o -> o.type() == OrganisationType.CITY && o.capital()
                        ? getTranslation("organisations.capital.yes")
                        : "")
                .setHeader(getTranslation("organisations.capital"));
        grid.addColumn(o -> o.regionalOffice() == null ? "" : officeName(o))
                .setHeader(getTranslation("organisations.region"));
        grid.addColumn(o -> getTranslation("membership.status." + o.status().name()))
                .setHeader(getTranslation("organisations.status"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("organisations.title"));
        grid.setItems(
                q -> organisations.search(query(q.getOffset(), q.getLimit()), viewer).stream(),
                q -> organisations.count(query(0, 1), viewer));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("organisation/" + e.getItem().key())));
        addAndExpand(grid);
    }

    /** "Partner · University": a partner's kind says more than "Partner" alone. */
    private String typeText(Organisation organisation, @Nullable PartnerKind kind) {
        String type = getTranslation("organisation.type." + organisation.type().name());
        return kind == null ? type : type + " · " + getTranslation("organisation.partner-kind." + kind.name());
    }

    private String officeName(Organisation organisation) {
        return region.getListDataView()
                .getItems()
                .filter(office -> office.key().equals(organisation.regionalOffice()))
                .map(office -> office.name(getLocale()))
                .findFirst()
                .orElse(organisation.regionalOffice().value());
    }

    private Query query(int offset, int limit) {
        return new Query(
                text.getValue().isBlank() ? null : text.getValue(),
                type.getValue(),
                continent.getValue(),
                null,
                status.getValue(),
                region.getValue() == null ? null : region.getValue().key(),
                offset,
                Math.min(Math.max(limit, 1), 500));
    }
}
