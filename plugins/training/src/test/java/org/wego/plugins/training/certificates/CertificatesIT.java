package org.wego.plugins.training.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;
import org.wego.plugins.training.attendance.Attendance;
import org.wego.plugins.training.nominations.Gender;
import org.wego.plugins.training.nominations.TraineeInput;
import org.wego.plugins.training.programmes.ProgrammeInput;
import org.wego.plugins.training.programmes.ProgrammeMode;
import org.wego.plugins.training.programmes.ProgrammeStatus;
import org.wego.plugins.training.programmes.SessionInput;

/**
 * Attendance, completion and certificates in a real platform on MariaDB: the secretariat takes
 * attendance of three sessions; who reaches the rule completes; certificates open as PDFs in English
 * and Korean with a code the public page verifies anonymously; another city cannot download; the zip
 * holds exactly the certificates of the downloader's scope.
 */
@WegoPluginTest
class CertificatesIT {

    private static final OrganisationKey CHENGDU_OFFICE = OrganisationKey.of("ro-chengdu");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    /** A programme of three sessions with four enrolled trainees: a1 (en), a2 (ko), a3 of city A, b1 of city B. */
    private record Cohort(
            long programme,
            List<Long> sessions,
            Map<String, Long> nominations,
            OrganisationKey a,
            OrganisationKey b,
            String title) {}

