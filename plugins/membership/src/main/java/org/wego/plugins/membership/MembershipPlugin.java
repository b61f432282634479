package org.wego.plugins.membership;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.ApprovalType;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.PluginContributions;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.WegoPlugin;
import org.wego.plugin.api.ui.ViewContribution;

/**
 * Membership: member organisations keep their profiles current; official changes go to the
 * secretariat's approvals inbox. (Directory, applications, governance and statistics follow.)
 */
@Configuration
@ComponentScan
@EnableTransactionManagement // with the platform's transaction manager, which the plugin context offers
public class MembershipPlugin implements WegoPlugin {

    static final String PROFILE_ROUTE = "membership/profile";
    static final String EDIT_OWN = "membership.profile.edit-own";
    static final String EDIT_ANY = "membership.profile.edit-any";
    static final String PROFILE_CHANGE = "membership.profile-change";

    private final MemberProfiles profiles;

    public MembershipPlugin(MemberProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public void contribute(PluginContributions add) {
        add.view(new ViewContribution(
                        PROFILE_ROUTE, ProfileView.class, Access.forRoles(Role.MEMBER_CITY, Role.SECRETARIAT)))
                .menu(new MenuEntry(
                        PROFILE_ROUTE,
                        "membership.menu.my-profile",
                        "vaadin:building",
                        210,
                        Access.forRoles(Role.MEMBER_CITY)))
                .menu(new MenuEntry(
                        PROFILE_ROUTE,
                        "membership.menu.profiles",
                        "vaadin:building",
                        210,
                        Access.forRoles(Role.SECRETARIAT)))
                .permission(EDIT_OWN, Role.MEMBER_CITY)
                .permission(EDIT_ANY, Role.SECRETARIAT)
                .approvalType(new ApprovalType(PROFILE_CHANGE, "membership.profile-change", profiles::decided));
    }
}
