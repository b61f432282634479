package org.wego.plugins.membership;

import java.time.Duration;
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
import org.wego.plugins.membership.applications.ApplicationsView;
import org.wego.plugins.membership.applications.ApplyView;
import org.wego.plugins.membership.demo.MembershipDemo;
import org.wego.plugins.membership.directory.DirectoryView;
import org.wego.plugins.membership.governance.GovernanceView;
import org.wego.plugins.membership.profiles.MemberProfiles;
import org.wego.plugins.membership.profiles.ProfileView;
import org.wego.plugins.membership.statistics.ReportedFigureChecks;
import org.wego.plugins.membership.statistics.StatisticsView;

/**
 * Membership: member organisations keep their profiles current; official changes go to the
 * secretariat's approvals inbox. (Directory, applications, governance and statistics follow.)
 */
@Configuration
@ComponentScan
@EnableTransactionManagement // with the platform's transaction manager, which the plugin context offers
public class MembershipPlugin implements WegoPlugin {

    public static final String PROFILE_ROUTE = "membership/profile";
    public static final String EDIT_OWN = "membership.profile.edit-own";
    public static final String EDIT_ANY = "membership.profile.edit-any";
    public static final String PROFILE_CHANGE = "membership.profile-change";
    public static final String APPLY_ROUTE = "membership/apply";
    static final String APPLICATIONS_ROUTE = "membership/applications";
    static final String GOVERNANCE_ROUTE = "membership/governance";
    public static final String REVIEW_APPLICATIONS = "membership.applications.review";
    public static final String EDIT_GOVERNANCE = "membership.governance.edit";
    static final String STATISTICS_ROUTE = "membership/statistics";
    public static final String STATISTICS = "membership.statistics.view";
    public static final String STANDING = "membership.standing.change";
    static final String DIRECTORY_ROUTE = "membership/directory";
    public static final String DIRECTORY_EXPORT = "membership.directory.export";
    public static final String DIRECTORY_APPLICANTS = "membership.directory.applicants";

    /** How often the seeded members are compared with the reported figures (findings are recorded once). */
    static final Duration FIGURE_CHECKS = Duration.ofHours(1);

    private final MemberProfiles profiles;
    private final ReportedFigureChecks figureChecks;
    private final MembershipDemo demo;

    public MembershipPlugin(MemberProfiles profiles, ReportedFigureChecks figureChecks, MembershipDemo demo) {
        this.profiles = profiles;
        this.figureChecks = figureChecks;
        this.demo = demo;
    }

    @Override
    public void contribute(PluginContributions add) {
        add.view(new ViewContribution(
                        PROFILE_ROUTE,
                        ProfileView.class,
                        Access.forRoles(Role.MEMBER_CITY, Role.SECRETARIAT),
                        "membership.profile.title"))
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
                .view(new ViewContribution(
                        STATISTICS_ROUTE,
                        StatisticsView.class,
                        Access.forRoles(Role.MEMBER_CITY, Role.REGIONAL_OFFICE, Role.SECRETARIAT),
                        "membership.statistics.title"))
                .menu(new MenuEntry(
                        STATISTICS_ROUTE,
                        "membership.menu.statistics",
                        "vaadin:chart",
                        215,
                        Access.forRoles(Role.MEMBER_CITY, Role.REGIONAL_OFFICE, Role.SECRETARIAT)))
                .permission(STATISTICS, Role.MEMBER_CITY, Role.REGIONAL_OFFICE, Role.SECRETARIAT)
                .permission(STANDING, Role.SECRETARIAT)
                .view(new ViewContribution(
                        DIRECTORY_ROUTE, DirectoryView.class, Access.forAllRoles(), "membership.directory.title"))
                .menu(new MenuEntry(
                        DIRECTORY_ROUTE, "membership.menu.directory", "vaadin:search", 205, Access.forAllRoles()))
                .permission(DIRECTORY_EXPORT, Role.SECRETARIAT)
                .permission(DIRECTORY_APPLICANTS, Role.SECRETARIAT)
                .permission(EDIT_OWN, Role.MEMBER_CITY)
                .permission(EDIT_ANY, Role.SECRETARIAT)
                .approvalType(new ApprovalType(PROFILE_CHANGE, "membership.profile-change", profiles::decided))
                // Proposed logos: the organisation's scope while they wait, every signed-in user once approved.
                .attachmentRule(MemberProfiles.LOGO_ENTITY, profiles.logoRule());
        // Applications and governance
        add.view(new ViewContribution(
                        APPLY_ROUTE, ApplyView.class, Access.publicAccess(), "membership.applications.apply.title"))
                .view(new ViewContribution(
                        APPLICATIONS_ROUTE,
                        ApplicationsView.class,
                        Access.forRoles(Role.SECRETARIAT),
                        "membership.menu.applications"))
                .view(new ViewContribution(
                        GOVERNANCE_ROUTE, GovernanceView.class, Access.forAllRoles(), "membership.governance.title"))
                .menu(new MenuEntry(
                        APPLICATIONS_ROUTE,
                        "membership.menu.applications",
                        "vaadin:clipboard-user",
                        220,
                        Access.forRoles(Role.SECRETARIAT)))
                .menu(new MenuEntry(
                        GOVERNANCE_ROUTE, "membership.menu.governance", "vaadin:gavel", 230, Access.forAllRoles()))
                .permission(REVIEW_APPLICATIONS, Role.SECRETARIAT)
                .permission(EDIT_GOVERNANCE, Role.SECRETARIAT);
        // Data quality: the members seeded from the 2023-01 overview against the figures it reports.
        add.job("reported-figures", FIGURE_CHECKS, figureChecks::record);
        // ./wego run --demo: an approved profile change (loaded once, demo databases only).
        add.demoData(demo);
    }
}
