package org.wego.platform.organisations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PartnerKind;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.StatusChange;

/** One organisation's registry record, at {@code organisation/{key}}. */
public class OrganisationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Organisations organisations;
    private final Registry registry;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<OrganisationSection> sections;
    private String title = "";

    OrganisationView(
            Organisations organisations,
            Registry registry,
            CurrentUser currentUser,
            Clock clock,
            List<OrganisationSection> sections) {
        this.organisations = organisations;
        this.registry = registry;
        this.currentUser = currentUser;
        this.clock = clock;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(OrganisationSection::order))
                .toList();
    }

    @Override
    public void setParameter(BeforeEvent event, String key) {
        Organisation organisation;
        try {
            // An applicant is not there for anyone but the secretariat: the same answer as an unknown key.
            organisation = organisations
                    .byKey(OrganisationKey.of(key))
                    .filter(o -> Organisations.isVisibleTo(currentUser.get().orElse(null), o))
                    .orElseThrow(NotFoundException::new);
        } catch (IllegalArgumentException e) {
            // A malformed key is the same as an unknown one: nothing is revealed either way.
            throw new NotFoundException();
        }
        show(organisation);
    }

    private void show(Organisation organisation) {
        removeAll();
        title = organisation.name(getLocale());
        add(new H1(title));
        if (!organisation.nameKo().equals(title)) {
            add(new Paragraph(organisation.nameKo()));
        }
        var fields = new FormLayout();
        fields.addFormItem(new Span(organisation.key().value()), getTranslation("organisations.key"));
        fields.addFormItem(
                new Span(getTranslation(
                        "organisation.type." + organisation.type().name())),
                getTranslation("organisations.type"));
        PartnerKind partnerKind = organisations.partnerKinds().get(organisation.key());
        if (partnerKind != null) {
            fields.addFormItem(
                    new Span(getTranslation("organisation.partner-kind." + partnerKind.name())),
                    getTranslation("organisations.partner-kind"));
        }
        fields.addFormItem(
                new Span(organisation.country() == null ? "–" : organisation.country()),
                getTranslation("organisations.country"));
        fields.addFormItem(
                new Span(
                        organisation.continent() == null
                                ? "–"
                                : getTranslation(
                                        "continent." + organisation.continent().name())),
                getTranslation("organisations.continent"));
        if (organisation.type() == org.wego.plugin.api.OrganisationType.CITY) {
            fields.addFormItem(
                    new Span(getTranslation(
                            organisation.capital() ? "organisations.capital.yes" : "organisations.capital.no")),
                    getTranslation("organisations.capital"));
        }
        fields.addFormItem(
                new Span(
                        organisation.regionalOffice() == null
                                ? getTranslation("organisations.region.none")
                                : organisations
                                        .byKey(organisation.regionalOffice())
                                        .map(o -> o.name(getLocale()))
                                        .orElse(organisation.regionalOffice().value())),
                getTranslation("organisations.region"));
        fields.addFormItem(
                new Span(getTranslation(
                        "membership.status." + organisation.status().name())),
                getTranslation("organisations.status"));
        if (organisation.statusSince() != null) {
            fields.addFormItem(
                    new Span(dates().format(organisation.statusSince())), getTranslation("registry.status.effective"));
        }
        fields.addFormItem(
                organisation.website() == null
                        ? new Span(getTranslation("registry.website.none"))
                        : new Anchor(organisation.website(), organisation.website(), AnchorTarget.BLANK),
                getTranslation("registry.website"));
        add(fields);
        SignedInUser viewer = currentUser.get().orElse(null);
        if (viewer == null) {
            return;
        }
        add(actions(organisation, viewer));
        if (Organisations.isInScope(viewer, organisation)) {
            add(privateDetails(organisation));
        }
        sections.forEach(section -> section.sectionFor(organisation, viewer).ifPresent(this::add));
    }

    /** What this viewer may change: the secretariat the whole record, the organisation's own users its website. */
    private HorizontalLayout actions(Organisation organisation, SignedInUser viewer) {
        var actions = new HorizontalLayout();
        if (viewer.hasRole(Role.SECRETARIAT)) {
            var edit = new Button(
                    getTranslation("registry.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> new RecordEditor(registry, organisations, organisation, this::show).open());
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
            if (!RegistryInput.MOVES.get(organisation.status()).isEmpty()) {
                actions.add(new Button(
                        getTranslation("registry.status.change"),
                        e -> new StatusDialog(registry, organisation, clock, this::show).open()));
            }
        } else if (organisation.key().equals(viewer.organisation())) {
            actions.add(new Button(
                    getTranslation("registry.website.edit"),
                    e -> new WebsiteDialog(registry, organisation, this::show).open()));
        }
        return actions;
    }

    /** Contacts and status history: only for the organisation, its regional office and the secretariat. */
    private VerticalLayout privateDetails(Organisation organisation) {
        var details = new VerticalLayout();
        details.setPadding(false);
        details.add(new H2(getTranslation("registry.contacts")));
        List<OrganisationContact> contacts = registry.contacts(organisation.key());
        if (contacts.isEmpty()) {
            details.add(new Paragraph(getTranslation("registry.contacts.none")));
        } else {
            var grid = new Grid<OrganisationContact>();
            grid.addColumn(OrganisationContact::name).setHeader(getTranslation("registry.contact.name"));
            grid.addColumn(c -> c.role() == null ? "" : c.role()).setHeader(getTranslation("registry.contact.role"));
            grid.addColumn(c -> c.email() == null ? "" : c.email()).setHeader(getTranslation("registry.contact.email"));
            grid.addColumn(c -> c.phone() == null ? "" : c.phone()).setHeader(getTranslation("registry.contact.phone"));
            grid.setItems(contacts);
            grid.setAllRowsVisible(true);
            grid.setAriaLabel(getTranslation("registry.contacts"));
            details.add(grid);
        }
        details.add(new H2(getTranslation("registry.history")));
        List<StatusChange> history = registry.statusHistory(organisation.key());
        if (history.isEmpty()) {
            details.add(new Paragraph(getTranslation("registry.history.none")));
        }
        var list = new UnorderedList();
        history.forEach(change -> list.add(new ListItem(getTranslation(
                "registry.history.entry",
                dates().format(change.effective()),
                getTranslation("membership.status." + change.from().name()),
                getTranslation("membership.status." + change.to().name()),
                change.recordedBy(),
                change.reason()))));
        details.add(list);
        return details;
    }

    private DateTimeFormatter dates() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
