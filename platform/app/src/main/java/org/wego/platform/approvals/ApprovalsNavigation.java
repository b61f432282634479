package org.wego.platform.approvals;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wego.platform.navigation.Contributions;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.ui.ViewContribution;

/** The inbox for the secretariat and every user's list of their organisation's requests. */
@Configuration
class ApprovalsNavigation {

    static final String OWNER = "platform.approvals";

    @Bean
    Contributions approvalsContributions(NavigationRegistry registry) {
        Access secretariat = Access.forRoles(Role.SECRETARIAT);
        Access everyone = Access.forAllRoles();
        var contributions = new Contributions(
                OWNER,
                List.of(
                        new ViewContribution(
                                "admin/approvals", ApprovalsView.class, secretariat, "approvals.inbox.title"),
                        new ViewContribution("requests", RequestsView.class, everyone, "approvals.requests.title")),
                List.of(
                        new MenuEntry("admin/approvals", "nav.approvals", "vaadin:inbox", 30, secretariat),
                        new MenuEntry("requests", "nav.requests", "vaadin:tasks", 31, everyone)),
                List.of());
        registry.register(contributions);
        return contributions;
    }
}
