package __PACKAGE__;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.PluginContributions;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.WegoPlugin;
import org.wego.plugin.api.ui.ViewContribution;

/**
 * __TITLE__: one page with its menu entry, one table, one REST endpoint, demo data. The platform reads the
 * declarations below when the plugin starts and removes them when it stops.
 */
@Configuration
@ComponentScan
@EnableTransactionManagement // with the platform's transaction manager, which the plugin context offers
public class __NAME__Plugin implements WegoPlugin {

    /** Who may add an item: every signed-in role here; narrow it as your plugin needs. */
    static final String ADD = "__PLUGIN_ID__.item.add";

    private final __NAME__Demo demo;

    public __NAME__Plugin(__NAME__Demo demo) {
        this.demo = demo;
    }

    @Override
    public void contribute(PluginContributions add) {
        add.view(new ViewContribution(
                        "__PLUGIN_ID__", __NAME__View.class, Access.forAllRoles(), "__PLUGIN_ID__.heading"))
                .menu(new MenuEntry("__PLUGIN_ID__", "__PLUGIN_ID__.menu", "vaadin:puzzle-piece", 900, Access.forAllRoles()))
                .permission(ADD, Role.SECRETARIAT, Role.REGIONAL_OFFICE, Role.MEMBER_CITY)
                .demoData(demo); // ./wego run --demo loads it once into its own database
    }
}
