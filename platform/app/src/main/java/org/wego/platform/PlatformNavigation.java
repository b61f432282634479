package org.wego.platform;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wego.platform.account.AccountView;
import org.wego.platform.account.AccountWidget;
import org.wego.platform.audit.AuditLogView;
import org.wego.platform.documents.DocumentVerifyView;
import org.wego.platform.home.HomeView;
import org.wego.platform.navigation.Contributions;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.platform.navigation.ShellLayout;
import org.wego.platform.organisations.DataQualityView;
import org.wego.platform.organisations.OrganisationView;
import org.wego.platform.organisations.OrganisationsView;
import org.wego.platform.plugins.PluginsView;
import org.wego.platform.shell.Shell;
import org.wego.platform.system.SystemStatusView;
import org.wego.platform.system.SystemStatusWidget;
import org.wego.platform.topics.TopicsView;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.ui.ViewContribution;
import org.wego.plugin.api.ui.WidgetContribution;

/**
 * The platform's own views, menu entries and dashboard cards, registered exactly as a plugin's
 * are: the registry is the only way onto the screen.
 */
@Configuration
class PlatformNavigation {

    static final String OWNER = "platform";

    @Bean
    ShellLayout shellLayout() {
        return new ShellLayout(Shell.layout(), Shell.publicLayout());
    }

    @Bean
    Contributions platformContributions(
            NavigationRegistry registry, AccountWidget accountWidget, SystemStatusWidget systemStatusWidget) {
        Access everyone = Access.forAllRoles();
        Access secretariat = Access.forRoles(Role.SECRETARIAT);
        var contributions = new Contributions(
                OWNER,
                List.of(
                        new ViewContribution("", HomeView.class, everyone, "nav.home"),
                        new ViewContribution("account", AccountView.class, everyone, "nav.account"),
                        new ViewContribution("admin/system", SystemStatusView.class, secretariat, "system.title"),
                        new ViewContribution("organisations", OrganisationsView.class, everyone, "organisations.title"),
                        new ViewContribution("organisation", OrganisationView.class, everyone, "organisations.title"),
                        new ViewContribution(
                                "admin/data-quality", DataQualityView.class, secretariat, "findings.title"),
                        new ViewContribution("admin/topics", TopicsView.class, secretariat, "topics.title"),
                        new ViewContribution("admin/audit", AuditLogView.class, secretariat, "audit.title"),
                        new ViewContribution("admin/plugins", PluginsView.class, secretariat, "plugins.title"),
                        new ViewContribution(
                                "verify", DocumentVerifyView.class, Access.publicAccess(), "documents.verify.title")),
                List.of(
                        new MenuEntry("", "nav.home", "vaadin:home", 0, everyone),
                        new MenuEntry("account", "nav.account", "vaadin:user-card", 90, everyone),
                        new MenuEntry("organisations", "nav.organisations", "vaadin:globe", 20, everyone),
                        new MenuEntry("admin/plugins", "nav.plugins", "vaadin:plug", 92, secretariat),
                        new MenuEntry("admin/audit", "nav.audit", "vaadin:records", 93, secretariat),
                        new MenuEntry(
                                "admin/data-quality", "nav.data-quality", "vaadin:check-square-o", 94, secretariat),
                        new MenuEntry("admin/system", "nav.system", "vaadin:server", 95, secretariat),
                        new MenuEntry("admin/topics", "nav.topics", "vaadin:tags", 97, secretariat)),
                List.of(
                        new WidgetContribution("platform.account", "account.widget.title", 0, everyone, accountWidget),
                        new WidgetContribution(
                                "platform.system-status", "system.widget.title", 10, secretariat, systemStatusWidget)));
        registry.register(contributions);
        return contributions;
    }
}
