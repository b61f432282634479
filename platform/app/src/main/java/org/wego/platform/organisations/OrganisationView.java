package org.wego.platform.organisations;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import java.util.Comparator;
import java.util.List;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;

/** One organisation's registry record, at {@code organisation/{key}}. */
public class OrganisationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final List<OrganisationSection> sections;
    private String title = "";

    OrganisationView(Organisations organisations, CurrentUser currentUser, List<OrganisationSection> sections) {
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(OrganisationSection::order))
                .toList();
    }

    @Override
    public void setParameter(BeforeEvent event, String key) {
        Organisation organisation;
        try {
            organisation = organisations.byKey(OrganisationKey.of(key)).orElseThrow(NotFoundException::new);
        } catch (IllegalArgumentException e) {
            // A malformed key is the same as an unknown one: nothing is revealed either way.
            throw new NotFoundException();
        }
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
        add(fields);
        currentUser
                .get()
                .ifPresent(viewer -> sections.forEach(
                        section -> section.sectionFor(organisation, viewer).ifPresent(this::add)));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
