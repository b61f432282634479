package org.wego.plugins.training.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.DemoData;
import org.wego.plugin.api.DemoDataContext;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugins.training.attendance.Attendance;
import org.wego.plugins.training.certificates.Certificates;
import org.wego.plugins.training.nominations.Gender;
import org.wego.plugins.training.nominations.Nominations;
import org.wego.plugins.training.nominations.TraineeInput;
import org.wego.plugins.training.programmes.ProgrammeInput;
import org.wego.plugins.training.programmes.ProgrammeMode;
import org.wego.plugins.training.programmes.ProgrammeStatus;
import org.wego.plugins.training.programmes.Programmes;
import org.wego.plugins.training.programmes.SessionInput;

/**
 * Training's demo data, made through its own services as the seed's users: a workshop open for
 * nominations with its two seats taken and a third nominee on the waitlist (Hanoi and Nairobi nominate,
 * the secretariat approves in the inbox), and a one-session course that ran today, whose trainee attended
 * and holds a certificate to verify on the public page.
 */
@Component
public class TrainingDemo implements DemoData {

    static final OrganisationKey SECRETARIAT = OrganisationKey.of("wego-secretariat");
    static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    static final OrganisationKey NAIROBI = OrganisationKey.of("ke-nairobi");
    static final OrganisationKey SEOUL = OrganisationKey.of("kr-seoul");

    private final PluginContext platform;
    private final Programmes programmes;
    private final Nominations nominations;
    private final Attendance attendance;
    private final Certificates certificates;

    TrainingDemo(
            PluginContext platform,
            Programmes programmes,
            Nominations nominations,
            Attendance attendance,
            Certificates certificates) {
        this.platform = platform;
        this.programmes = programmes;
        this.nominations = nominations;
        this.attendance = attendance;
        this.certificates = certificates;
    }

    @Override
    public void load(DemoDataContext demo) {
        waitlistedWorkshop(demo);
        certifiedCourse(demo);
    }

    /** Two seats, three approved nominees: two enrolled, the third waitlisted. */
    private void waitlistedWorkshop(DemoDataContext demo) {
        LocalDate start = LocalDate.now(platform.clock()).plusDays(30);
        String title = "Demo Smart Mobility Workshop";
        long programme = demo.as(
                Role.SECRETARIAT,
                SECRETARIAT,
                () -> programmes.create(new ProgrammeInput(
                        title,
                        "데모 스마트 모빌리티 워크숍",
                        "Demo data of ./wego run --demo: both seats are taken and a nominee waits on the waitlist.",
                        "./wego run --demo 의 데모 데이터: 두 좌석이 모두 찼고 한 명이 대기자 명단에 있습니다.",
                        SEOUL,
                        ProgrammeMode.ONLINE,
                        "https://learn.example.org/demo-mobility",
                        "en",
                        start,
                        start.plusDays(1),
                        start.minusDays(10),
                        2,
                        2,
                        ProgrammeStatus.OPEN,
                        List.of(),
                        null)));
        demo.flag("programme", Long.toString(programme), title);
        nominate(demo, programme, HANOI, "Demo Nguyen Thi Lan", "demo.lan@example.org");
        nominate(demo, programme, HANOI, "Demo Tran Van Minh", "demo.minh@example.org");
        nominate(demo, programme, NAIROBI, "Demo Amina Wanjiru", "demo.amina@example.org");
    }

    /** A course of one session that started at midnight today, attended: its trainee's certificate. */
    private void certifiedCourse(DemoDataContext demo) {
        LocalDate today = LocalDate.now(platform.clock());
        ZoneId zone = platform.clock().getZone().normalized();
        String title = "Demo Digital Twin Course";
        long programme = demo.as(
                Role.SECRETARIAT,
                SECRETARIAT,
                () -> programmes.create(new ProgrammeInput(
                        title,
                        "데모 디지털 트윈 과정",
                        "Demo data of ./wego run --demo: a course that ran today, with a certificate to verify.",
                        "./wego run --demo 의 데모 데이터: 오늘 진행된 과정과 검증할 수료증.",
                        SEOUL,
                        ProgrammeMode.ON_SITE,
                        "Seoul City Hall",
                        "en",
                        today,
                        today,
                        today,
                        5,
                        5,
                        ProgrammeStatus.OPEN,
                        List.of(new SessionInput(today, LocalTime.MIDNIGHT, LocalTime.of(0, 1), zoneId(zone))),
                        null)));
        demo.flag("programme", Long.toString(programme), title);
        long nomination = nominate(demo, programme, HANOI, "Demo Pham Quoc Bao", "demo.bao@example.org");
        demo.as(Role.SECRETARIAT, SECRETARIAT, () -> {
            // The scheduler's own step: the session has started, so the course runs and takes attendance.
            programmes.moveOnByDate();
            long session = programmes.sessionsOf(programme).getFirst().id();
            attendance.record(programme, session, Set.of(nomination));
            String code = certificates.issue(nomination);
            demo.flag("certificate", code, "Demo certificate " + code + " of Demo Pham Quoc Bao");
            return code;
        });
    }

    /** A city nominates, the secretariat approves in the inbox; the nomination takes a seat or waits. */
    private long nominate(DemoDataContext demo, long programme, OrganisationKey city, String name, String email) {
        long nomination = demo.as(
                Role.MEMBER_CITY,
                city,
                () -> nominations.nominate(
                        programme,
                        new TraineeInput(
                                name,
                                "Demo Transport Officer",
                                "Demo Department",
                                city,
                                email,
                                "en",
                                Gender.UNDISCLOSED)));
        long request = Objects.requireNonNull(
                nominations.find(nomination).orElseThrow().approvalRequestId());
        demo.approve(request, "Demo data: approved");
        demo.flag("nomination", Long.toString(nomination), name);
        return nomination;
    }

    /** The venue's zone as the session rules take it: an IANA id ({@code UTC} for the offset zero). */
    private static String zoneId(ZoneId zone) {
        return "Z".equals(zone.getId()) ? "UTC" : zone.getId();
    }
}
