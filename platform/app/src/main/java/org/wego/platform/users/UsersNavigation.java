package org.wego.platform.users;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wego.platform.navigation.Contributions;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.ui.ViewContribution;

/** The users screen, for the secretariat and the regional offices. */
@Configuration
class UsersNavigation {

    static final String OWNER = "platform.users";

    @Bean
    Contributions usersContributions(NavigationRegistry registry) {
        Access managers = Access.forRoles(Role.SECRETARIAT, Role.REGIONAL_OFFICE);
        var contributions = new Contributions(
                OWNER,
                List.of(new ViewContribution("admin/users", UsersView.class, managers, "users.title")),
                List.of(new MenuEntry("admin/users", "nav.users", "vaadin:users", 91, managers)),
                List.of());
        registry.register(contributions);
        return contributions;
    }
}
