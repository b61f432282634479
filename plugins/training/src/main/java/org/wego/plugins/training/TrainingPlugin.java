package org.wego.plugins.training;

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
import org.wego.plugins.training.attendance.AttendanceView;
import org.wego.plugins.training.certificates.CertificatesView;
import org.wego.plugins.training.certificates.VerifyRedirect;
import org.wego.plugins.training.demo.TrainingDemo;
import org.wego.plugins.training.nominations.CityNominations;
import org.wego.plugins.training.nominations.Nominations;
import org.wego.plugins.training.nominations.ProgrammeNominationsView;
import org.wego.plugins.training.programmes.NominationReminders;
import org.wego.plugins.training.programmes.ProgrammeReferences;
import org.wego.plugins.training.programmes.Programmes;
import org.wego.plugins.training.programmes.ProgrammesView;
import org.wego.plugins.training.statistics.TrainingStatisticsView;
import org.wego.plugins.training.trainees.TraineesView;
import org.wego.plugins.training.upload.NominationUploadView;

/**
 * Training: programmes the secretariat runs with partners, nominations of city officials by their
 * cities and regional offices, decided in the approvals inbox, with seats, quotas and a waitlist.
 * (Views, bulk upload, attendance, certificates and statistics follow.)
 */
@Configuration
@ComponentScan
@EnableTransactionManagement // with the platform's transaction manager, which the plugin context offers
public class TrainingPlugin implements WegoPlugin {

    public static final String MANAGE_PROGRAMMES = "training.programmes.manage";
    public static final String NOMINATE = "training.nominations.create";
    public static final String NOMINATION = "training.nomination";
    static final String PROGRAMMES_ROUTE = "training/programmes";
    public static final String UPLOAD_ROUTE = "training/upload";
    static final String STATISTICS_ROUTE = "training/statistics";
    public static final String ATTENDANCE_ROUTE = "training/attendance";
    public static final String CERTIFICATES_ROUTE = "training/certificates";
    public static final String VERIFY_ROUTE = "training/verify";

    /** How often the scheduled job closes programmes at their deadline and marks started ones running. */
    static final java.time.Duration SCHEDULE_EVERY = java.time.Duration.ofMinutes(10);

    private final Nominations nominations;
    private final Programmes programmes;
    private final ProgrammeReferences programmeReferences;
    private final CityNominations cityNominations;
    private final TrainingDemo demo;
    private final NominationReminders nominationReminders;

    public TrainingPlugin(
            Nominations nominations,
            Programmes programmes,
            ProgrammeReferences programmeReferences,
            CityNominations cityNominations,
            TrainingDemo demo,
            NominationReminders nominationReminders) {
        this.demo = demo;
        this.nominations = nominations;
        this.programmes = programmes;
        this.programmeReferences = programmeReferences;
        this.cityNominations = cityNominations;
        this.nominationReminders = nominationReminders;
    }

    @Override
    public void contribute(PluginContributions add) {
        add.view(new ViewContribution(
                        PROGRAMMES_ROUTE, ProgrammesView.class, Access.forAllRoles(), "training.programmes.title"))
                .menu(new MenuEntry(
                        PROGRAMMES_ROUTE, "training.menu.programmes", "vaadin:academy-cap", 300, Access.forAllRoles()))
                .permission(MANAGE_PROGRAMMES, Role.SECRETARIAT)
                .permission(NOMINATE, Role.MEMBER_CITY, Role.REGIONAL_OFFICE)
                .approvalType(new ApprovalType(NOMINATION, "training.nomination", nominations::decided))
                .job("programme-schedule", SCHEDULE_EVERY, programmes::moveOnByDate);
        // The bulk upload: regional offices for their region's cities, member cities for themselves.
        Access nominators = Access.forRoles(Role.REGIONAL_OFFICE, Role.MEMBER_CITY);
        add.view(new ViewContribution(UPLOAD_ROUTE, NominationUploadView.class, nominators, "training.upload.title"))
                .menu(new MenuEntry(UPLOAD_ROUTE, "training.menu.upload", "vaadin:upload", 301, nominators));
        // Statistics: aggregate figures only, for every role.
        add.view(new ViewContribution(
                        STATISTICS_ROUTE,
                        TrainingStatisticsView.class,
                        Access.forAllRoles(),
                        "training.statistics.title"))
                .menu(new MenuEntry(
                        STATISTICS_ROUTE, "training.menu.statistics", "vaadin:chart", 310, Access.forAllRoles()));
        add.view(new ViewContribution(
                ProgrammeNominationsView.ROUTE,
                ProgrammeNominationsView.class,
                Access.forAllRoles(),
                "training.programmes.title"));
        // Attendance (secretariat), certificates (the secretariat and nominators, each its scope), public verification
        add.view(new ViewContribution(
                        ATTENDANCE_ROUTE,
                        AttendanceView.class,
                        Access.forRoles(Role.SECRETARIAT),
                        "training.attendance.title"))
                .menu(new MenuEntry(
                        ATTENDANCE_ROUTE,
                        "training.menu.attendance",
                        "vaadin:check-square-o",
                        312,
                        Access.forRoles(Role.SECRETARIAT)))
                .view(new ViewContribution(
                        CERTIFICATES_ROUTE, CertificatesView.class, Access.forAllRoles(), "training.certificate.title"))
                .menu(new MenuEntry(
                        CERTIFICATES_ROUTE, "training.menu.certificates", "vaadin:diploma", 314, Access.forAllRoles()))
                .view(new ViewContribution(
                        // The old verification address printed on certificates: forwards to the platform's page.
                        VERIFY_ROUTE,
                        VerifyRedirect.class,
                        Access.publicAccess(),
                        "training.certificate.verify.title"));
        // Trainees and their history: the secretariat all, a city its own, a regional office its region's.
        Access traineeReaders = Access.forRoles(Role.MEMBER_CITY, Role.REGIONAL_OFFICE, Role.SECRETARIAT);
        add.view(new ViewContribution(TraineesView.ROUTE, TraineesView.class, traineeReaders, "training.trainee.title"))
                .menu(new MenuEntry(TraineesView.ROUTE, "training.menu.trainees", "vaadin:users", 305, traineeReaders));
        // Shared with other plugins: programmes as record references, a city's nominations on its organisation page.
        add.recordType(new RecordType(ProgrammeReferences.TYPE, "training.reference.programme", programmeReferences))
                .organisationSection(new OrganisationSectionContribution(
                        "training.nominations",
                        "training.organisation.nominations",
                        200,
                        traineeReaders,
                        cityNominations));
        // ./wego run --demo: a programme with a waitlist and a certificate to verify (loaded once, demo databases
        // only).
        add.demoData(demo);
        // 7 days and 1 day before a nomination deadline, the regional offices that have not nominated yet.
        add.reminder(nominationReminders.reminder());
    }
}
