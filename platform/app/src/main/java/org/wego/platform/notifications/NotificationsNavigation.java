package org.wego.platform.notifications;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wego.platform.navigation.Contributions;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.ui.ViewContribution;

/** The notification centre (everyone) and the outbox (secretariat). */
@Configuration
class NotificationsNavigation {

    static final String OWNER = "platform.notifications";

    @Bean
    Contributions notificationsContributions(NavigationRegistry registry) {
        Access everyone = Access.forAllRoles();
        Access secretariat = Access.forRoles(Role.SECRETARIAT);
        var contributions = new Contributions(
                OWNER,
                List.of(
                        new ViewContribution(
                                "notifications", NotificationCentreView.class, everyone, "notifications.title"),
                        new ViewContribution("admin/outbox", OutboxView.class, secretariat, "outbox.title")),
                List.of(
                        new MenuEntry("notifications", "nav.notifications", "vaadin:bell", 80, everyone),
                        new MenuEntry("admin/outbox", "nav.outbox", "vaadin:envelopes", 96, secretariat)),
                List.of());
        registry.register(contributions);
        return contributions;
    }
}
