package org.wego.platform.users;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.wego.plugin.api.OrganisationDirectory;

/** Users as a grid, the same on the users screen and on an organisation's page. */
class UserGrid extends Grid<UserAccount> {

    UserGrid(OrganisationDirectory organisations, boolean withOrganisation) {
        addColumn(UserAccount::displayName)
                .setHeader(getTranslation("users.name"))
                .setSortable(true)
                .setComparator(UserAccount::displayName)
                .setFlexGrow(2);
        addColumn(UserAccount::email)
                .setHeader(getTranslation("users.email"))
                .setSortable(true)
                .setComparator(UserAccount::email)
                .setFlexGrow(2);
        if (withOrganisation) {
            addColumn(u -> u.organisation() == null
                            ? ""
                            : organisations
                                    .byKey(u.organisation())
                                    .map(o -> o.name(getLocale()))
                                    .orElse(u.organisation().value()))
                    .setHeader(getTranslation("users.organisation"))
                    .setSortable(true)
                    .setFlexGrow(2);
        }
        addColumn(u -> u.role() == null
                        ? getTranslation("users.role.none")
                        : getTranslation("role." + u.role().claimValue()))
                .setHeader(getTranslation("users.role"))
                .setSortable(true);
        addComponentColumn(this::status).setHeader(getTranslation("users.status"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(!withOrganisation);
    }

    private Span status(UserAccount user) {
        String key = !user.enabled()
                ? "users.status.deactivated"
                : user.invitationPending() ? "users.status.invited" : "users.status.active";
        var badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge error");
        if (user.enabled() && user.invitationPending()) {
            badge.getElement().getThemeList().clear();
            badge.getElement().getThemeList().add("badge");
        }
        return badge;
    }
}
