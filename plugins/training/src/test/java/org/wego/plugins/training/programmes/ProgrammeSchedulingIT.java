package org.wego.plugins.training.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;

/**
 * Eligibility checked on the server when nominating, status changes only as the rules allow, and the
 * scheduled job that closes programmes at their deadline and marks started ones running (called
 * directly, on programmes whose dates have passed).
 */
@WegoPluginTest
class ProgrammeSchedulingIT {

    private static final OrganisationKey CHENGDU_OFFICE = OrganisationKey.of("ro-chengdu");
    private static final OrganisationKey ABUJA_OFFICE = OrganisationKey.of("ro-abuja");

    @Test
    void onlyEligibleOrganisationsOfficialsAreNominated(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        LocalDate start = LocalDate.now().plusMonths(2);
        Object abujaRegion = t.calls.make(Eligibility.class, Set.of(), Set.of(), Set.of(ABUJA_OFFICE));
        long id;
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            id = (Long) t.programmes(
                    "create",
                    input(t, "Eligible " + System.nanoTime(), start, start.minusDays(7), "OPEN", abujaRegion));
            assertThat(PluginCalls.read(((java.util.Optional<?>) t.programmes("byId", id)).orElseThrow(), "eligibility")
                            .toString())
                    .contains("ro-abuja");
            Object forged = t.calls.make(Eligibility.class, Set.of(), Set.of(), Set.of(OrganisationKey.of("vn-hanoi")));
            assertThatThrownBy(() -> t.programmes(
                            "create", input(t, "Forged office", start, start.minusDays(7), "OPEN", forged)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("eligibility");
                        assertThat(e.messageKey()).isEqualTo("training.programme.invalid.regional-office");
                    });
        }
        String tag = Long.toString(System.nanoTime());
        Organisation chengduCity = t.cities(CHENGDU_OFFICE, 1).getFirst();
        Organisation abujaCity = t.cities(ABUJA_OFFICE, 1).getFirst();
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            assertThatThrownBy(() -> t.nominations(
                            "nominate", id, t.trainee("Li Na", chengduCity.key(), "li.na." + tag + "@example.org")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("organisation");
                        assertThat(e.messageKey()).isEqualTo("training.invalid.not-eligible");
                    });
        }
        try (var acting = t.as(Role.MEMBER_CITY, chengduCity.key())) {
            assertThatThrownBy(() -> t.nominations(
                            "nominate", id, t.trainee("Wang", chengduCity.key(), "wang." + tag + "@example.org")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.invalid.not-eligible"));
        }
        assertThat(t.seats(id)).isEmpty();
        try (var acting = t.as(Role.REGIONAL_OFFICE, ABUJA_OFFICE)) {
            t.nominations("nominate", id, t.trainee("Ade", abujaCity.key(), "ade." + tag + "@example.org"));
        }
        assertThat(t.seats(id)).hasSize(1);
    }

    @Test
    void theScheduledJobClosesAtTheDeadlineAndMarksStartedProgrammesRunning(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        LocalDate today = LocalDate.now(t.calls.platformBean(Clock.class));
        String tag = " " + System.nanoTime();
        long pastDeadline;
        long started;
        long notYetStarted;
        long draft;
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            pastDeadline = create(t, "Deadline passed" + tag, today.plusDays(10), today.minusDays(1), "OPEN", null);
            // Midnight at Kiritimati (UTC+14) today is 10:00 UTC yesterday: started, wherever the clock is.
            started = create(
                    t,
                    "Started" + tag,
                    today,
                    today.minusDays(3),
                    "CLOSED",
                    List.of(session(t, today, "00:00", "00:30", "Pacific/Kiritimati")));
            // 23:00 at Pago Pago (UTC-11) today is 10:00 UTC tomorrow: not started yet.
            notYetStarted = create(
                    t,
                    "Starts tonight" + tag,
                    today,
                    today.minusDays(3),
                    "CLOSED",
                    List.of(session(t, today, "23:00", "23:30", "Pacific/Pago_Pago")));
            draft = create(t, "Draft" + tag, today.plusDays(10), today.minusDays(1), "DRAFT", null);
        }

        // As the platform's scheduler calls it: no signed-in user. (Its own run every 10 minutes may come
        // first in a long suite and leave nothing to do: the statuses below hold either way.)
        assertThat((Integer) t.programmes("moveOnByDate")).isNotNegative();

        assertThat(status(t, pastDeadline)).isEqualTo("CLOSED");
        assertThat(status(t, started)).isEqualTo("RUNNING");
        assertThat(status(t, notYetStarted)).isEqualTo("CLOSED");
        assertThat(status(t, draft)).isEqualTo("DRAFT");
        assertThat(t.jdbc.sql("SELECT version FROM training_programme WHERE id = :id")
                        .param("id", pastDeadline)
                        .query(Long.class)
                        .single())
                .as("an edit form opened before the job is refused as stale")
                .isEqualTo(2L);
        assertThat(t.jdbc.sql("""
                        SELECT user_name FROM platform_audit_entry WHERE entity = 'training.programme'
                        AND entity_id = :id AND after_json LIKE '%CLOSED%'""")
                        .param("id", Long.toString(pastDeadline))
                        .query(String.class)
                        .single())
                .isEqualTo("system");
        // Nothing more to do on a second run for these.
        t.programmes("moveOnByDate");
        assertThat(status(t, started)).isEqualTo("RUNNING");
    }

    @Test
    void statusChangesFollowTheRules(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        LocalDate start = LocalDate.now().plusMonths(2);
        String title = "Statuses " + System.nanoTime();
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            long id = create(t, title, start, start.minusDays(7), "OPEN", null);
            assertThatThrownBy(() ->
                            t.programmes("update", id, 1L, input(t, title, start, start.minusDays(7), "DRAFT", null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("status");
                        assertThat(e.messageKey()).isEqualTo("training.programme.invalid.status-change");
                    });
            t.programmes("update", id, 1L, input(t, title, start, start.minusDays(7), "CANCELLED", null));
            assertThatThrownBy(() ->
                            t.programmes("update", id, 2L, input(t, title, start, start.minusDays(7), "OPEN", null)))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(status(t, id)).isEqualTo("CANCELLED");
        }
    }

    private static long create(
            TrainingCalls t,
            String title,
            LocalDate start,
            LocalDate deadline,
            String status,
            @Nullable List<Object> sessions) {
        Object input = input(t, title, start, deadline, status, null);
        if (sessions != null) {
            input = withSessions(input, sessions);
        }
        return (Long) t.programmes("create", input);
    }

    private static Object withSessions(Object input, List<Object> sessions) {
        try {
            var method = input.getClass().getDeclaredMethod("withSessions", List.class);
            method.setAccessible(true);
            return method.invoke(input, sessions);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object session(TrainingCalls t, LocalDate date, String start, String end, String zone) {
        return t.calls.make(SessionInput.class, date, LocalTime.parse(start), LocalTime.parse(end), zone);
    }

    private static Object input(
            TrainingCalls t,
            String title,
            LocalDate start,
            LocalDate deadline,
            String status,
            @Nullable Object eligibility) {
        return t.calls.make(
                ProgrammeInput.class,
                title,
                "연수 " + title,
                null,
                null,
                OrganisationKey.of("kr-seoul"),
                t.calls.make(ProgrammeMode.class, "ON_SITE"),
                "Seoul HRD Center",
                "en",
                start,
                start.plusDays(2),
                deadline,
                20,
                2,
                t.calls.make(ProgrammeStatus.class, status),
                null,
                eligibility);
    }

    private static String status(TrainingCalls t, long id) {
        return t.jdbc.sql("SELECT status FROM training_programme WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
