package org.wego.plugins.agreements;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.ApprovalType;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.PluginContributions;
import org.wego.plugin.api.RecordType;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.WegoPlugin;
import org.wego.plugin.api.ui.OrganisationSectionContribution;
import org.wego.plugin.api.ui.ViewContribution;
import org.wego.plugins.agreements.deadlines.DeadlineReminders;
import org.wego.plugins.agreements.deadlines.DueView;
import org.wego.plugins.agreements.demo.AgreementsDemo;
import org.wego.plugins.agreements.documents.AgreementDocuments;
import org.wego.plugins.agreements.documents.Shelf;
import org.wego.plugins.agreements.importing.AgreementImportView;
import org.wego.plugins.agreements.register.AgreementForm;
import org.wego.plugins.agreements.register.AgreementPage;
import org.wego.plugins.agreements.register.AgreementReferences;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.AgreementsView;
import org.wego.plugins.agreements.register.PartyAgreements;
import org.wego.plugins.agreements.renewal.ChangeRequests;
import org.wego.plugins.agreements.seed.OverviewFindingView;
import org.wego.plugins.agreements.statistics.AgreementStatisticsView;

/**
 * Agreements: WeGO's MOUs and partnerships with their parties, terms and lifecycle; each member sees its own.
 * Built from {@code ./wego new-plugin agreements} on the plugin API and its kit.
 */
@Configuration
@ComponentScan
@EnableTransactionManagement // with the platform's transaction manager, which the plugin context offers
public class AgreementsPlugin implements WegoPlugin {

    private final AgreementReferences references;
    private final PartyAgreements parties;
    private final AgreementsDemo demo;
    private final DeadlineReminders reminders;
    private final ChangeRequests changes;
    private final AgreementDocuments documents;

    public AgreementsPlugin(
            AgreementReferences references,
            PartyAgreements parties,
            AgreementsDemo demo,
            DeadlineReminders reminders,
            ChangeRequests changes,
            AgreementDocuments documents) {
        this.references = references;
        this.parties = parties;
        this.demo = demo;
        this.reminders = reminders;
        this.changes = changes;
        this.documents = documents;
    }

    @Override
    public void contribute(PluginContributions add) {
        Access everyone = Access.forAllRoles();
        Access secretariat = Access.forRoles(Role.SECRETARIAT);
        add.view(new ViewContribution(AgreementsView.ROUTE, AgreementsView.class, everyone, "agreements.heading"))
                .menu(new MenuEntry(AgreementsView.ROUTE, "agreements.menu", "vaadin:handshake", 450, everyone))
                .view(new ViewContribution(AgreementPage.ROUTE, AgreementPage.class, everyone, "agreements.heading"))
                .view(new ViewContribution(AgreementForm.ROUTE, AgreementForm.class, secretariat, "agreements.record"))
                .view(new ViewContribution(
                        OverviewFindingView.ROUTE,
                        OverviewFindingView.class,
                        secretariat,
                        "agreements.seed.2020.title"))
                .view(new ViewContribution(
                        AgreementStatisticsView.ROUTE,
                        AgreementStatisticsView.class,
                        everyone,
                        "agreements.stats.title"))
                .menu(new MenuEntry(
                        AgreementStatisticsView.ROUTE, "agreements.menu.statistics", "vaadin:bar-chart", 452, everyone))
                .view(new ViewContribution(
                        AgreementImportView.ROUTE, AgreementImportView.class, secretariat, "agreements.import.title"))
                .menu(new MenuEntry(
                        AgreementImportView.ROUTE, "agreements.menu.import", "vaadin:upload", 453, secretariat))
                .permission(Agreements.MANAGE, Role.SECRETARIAT)
                // Members and regional offices propose amendments and renewals; the secretariat decides.
                .permission(ChangeRequests.PROPOSE, Role.MEMBER_CITY, Role.REGIONAL_OFFICE)
                .approvalType(new ApprovalType(ChangeRequests.TYPE, "agreements.renewal.type", changes::decided))
                .recordType(new RecordType(AgreementReferences.TYPE, "agreements.reference.agreement", references))
                .organisationSection(new OrganisationSectionContribution(
                        "agreements.parties", "agreements.organisation.title", 310, everyone, parties))
                .demoData(demo); // ./wego run --demo loads it once into its own database
        // Deadlines (part due): the due view in each reader's scope, the notice deadline's and expiry's reminders.
        add.view(new ViewContribution(DueView.ROUTE, DueView.class, everyone, "agreements.due.heading"))
                .menu(new MenuEntry(DueView.ROUTE, "agreements.due.menu", "vaadin:alarm", 451, everyone));
        reminders.reminders().forEach(add::reminder);
        for (Shelf shelf : Shelf.values()) {
            add.attachmentRule(shelf.entity(), documents.rule(shelf)); // internal: the secretariat; else the scope
        }
    }
}
