package org.wego.plugins.training.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;

/**
 * A programme's daily sessions on MariaDB: saved with the programme in one transaction and audited with
 * it, refused with nothing saved, replaced on an edit (a kept session keeps its id) under optimistic
 * locking, and read by whoever may see the programme.
 */
@WegoPluginTest
class ProgrammeSessionsIT {

    static final LocalDate START = LocalDate.now().plusMonths(3);

    @Test
    void sessionsAreSavedWithTheProgrammeInTheirZoneAndAudited(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        String title = "Sessions " + System.nanoTime();
        long id;
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            id = (Long) t.programmes(
                    "create",
                    input(
                            t,
                            title,
                            "ON_SITE",
                            "OPEN",
                            List.of(
                                    session(t, START.plusDays(1), "09:00", "12:00", "Asia/Seoul"),
                                    session(t, START, "14:00", "17:30", "Asia/Seoul"),
                                    session(t, START, "09:00", "12:00", "Asia/Seoul"))));
        }
        Organisation city = city(t);
        try (var acting = t.as(Role.MEMBER_CITY, city.key)) {
            List<?> sessions = (List<?>) t.programmes("sessionsOf", id);
            assertThat(sessions).hasSize(3);
            assertThat(sessions)
                    .extracting(s -> PluginCalls.read(s, "date") + " " + PluginCalls.read(s, "start") + "-"
                            + PluginCalls.read(s, "end") + " " + PluginCalls.read(s, "zone"))
                    .containsExactly(
                            START + " 09:00-12:00 Asia/Seoul",
                            START + " 14:00-17:30 Asia/Seoul",
                            START.plusDays(1) + " 09:00-12:00 Asia/Seoul");
            // 09:00 in Seoul is midnight UTC (Korea has no daylight saving).
            assertThat(((java.time.ZonedDateTime) PluginCalls.read(sessions.getFirst(), "startsAt")).toInstant())
                    .isEqualTo(Instant.parse(START + "T00:00:00Z"));
        }
        assertThat(t.jdbc.sql("""
                        SELECT after_json FROM platform_audit_entry
                        WHERE entity = 'training.programme' AND entity_id = :id""")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .single())
                .as("the creation is audited with its sessions")
                .contains("Asia/Seoul")
                .contains("17:30");
    }

    @Test
    void badSessionsAreRefusedWithNothingSaved(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        long programmes = count(t, "training_programme");
        long sessions = count(t, "training_session");
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            // An online programme is held in UTC, whatever the trainer's zone.
            assertThatThrownBy(() -> t.programmes(
                            "create",
                            input(
                                    t,
                                    "Online " + System.nanoTime(),
                                    "ONLINE",
                                    "OPEN",
                                    List.of(
                                            session(t, START, "09:00", "10:00", "UTC"),
                                            session(t, START.plusDays(1), "09:00", "10:00", "Asia/Seoul")))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("sessions");
                        assertThat(e.messageKey()).isEqualTo("training.session.invalid.online-utc");
                        assertThat(e.arguments()).containsExactly(2);
                    });
            assertThatThrownBy(() -> t.programmes(
                            "create",
                            input(
                                    t,
                                    "Overlap " + System.nanoTime(),
                                    "ON_SITE",
                                    "OPEN",
                                    List.of(
                                            session(t, START, "09:00", "12:00", "Africa/Lagos"),
                                            session(t, START, "11:30", "13:00", "Africa/Lagos")))))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.session.invalid.overlap"));
        }
        assertThat(count(t, "training_programme")).isEqualTo(programmes);
        assertThat(count(t, "training_session")).isEqualTo(sessions);
    }

    @Test
    void anEditReplacesTheSessionsUnderOptimisticLockingKeepingTheIdsOfKeptOnes(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        String title = "Edited sessions " + System.nanoTime();
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            long id = (Long) t.programmes(
                    "create",
                    input(
                            t,
                            title,
                            "HYBRID",
                            "DRAFT",
                            List.of(
                                    session(t, START, "09:00", "12:00", "Asia/Shanghai"),
                                    session(t, START.plusDays(1), "09:00", "12:00", "Asia/Shanghai"))));
            List<?> before = (List<?>) t.programmes("sessionsOf", id);
            Object kept = PluginCalls.read(before.getFirst(), "id");

            // Keep the first (longer now), drop the second, add a third.
            t.programmes(
                    "update",
                    id,
                    1L,
                    input(
                            t,
                            title,
                            "HYBRID",
                            "DRAFT",
                            List.of(
                                    session(t, START, "09:00", "12:30", "Asia/Shanghai"),
                                    session(t, START.plusDays(2), "13:00", "15:00", "Asia/Shanghai"))));
            List<?> after = (List<?>) t.programmes("sessionsOf", id);
            assertThat(after)
                    .extracting(s -> PluginCalls.read(s, "date") + " " + PluginCalls.read(s, "end"))
                    .containsExactly(START + " 12:30", START.plusDays(2) + " 15:00");
            assertThat(PluginCalls.read(after.getFirst(), "id")).isEqualTo(kept);

            // Someone else's edit was saved in between: refused, the sessions stay as they are.
            assertThatThrownBy(() -> t.programmes("update", id, 1L, input(t, title, "HYBRID", "DRAFT", List.of())))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.stale"));
            assertThat((List<?>) t.programmes("sessionsOf", id)).hasSize(2);

            // An edit without sessions keeps them, but checks them against the new dates and mode.
            t.programmes("update", id, 2L, input(t, title + " (renamed)", "HYBRID", "DRAFT", null));
            assertThat((List<?>) t.programmes("sessionsOf", id)).hasSize(2);
            assertThatThrownBy(() -> t.programmes("update", id, 3L, t.programmeInput(title, 10, 2)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("sessions"));
            assertThat((List<?>) t.programmes("sessionsOf", id)).hasSize(2);
        }
    }

    @Test
    void aSessionWithAttendanceCannotBeRemovedButItsEndCanChange(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        String title = "Attended session " + System.nanoTime();
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            long id = (Long) t.programmes(
                    "create",
                    input(
                            t,
                            title,
                            "ON_SITE",
                            "DRAFT",
                            List.of(
                                    session(t, START, "09:00", "12:00", "Asia/Seoul"),
                                    session(t, START.plusDays(1), "09:00", "12:00", "Asia/Seoul"))));
            Object first = PluginCalls.read(((List<?>) t.programmes("sessionsOf", id)).getFirst(), "id");
            var trainee = new org.springframework.jdbc.support.GeneratedKeyHolder();
            t.jdbc.sql("""
                            INSERT INTO training_trainee (name, organisation_key, email, language, gender)
                            VALUES ('Present', 'vn-hanoi', :email, 'en', 'UNDISCLOSED')""")
                    .param("email", "present-" + System.nanoTime() + "@example.org")
                    .update(trainee, "id");
            var nomination = new org.springframework.jdbc.support.GeneratedKeyHolder();
            t.jdbc.sql("""
                            INSERT INTO training_nomination (programme_id, trainee_id, organisation_key, status,
                                nominated_by, nominated_at, updated_at)
                            VALUES (:programme, :trainee, 'vn-hanoi', 'ENROLLED', 'ProgrammeSessionsIT', NOW(6), NOW(6))""")
                    .param("programme", id)
                    .param("trainee", trainee.getKeyAs(Number.class).longValue())
                    .update(nomination, "id");
            t.jdbc.sql("""
                            INSERT INTO training_attendance (session_id, nomination_id, present, recorded_by, recorded_at)
                            VALUES (:session, :nomination, TRUE, 'ProgrammeSessionsIT', NOW(6))""")
                    .param("session", first)
                    .param("nomination", nomination.getKeyAs(Number.class).longValue())
                    .update();

            // Dropping the attended session is refused on the sessions field, translated; nothing changes.
            assertThatThrownBy(() -> t.programmes(
                            "update",
                            id,
                            1L,
                            input(
                                    t,
                                    title,
                                    "ON_SITE",
                                    "DRAFT",
                                    List.of(session(t, START.plusDays(1), "09:00", "12:00", "Asia/Seoul")))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("sessions");
                        assertThat(e.messageKey()).isEqualTo("training.session.invalid.attended");
                    });
            assertThat((List<?>) t.programmes("sessionsOf", id)).hasSize(2);

            // Changing its end keeps the row, so the attendance stays.
            t.programmes(
                    "update",
                    id,
                    1L,
                    input(
                            t,
                            title,
                            "ON_SITE",
                            "DRAFT",
                            List.of(
                                    session(t, START, "09:00", "12:30", "Asia/Seoul"),
                                    session(t, START.plusDays(1), "09:00", "12:00", "Asia/Seoul"))));
            assertThat(PluginCalls.read(((List<?>) t.programmes("sessionsOf", id)).getFirst(), "id"))
                    .isEqualTo(first);
        }
    }

    @Test
    void aDraftsSessionsAreTheSecretariatsOnly(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        long id;
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            id = (Long) t.programmes(
                    "create",
                    input(
                            t,
                            "Draft " + System.nanoTime(),
                            "ONLINE",
                            "DRAFT",
                            List.of(session(t, START, "08:00", "10:00", "Etc/UTC"))));
            assertThat((List<?>) t.programmes("sessionsOf", id))
                    .extracting(s -> PluginCalls.read(s, "zone").toString())
                    .containsExactly("UTC");
        }
        try (var acting = t.as(Role.MEMBER_CITY, city(t).key)) {
            assertThatThrownBy(() -> t.programmes("sessionsOf", id))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.invalid.programme"));
        }
    }

    @Test
    void theSecretariatCopiesAProgrammeAsADraftWithItsSessionsShifted(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        String title = "Copied " + System.nanoTime();
        LocalDate newStart = START.plusYears(1);
        long copy;
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            long source = (Long) t.programmes(
                    "create",
                    input(
                            t,
                            title,
                            "ON_SITE",
                            "OPEN",
                            List.of(
                                    session(t, START, "09:00", "12:00", "America/New_York"),
                                    session(t, START.plusDays(3), "13:00", "16:00", "America/New_York"))));
            copy = (Long) t.programmes("copy", source, newStart);
            Object programme = ((java.util.Optional<?>) t.programmes("byId", copy)).orElseThrow();
            assertThat(PluginCalls.read(programme, "status").toString()).isEqualTo("DRAFT");
            assertThat(PluginCalls.read(programme, "titleEn")).isEqualTo(title);
            assertThat(PluginCalls.read(programme, "startDate")).isEqualTo(newStart);
            assertThat(PluginCalls.read(programme, "endDate")).isEqualTo(newStart.plusDays(4));
            assertThat(PluginCalls.read(programme, "deadline")).isEqualTo(newStart.minusDays(14));
            assertThat((List<?>) t.programmes("sessionsOf", copy))
                    .extracting(s -> PluginCalls.read(s, "date") + " " + PluginCalls.read(s, "start") + " "
                            + PluginCalls.read(s, "zone"))
                    .containsExactly(
                            newStart + " 09:00 America/New_York", newStart.plusDays(3) + " 13:00 America/New_York");
            assertThat((List<?>) t.programmes("sessionsOf", source)).hasSize(2);
        }
        try (var acting = t.as(Role.MEMBER_CITY, city(t).key)) {
            assertThatThrownBy(() -> t.programmes("copy", copy, newStart))
                    .isInstanceOf(org.wego.plugin.api.PermissionDeniedException.class);
        }
    }

    @Test
    void theSecretariatsPageOffersTheCalendarTheSessionsEditorAndEditing(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        t.openProgramme("Page " + System.nanoTime(), 10, 2);
        assertThat(platform.open("training/programmes", Role.SECRETARIAT).body())
                .contains("Calendar")
                .contains("Daily sessions")
                .contains("Add a session")
                .contains("Eligible member types")
                .contains("Copy");
        assertThat(platform.open("training/programmes", Role.MEMBER_CITY).body())
                .contains("Calendar")
                .contains("All members")
                .doesNotContain("Add a session")
                .doesNotContain("Copy");
    }

    private record Organisation(OrganisationKey key) {}

    private static Organisation city(TrainingCalls t) {
        return new Organisation(
                t.cities(OrganisationKey.of("ro-chengdu"), 1).getFirst().key());
    }

    static Object session(TrainingCalls t, LocalDate date, String start, String end, String zone) {
        return t.calls.make(SessionInput.class, date, LocalTime.parse(start), LocalTime.parse(end), zone);
    }

    static Object input(TrainingCalls t, String title, String mode, String status, @Nullable List<Object> sessions) {
        return t.calls.make(
                ProgrammeInput.class,
                title,
                "연수 " + title,
                null,
                null,
                OrganisationKey.of("kr-seoul"),
                t.calls.make(ProgrammeMode.class, mode),
                "Seoul HRD Center",
                "en",
                START,
                START.plusDays(4),
                START.minusDays(14),
                20,
                2,
                t.calls.make(ProgrammeStatus.class, status),
                sessions);
    }

    private static long count(TrainingCalls t, String table) {
        return t.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