    private Cohort aClass(TrainingCalls t) throws Exception {
        List<Organisation> cities = t.cities(CHENGDU_OFFICE, 2);
        OrganisationKey a = cities.get(0).key();
        OrganisationKey b = cities.get(1).key();
        String title = "Certified " + System.nanoTime();
        LocalDate start = LocalDate.now().plusMonths(2);
        long programme;
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            programme = (Long) t.programmes(
                    "create",
                    t.calls.make(
                            ProgrammeInput.class,
                            title,
                            "수료 " + title,
                            null,
                            null,
                            OrganisationKey.of("kr-seoul"),
                            t.calls.make(ProgrammeMode.class, "ONLINE"),
                            "https://learn.example.org/cert",
                            "en",
                            start,
                            start.plusDays(2),
                            start.minusDays(14),
                            10,
                            3,
                            t.calls.make(ProgrammeStatus.class, "OPEN"),
                            List.of(session(t, start), session(t, start.plusDays(1)), session(t, start.plusDays(2)))));
        }
        String tag = Long.toString(System.nanoTime());
        var nominations = new HashMap<String, Long>();
        try (var acting = t.as(Role.MEMBER_CITY, a)) {
            nominations.put("a1", nominate(t, programme, "Amina Diallo", a, "a1." + tag, "en"));
            nominations.put("a2", nominate(t, programme, "김민지", a, "a2." + tag, "ko"));
            nominations.put("a3", nominate(t, programme, "Often Absent", a, "a3." + tag, "en"));
        }
        try (var acting = t.as(Role.MEMBER_CITY, b)) {
            nominations.put("b1", nominate(t, programme, "Bruno Other", b, "b1." + tag, "en"));
        }
        var officer = t.secretariat();
        for (long nomination : nominations.values()) {
            t.decide(officer, t.requestOf(nomination), ApprovalStatus.APPROVED);
            assertThat(t.statusOf(nomination)).isEqualTo("ENROLLED");
        }
        List<Long> sessions = t.jdbc.sql(
                        "SELECT id FROM training_session WHERE programme_id = :p ORDER BY session_date")
                .param("p", programme)
                .query(Long.class)
                .list();
        assertThat(sessions).hasSize(3);
        // Attendance is refused before the programme runs; the scheduler marks it running at its first session.
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            assertThatThrownBy(() -> t.calls
                            .bean(Attendance.class)
                            .invoke(
                                    "record",
                                    programme,
                                    sessions.getFirst(),
                                    java.util.Set.copyOf(nominations.values())))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.attendance.not-running"));
        }
        t.jdbc.sql("UPDATE training_programme SET status = 'RUNNING', version = version + 1 WHERE id = :id")
                .param("id", programme)
                .update();
        return new Cohort(programme, sessions, nominations, a, b, title);
    }

    /** Takes attendance: everybody at the first session, a3 absent from the other two (1 of 3: below 80 %). */
    private void takeAttendance(TrainingCalls t, Cohort c) throws Exception {
        Set<Long> all = Set.copyOf(c.nominations().values());
        Set<Long> withoutA3 = Set.of(
                c.nominations().get("a1"),
                c.nominations().get("a2"),
                c.nominations().get("b1"));
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            t.calls
                    .bean(Attendance.class)
                    .invoke("record", c.programme(), c.sessions().get(0), all);
            t.calls
                    .bean(Attendance.class)
                    .invoke("record", c.programme(), c.sessions().get(1), withoutA3);
            t.calls
                    .bean(Attendance.class)
                    .invoke("record", c.programme(), c.sessions().get(2), withoutA3);
        }
    }

    @Test
    void attendanceDecidesCompletionAndCertificatesOpenInTheTraineesLanguageWithAVerifiableCode(
            RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        Cohort c = aClass(t);
        takeAttendance(t, c);
        assertThat(present(t, c.sessions().get(1))).isEqualTo(3);
        assertThat(absent(t, c.sessions().get(1))).isEqualTo(1);

        try (var acting = t.as(Role.MEMBER_CITY, c.a())) {
            // English certificate of a1
            Object file = t.calls
                    .bean(Certificates.class)
                    .invoke("pdf", c.nominations().get("a1"));
            String english = text((byte[]) PluginCalls.read(file, "content"));
            assertThat(english)
                    .contains("Certificate of Completion")
                    .contains("Amina Diallo")
                    .contains("has completed the training programme")
                    .contains(c.title())
                    .contains("Verification code:")
                    .contains("/verify?code=")
                    .doesNotContain("/training/verify");
            String code = firstCode(english);
            assertThat((String) PluginCalls.read(file, "fileName")).isEqualTo("Amina Diallo - " + code + ".pdf");

            // Korean certificate of a2, with the Korean title
            String korean = text((byte[]) PluginCalls.read(
                    t.calls
                            .bean(Certificates.class)
                            .invoke("pdf", c.nominations().get("a2")),
                    "content"));
            assertThat(korean)
                    .contains("수료증")
                    .contains("김민지")
                    .contains("수료 " + c.title())
                    .contains("위 사람은 다음 연수 프로그램을 수료하였음을 증명합니다")
                    .contains("확인 코드:")
                    .doesNotContain("Certificate of Completion");
            assertThat(firstCode(korean)).isNotEqualTo(code);

            // Downloading again gives the same code
            String again = text((byte[]) PluginCalls.read(
                    t.calls
                            .bean(Certificates.class)
                            .invoke("pdf", c.nominations().get("a1")),
                    "content"));
            assertThat(firstCode(again)).isEqualTo(code);

            // a3 attended 1 of 3 sessions: no certificate
            assertThatThrownBy(() -> t.calls
                            .bean(Certificates.class)
                            .invoke("pdf", c.nominations().get("a3")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.certificate.not-completed"));

            // The platform's public page verifies the code anonymously, showing name, programme and dates only
            var valid = platform.openAnonymously("verify?code=" + code);
            assertThat(valid.status()).isEqualTo(200);
            assertThat(valid.body())
                    .contains("This is a genuine WeGO document")
                    .contains("Certificate of completion")
                    .contains("Amina Diallo")
                    .contains(c.title())
                    .doesNotContain("a1.")
                    .doesNotContain("@example.org");
            // typed sloppily: lower case, no dashes
            assertThat(platform.openAnonymously(
                                    "verify?code=" + code.replace("-", "").toLowerCase())
                            .body())
                    .contains("This is a genuine WeGO document");
            assertThat(platform.openAnonymously("verify?code=ZZZZ-ZZZZ-ZZZZ").body())
                    .contains("No document has this code")
                    .doesNotContain("This is a genuine WeGO document");
            // the address printed on certificates before still leads there
            assertThat(platform.openAnonymously("training/verify?code=" + code).body())
                    .contains("This is a genuine WeGO document")
                    .contains("Amina Diallo");
            assertThat(t.jdbc.sql("SELECT language FROM training_certificate WHERE code = :code")
                            .param("code", code.replace("-", ""))
                            .query(String.class)
                            .single())
                    .isEqualTo("en");
            assertThat(t.jdbc.sql("SELECT kind FROM platform_verifiable_document WHERE code = :code")
                            .param("code", code.replace("-", ""))
                            .query(String.class)
                            .single())
                    .isEqualTo("training.certificate");
        }
    }

    @Test
    void aCodeIssuedBeforeThePlatformKeptDocumentsIsAdoptedOnceAndStillVerifies(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        Cohort c = aClass(t);
        takeAttendance(t, c);
        // A certificate as training stored it before: its own code, no document on the platform.
        var random = new java.security.SecureRandom();
        var drawn = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            drawn.append("0123456789ABCDEFGHJKMNPQRSTVWXYZ".charAt(random.nextInt(32)));
        }
        String old = drawn.toString();
        long nomination = c.nominations().get("b1");
        t.jdbc.sql("""
                        INSERT INTO training_certificate (nomination_id, code, language, issued_by, issued_at, adopted)
                        VALUES (:n, :code, 'en', 'Before', :at, FALSE)""")
                .param("n", nomination)
                .param("code", old)
                .param("at", java.time.LocalDateTime.of(2025, 6, 30, 10, 0))
                .update();
        String grouped = old.substring(0, 4) + "-" + old.substring(4, 8) + "-" + old.substring(8);
        assertThat(platform.openAnonymously("verify?code=" + grouped).body()).contains("No document has this code");

        // The plugin's start-up step adopts it; a second run finds nothing left to adopt.
        assertThat((Integer) t.calls.bean(Certificates.class).invoke("adoptStoredCodes"))
                .isGreaterThanOrEqualTo(1);
        assertThat((Integer) t.calls.bean(Certificates.class).invoke("adoptStoredCodes"))
                .isZero();
        assertThat(t.jdbc.sql("SELECT adopted FROM training_certificate WHERE code = :code")
                        .param("code", old)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(platform.openAnonymously("training/verify?code=" + grouped).body())
                .contains("This is a genuine WeGO document")
                .contains("Bruno Other")
                .contains(c.title())
                .contains("June 30, 2025");

        // Downloading it again prints the same, adopted code.
        try (var acting = t.as(Role.MEMBER_CITY, c.b())) {
            String pdf = text(
                    (byte[]) PluginCalls.read(t.calls.bean(Certificates.class).invoke("pdf", nomination), "content"));
            assertThat(firstCode(pdf)).isEqualTo(grouped);
        }
    }

    @Test
    void theSecretariatRevokesACertificateAndThePublicPageSaysSoWithTheReason(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        Cohort c = aClass(t);
        takeAttendance(t, c);
        long a1 = c.nominations().get("a1");
        String code;
        try (var acting = t.as(Role.MEMBER_CITY, c.a())) {
            code = firstCode(text(
                    (byte[]) PluginCalls.read(t.calls.bean(Certificates.class).invoke("pdf", a1), "content")));
            // only the secretariat revokes
            assertThatThrownBy(() -> t.calls.bean(Certificates.class).invoke("revoke", a1, "mistake"))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            assertThatThrownBy(() -> t.calls
                            .bean(Certificates.class)
                            .invoke("revoke", c.nominations().get("a3"), "never issued"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.certificate.not-issued"));
            t.calls.bean(Certificates.class).invoke("revoke", a1, "Attendance was recorded in error");
            assertThatThrownBy(() -> t.calls.bean(Certificates.class).invoke("pdf", a1))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.certificate.revoked"));
            assertThat(zipEntries(t, c.programme())).containsExactlyInAnyOrder("김민지 - ", "Bruno Other - ");
        }
        assertThat(platform.openAnonymously("verify?code=" + code).body())
                .contains("This document was revoked")
                .contains("Attendance was recorded in error")
                .doesNotContain("This is a genuine WeGO document");
    }

    @Test
    void anotherCityCannotDownloadAndTheZipHoldsTheDownloadersScopeOnly(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        Cohort c = aClass(t);
        takeAttendance(t, c);

        try (var acting = t.as(Role.MEMBER_CITY, c.b())) {
            for (String other : List.of("a1", "a2")) {
                assertThatThrownBy(() -> t.calls
                                .bean(Certificates.class)
                                .invoke("pdf", c.nominations().get(other)))
                        .isInstanceOf(PermissionDeniedException.class);
            }
            assertThat((List<?>) t.calls.bean(Certificates.class).invoke("ofProgramme", c.programme()))
                    .hasSize(1);
            assertThat(zipEntries(t, c.programme())).containsExactly("Bruno Other - ");
        }
        try (var acting = t.as(Role.MEMBER_CITY, c.a())) {
            assertThat(zipEntries(t, c.programme())).containsExactlyInAnyOrder("Amina Diallo - ", "김민지 - ");
        }
        try (var acting = t.as(Role.REGIONAL_OFFICE, OrganisationKey.of("ro-abuja"))) {
            assertThatThrownBy(() -> t.calls
                            .bean(Certificates.class)
                            .invoke("pdf", c.nominations().get("a1")))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat((List<?>) t.calls.bean(Certificates.class).invoke("ofProgramme", c.programme()))
                    .isEmpty();
        }
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            assertThat(zipEntries(t, c.programme()))
                    .containsExactlyInAnyOrder("Amina Diallo - ", "김민지 - ", "Bruno Other - ");
        }
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            List<String> all = zipEntries(t, c.programme());
            assertThat(all).containsExactlyInAnyOrder("Amina Diallo - ", "김민지 - ", "Bruno Other - ");
            // one certificate per nomination, however often downloaded
            assertThat(t.jdbc.sql("""
                                    SELECT COUNT(*) FROM training_certificate c JOIN training_nomination n
                                    ON n.id = c.nomination_id WHERE n.programme_id = :p""")
                            .param("p", c.programme())
                            .query(Integer.class)
                            .single())
                    .isEqualTo(3);
        }
        // Anonymous visitors cannot download
        assertThatThrownBy(() -> t.calls
                        .bean(Certificates.class)
                        .invoke("pdf", c.nominations().get("a1")))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void onlyTheSecretariatTakesAttendanceOfEnrolledTraineesAndSetsTheRule(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        Cohort c = aClass(t);
        long session = c.sessions().getFirst();
        try (var acting = t.as(Role.MEMBER_CITY, c.a())) {
            assertThatThrownBy(() -> t.calls
                            .bean(Attendance.class)
                            .invoke(
                                    "record",
                                    c.programme(),
                                    session,
                                    Set.of(c.nominations().get("a1"))))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> t.calls.bean(Attendance.class).invoke("setRule", c.programme(), 10, 0L))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        long cancelled = c.nominations().get("b1");
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            t.nominations("cancel", cancelled);
            // a cancelled (no longer enrolled) nomination refuses the whole save: nothing written
            assertThatThrownBy(() -> t.calls
                            .bean(Attendance.class)
                            .invoke(
                                    "record",
                                    c.programme(),
                                    session,
                                    Set.of(c.nominations().get("a1"), cancelled)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.attendance.not-enrolled"));
            assertThat(present(t, session) + absent(t, session)).isZero();
            // a session of another programme is refused
            long other = t.createProgramme("Other " + System.nanoTime(), 5, 2);
            assertThatThrownBy(() -> t.calls.bean(Attendance.class).invoke("record", other, session, Set.of()))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.attendance.invalid-session"));
            assertThatThrownBy(() -> t.calls.bean(Attendance.class).invoke("setRule", c.programme(), 101, 0L))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("percent"));

            // a3 attends one of three sessions: not complete at 80 %, complete at 30 %
            takeAttendanceOf(t, c);
            assertThat(complete(t, c, "a3")).isFalse();
            assertThat(complete(t, c, "a1")).isTrue();
            assertThat(t.calls.bean(Attendance.class).invoke("rule", c.programme()))
                    .isEqualTo(80);
            t.calls.bean(Attendance.class).invoke("setRule", c.programme(), 30, 0L);
            // an edit made on what was read before that save is stale: refused, nothing changed
            assertThatThrownBy(() -> t.calls.bean(Attendance.class).invoke("setRule", c.programme(), 90, 0L))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.attendance.rule.stale"));
            assertThatThrownBy(() -> t.calls.bean(Attendance.class).invoke("setRule", c.programme(), 90, 7L))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.attendance.rule.stale"));
            assertThat(t.calls.bean(Attendance.class).invoke("rule", c.programme()))
                    .isEqualTo(30);
            assertThat(complete(t, c, "a3")).isTrue();
            // audited
            assertThat(t.jdbc.sql("SELECT COUNT(*) FROM platform_audit_entry WHERE entity = 'training.attendance'"
                                    + " AND entity_id = :s")
                            .param("s", Long.toString(session))
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
        // the attendance page is the secretariat's; the verification page is anybody's
        assertThat(platform.open("training/attendance?programme=" + c.programme(), Role.SECRETARIAT)
                        .body())
                .contains("Mark all present")
                .contains("Minimum attendance to complete");
        assertThat(platform.open("training/attendance?programme=" + c.programme(), Role.MEMBER_CITY)
                        .body())
                .doesNotContain("Mark all present");
    }

    private void takeAttendanceOf(TrainingCalls t, Cohort c) {
        Set<Long> a = Set.of(
                c.nominations().get("a1"),
                c.nominations().get("a2"),
                c.nominations().get("a3"));
        Set<Long> withoutA3 = Set.of(c.nominations().get("a1"), c.nominations().get("a2"));
        t.calls
                .bean(Attendance.class)
                .invoke("record", c.programme(), c.sessions().get(0), a);
        t.calls
                .bean(Attendance.class)
                .invoke("record", c.programme(), c.sessions().get(1), withoutA3);
        t.calls
                .bean(Attendance.class)
                .invoke("record", c.programme(), c.sessions().get(2), withoutA3);
    }

    private static boolean complete(TrainingCalls t, Cohort c, String who) {
        Map<?, ?> completion = (Map<?, ?>) t.calls.bean(Attendance.class).invoke("completionOf", c.programme());
        return (Boolean) PluginCalls.read(completion.get(c.nominations().get(who)), "complete");
    }

    private static Object session(TrainingCalls t, LocalDate date) {
        return t.calls.make(SessionInput.class, date, LocalTime.of(9, 0), LocalTime.of(12, 0), "UTC");
    }

    private static long nominate(
            TrainingCalls t, long programme, String name, OrganisationKey city, String email, String language) {
        Object trainee = t.calls.make(
                TraineeInput.class,
                name,
                "Officer",
                "Smart city division",
                city,
                email + "@example.org",
                language,
                t.calls.make(Gender.class, "FEMALE"));
        return (Long) t.nominations("nominate", programme, trainee);
    }

    private static int present(TrainingCalls t, long session) {
        return t.jdbc.sql("SELECT COUNT(*) FROM training_attendance WHERE session_id = :s AND present")
                .param("s", session)
                .query(Integer.class)
                .single();
    }

    private static int absent(TrainingCalls t, long session) {
        return t.jdbc.sql("SELECT COUNT(*) FROM training_attendance WHERE session_id = :s AND NOT present")
                .param("s", session)
                .query(Integer.class)
                .single();
    }

    /** The zip's entries, each name cut before its code (codes are random); each entry a PDF. */
    private static List<String> zipEntries(TrainingCalls t, long programme) throws Exception {
        Object file = t.calls.bean(Certificates.class).invoke("zip", programme);
        var names = new ArrayList<String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream((byte[]) PluginCalls.read(file, "content")))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] pdf = zip.readAllBytes();
                String code = firstCode(text(pdf));
                assertThat(entry.getName()).endsWith(" - " + code + ".pdf");
                names.add(entry.getName().substring(0, entry.getName().length() - (code + ".pdf").length()));
            }
        }
        return names;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String firstCode(String text) {
        var matcher = CODE.matcher(text);
        assertThat(matcher.find()).as("a verification code in " + text).isTrue();
        return matcher.group();
    }
}
