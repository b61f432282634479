package org.wego.platform.users;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.wego.platform.organisations.OrganisationSection;
import org.wego.platform.organisations.Organisations;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.SignedInUser;

/** An organisation's users on its page, for the secretariat, the organisation itself and its regional office. */
@org.springframework.stereotype.Component
class OrganisationUsers implements OrganisationSection {

    private final UserAccounts accounts;
    private final Organisations organisations;

    OrganisationUsers(UserAccounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> sectionFor(Organisation organisation, SignedInUser viewer) {
        if (!organisations.isInScopeOf(viewer, organisation)) {
            return Optional.empty();
        }
        var section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("wego-organisation-users");
        section.add(new H2(section.getTranslation("users.of-organisation")));
        try {
            List<UserAccount> users = accounts.usersOf(viewer, organisation);
            if (users.isEmpty()) {
                section.add(new Paragraph(section.getTranslation("users.of-organisation.empty")));
            } else {
                var grid = new UserGrid(organisations, false);
                grid.setItems(users);
                grid.setAriaLabel(section.getTranslation("users.of-organisation"));
                section.add(grid);
            }
        } catch (UserAdministrationException down) {
            section.add(new Paragraph(section.getTranslation("users.error.keycloak")));
        }
        return Optional.of(section);
    }
}
