package org.wego.platform.notifications;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.stream.Stream;
import org.wego.platform.shell.NavbarItem;
import org.wego.plugin.api.SignedInUser;

/** The bell in the header: the unread count, refreshed every half minute; a click opens the centre. */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarItem {

    static final int POLL_MILLIS = 30_000;

    private final NotificationInbox inbox;

    NotificationBell(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Component create(SignedInUser user) {
        return new Bell(inbox, user);
    }

    /** Asks every bell in the UI to count again (after the centre marked notifications read). */
    static void refreshAll(UI ui) {
        ui.getChildren().flatMap(NotificationBell::descendants).forEach(c -> {
            if (c instanceof Bell bell) {
                bell.refresh();
            }
        });
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(NotificationBell::descendants));
    }

    static final class Bell extends Button {

        private final NotificationInbox inbox;
        private final SignedInUser user;
        private final Span count = new Span();

        Bell(NotificationInbox inbox, SignedInUser user) {
            super(VaadinIcon.BELL.create());
            this.inbox = inbox;
            this.user = user;
            addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            addClassName("wego-bell");
            count.addClassName("wego-bell-count");
            count.getElement().getThemeList().add("badge error primary small pill");
            getElement().appendChild(count.getElement());
            addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("notifications")));
            addAttachListener(attach -> {
                refresh();
                UI ui = attach.getUI();
                if (ui.getPollInterval() < 0 || ui.getPollInterval() > POLL_MILLIS) {
                    ui.setPollInterval(POLL_MILLIS);
                }
                Registration polling = ui.addPollListener(poll -> refresh());
                addDetachListener(detach -> {
                    polling.remove();
                    detach.unregisterListener();
                });
            });
        }

        void refresh() {
            int unread = inbox.unread(user);
            count.setText(unread > 99 ? "99+" : Integer.toString(unread));
            count.setVisible(unread > 0);
            String label = getTranslation("notifications.bell", unread);
            setAriaLabel(label);
            setTooltipText(label);
        }
    }
}
