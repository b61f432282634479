package org.wego.platform.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import org.wego.platform.organisations.Organisations;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory.Query;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/**
 * The users the viewer manages: the secretariat all of them (invite anyone, deactivate,
 * reactivate), a regional office its region's (invite member-city users of its region).
 */
public class UsersView extends VerticalLayout {

    private final UserAccounts accounts;
    private final SignedInUser user;
    private final UserGrid grid;
    private final Paragraph empty = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final TextField search = new TextField();

    UsersView(UserAccounts accounts, Organisations organisations, CurrentUser currentUser) {
        this.accounts = accounts;
        this.user = currentUser.require();
        setSizeFull();
        add(new H1(getTranslation("users.title")));

        search.setLabel(getTranslation("users.search"));
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        var bar = new HorizontalLayout(search);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (UserAccounts.mayInvite(user)) {
            var invite = new Button(
                    getTranslation("users.invite"),
                    VaadinIcon.PLUS.create(),
                    e -> new InviteDialog(accounts, user, invitable(organisations), this::invited).open());
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(invite);
        }
        add(bar);
        error.addClassName("wego-error");
        error.setVisible(false);
        add(error);

        grid = new UserGrid(organisations, true);
        if (user.hasRole(Role.SECRETARIAT)) {
            grid.addComponentColumn(this::actions)
                    .setHeader(getTranslation("users.actions"))
                    .setAutoWidth(true);
        }
        grid.setAriaLabel(getTranslation("users.title"));
        addAndExpand(grid);
        empty.setText(getTranslation(UserAccounts.mayInvite(user) ? "users.empty.invite" : "users.empty"));
        add(empty);
        refresh();
        search.addValueChangeListener(e -> filter());
    }

    private List<Organisation> invitable(Organisations organisations) {
        if (user.hasRole(Role.SECRETARIAT)) {
            // The registry hands out at most 500 at a time.
            List<Organisation> all = new java.util.ArrayList<>();
            List<Organisation> page;
            do {
                page = organisations.search(new Query(null, null, null, null, null, null, all.size(), 500));
                all.addAll(page);
            } while (page.size() == 500);
            return all;
        }
        return organisations.membersOfRegion(user.organisation()).stream()
                .filter(o -> o.type().isMemberType())
                .filter(o -> Organisations.isVisibleTo(user, o))
                .toList();
    }

    private void invited(UserAccount account) {
        refresh();
        var done = Notification.show(getTranslation("users.invited", account.email()));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private Button actions(UserAccount account) {
        boolean deactivate = account.enabled();
        var button = new Button(getTranslation(deactivate ? "users.deactivate" : "users.reactivate"), e -> {
            try {
                if (deactivate) {
                    accounts.deactivate(user, account.id());
                } else {
                    accounts.reactivate(user, account.id());
                }
                error.setVisible(false);
                refresh();
            } catch (InvalidInputException problem) {
                showError(getTranslation(problem.problems().getFirst().messageKey()));
            } catch (PermissionDeniedException denied) {
                showError(getTranslation("users.error.not-allowed"));
            } catch (UserAdministrationException down) {
                showError(getTranslation("users.error.keycloak"));
            }
        });
        button.addThemeVariants(
                ButtonVariant.LUMO_SMALL, deactivate ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        button.setEnabled(!account.id().equals(user.id()));
        button.setAriaLabel(
                getTranslation(deactivate ? "users.deactivate" : "users.reactivate") + " " + account.displayName());
        return button;
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void refresh() {
        try {
            grid.setItems(new ListDataProvider<>(accounts.visibleTo(user)));
            filter();
        } catch (UserAdministrationException down) {
            grid.setItems(List.of());
            showError(getTranslation("users.error.keycloak"));
        }
    }

    @SuppressWarnings("unchecked")
    private void filter() {
        var provider = (ListDataProvider<UserAccount>) grid.getDataProvider();
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        provider.setFilter(u -> text.isEmpty()
                || u.displayName().toLowerCase(Locale.ROOT).contains(text)
                || u.email().contains(text)
                || (u.organisation() != null && u.organisation().value().contains(text)));
        empty.setVisible(provider.size(new com.vaadin.flow.data.provider.Query<>()) == 0);
    }
}
