package org.wego.platform.notifications;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.wego.platform.notifications.NotificationInbox.Notification;
import org.wego.platform.preferences.UserPreferences;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.SignedInUser;

/** The signed-in user's notifications: newest first, open one (marks it read), mark all read. */
public class NotificationCentreView extends VerticalLayout {

    private final NotificationInbox inbox;
    private final SignedInUser user;
    private final Grid<Notification> grid = new Grid<>();
    private final Checkbox unreadOnly = new Checkbox();
    private final Paragraph empty = new Paragraph();

    NotificationCentreView(NotificationInbox inbox, CurrentUser currentUser, UserPreferences zones) {
        this.inbox = inbox;
        this.user = currentUser.require();
        setSizeFull();
        add(new H1(getTranslation("notifications.title")));

        unreadOnly.setLabel(getTranslation("notifications.unread-only"));
        unreadOnly.addValueChangeListener(e -> refresh());
        var markAll = new Button(getTranslation("notifications.mark-all-read"), e -> {
            inbox.markAllRead(user);
            refresh();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new HorizontalLayout(unreadOnly, markAll);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(bar);

        DateTimeFormatter time =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addComponentColumn(n -> {
                    var subject = new Span(n.subject());
                    if (n.unread()) {
                        subject.addClassName("wego-unread");
                    }
                    return subject;
                })
                .setHeader(getTranslation("notifications.subject"))
                .setFlexGrow(3);
        // Stored in the platform's zone, shown in the reader's.
        ZoneId zone = zones.currentUser();
        grid.addColumn(n -> time.format(zones.shownIn(n.createdAt(), zone)))
                .setHeader(getTranslation("notifications.received") + " (" + zone.getId() + ")");
        grid.addColumn(n -> getTranslation(n.unread() ? "notifications.status.unread" : "notifications.status.read"))
                .setHeader(getTranslation("notifications.status"));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("notifications.actions"))
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(n -> {
            var body = new Div();
            body.addClassName("wego-notification-body");
            body.setText(n.body());
            return body;
        }));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("notifications.title"));
        grid.setItems(
                q -> inbox.list(user, unreadOnly.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> inbox.count(user, unreadOnly.getValue()));
        grid.addItemClickListener(e -> {
            if (e.getItem().unread()) {
                inbox.markRead(user, e.getItem().id());
                bellRefresh();
            }
        });
        addAndExpand(grid);
        empty.setText(getTranslation("notifications.empty"));
        add(empty);
        refresh();
    }

    private HorizontalLayout actions(Notification notification) {
        var actions = new HorizontalLayout();
        if (notification.link() != null) {
            var open = new Button(getTranslation("notifications.open"), e -> {
                inbox.markRead(user, notification.id());
                UI.getCurrent().navigate("/" + notification.link());
            });
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(open);
        }
        if (notification.unread()) {
            var read = new Button(getTranslation("notifications.mark-read"), e -> {
                inbox.markRead(user, notification.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(read);
        }
        return actions;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        empty.setVisible(inbox.count(user, unreadOnly.getValue()) == 0);
        bellRefresh();
    }

    private void bellRefresh() {
        getUI().ifPresent(NotificationBell::refreshAll);
    }
}
