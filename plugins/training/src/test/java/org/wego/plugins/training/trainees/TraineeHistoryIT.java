package org.wego.plugins.training.trainees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;

/**
 * Trainees and their history in a real platform: one person nominated to two programmes is one
 * trainee with both nominations, newest first; Hanoi sees its trainee with e-mail and gender, the
 * Chengdu office (Hanoi's region) too, Nairobi and an office of another region neither (a forged id is
 * refused, the list leaves it out); the page for the three roles, anonymous visitors sent to sign in.
 */
@WegoPluginTest
class TraineeHistoryIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey NAIROBI = OrganisationKey.of("ke-nairobi");
    private static final OrganisationKey CHENGDU_OFFICE = OrganisationKey.of("ro-chengdu");
    private static final OrganisationKey MEXICO_OFFICE = OrganisationKey.of("ro-mexico-city");

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void onePersonInTwoProgrammesIsOneTraineeWithBothInTheHistoryAndOnlyTheirScopeSeesIt(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        long first = t.openProgramme("History first " + RUN, 10, 2);
        long second = t.openProgramme("History second " + RUN, 10, 2);
        // The second starts later: it comes first in the history.
        t.jdbc.sql("UPDATE training_programme SET start_date = DATE_ADD(start_date, INTERVAL 3 DAY),"
                        + " end_date = DATE_ADD(end_date, INTERVAL 3 DAY) WHERE id = :id")
                .param("id", second)
                .update();
        String email = "hist-" + RUN + "@trainees.example.org";
        long nominationFirst;
        long nominationSecond;
        long nairobiNomination;
        try (var acting = t.as(Role.MEMBER_CITY, HANOI)) {
            nominationFirst =
                    (Long) t.nominations("nominate", first, t.trainee("Hist Person " + RUN, HANOI, email), null);
            nominationSecond =
                    (Long) t.nominations("nominate", second, t.trainee("Hist Person " + RUN, HANOI, email), null);
        }
        try (var acting = t.as(Role.MEMBER_CITY, NAIROBI)) {
            nairobiNomination = (Long) t.nominations(
                    "nominate",
                    first,
                    t.trainee("Hist Nairobi " + RUN, NAIROBI, "histn-" + RUN + "@trainees.example.org"),
                    null);
        }
        t.decide(t.secretariat(), t.requestOf(nominationFirst), ApprovalStatus.APPROVED);
        t.decide(t.secretariat(), t.requestOf(nominationSecond), ApprovalStatus.REJECTED);
        long trainee = traineeOf(t, nominationFirst);
        long nairobiTrainee = traineeOf(t, nairobiNomination);
        assertThat(traineeOf(t, nominationSecond)).isEqualTo(trainee);

        try (var acting = t.as(Role.MEMBER_CITY, HANOI)) {
            List<?> found = (List<?>) history(t, "trainees", "Hist Person " + RUN, 0, 50);
            assertThat(found).hasSize(1);
            assertThat(PluginCalls.read(found.getFirst(), "id")).isEqualTo(trainee);
            assertThat(PluginCalls.read(found.getFirst(), "programmes")).isEqualTo(2);
            assertThat(PluginCalls.read(found.getFirst(), "email")).isEqualTo(email);
            assertThat(String.valueOf(PluginCalls.read(found.getFirst(), "gender")))
                    .isEqualTo("FEMALE");
            // Search by e-mail, and wildcards are taken literally.
            assertThat((Integer) history(t, "count", email)).isEqualTo(1);
            assertThat((Integer) history(t, "count", "hist-" + RUN + "%")).isZero();
            assertThat((List<?>) history(t, "trainees", "Hist Nairobi " + RUN, 0, 50))
                    .isEmpty();

            List<?> entries = (List<?>) history(t, "history", trainee);
            assertThat(entries)
                    .extracting(e -> PluginCalls.read(e, "programmeId"))
                    .containsExactly(second, first);
            assertThat(entries)
                    .extracting(e -> String.valueOf(PluginCalls.read(e, "status")))
                    .containsExactly("REJECTED", "ENROLLED");
            assertThat(PluginCalls.read(entries.get(1), "titleEn")).isEqualTo("History first " + RUN);
            assertThat(PluginCalls.read(entries.get(1), "titleKo")).isEqualTo("연수 History first " + RUN);
            assertThat(PluginCalls.read(entries.get(1), "completed")).isNull(); // no attendance yet

            // A forged id: Nairobi's trainee.
            assertThatThrownBy(() -> history(t, "history", nairobiTrainee))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> history(t, "history", 987_654_321L)).isInstanceOf(InvalidInputException.class);
        }
        // Attendance recorded (arranged by SQL; taking it has its own tests): completion by the rule.
        long session = t.jdbc.sql(
                        "INSERT INTO training_session (programme_id, session_date, start_time, end_time, zone)"
                                + " SELECT id, start_date, '09:00', '12:00', 'UTC' FROM training_programme WHERE id = :id"
                                + " RETURNING id")
                .param("id", first)
                .query(Long.class)
                .single();
        t.jdbc.sql("INSERT INTO training_attendance (session_id, nomination_id, present, recorded_by, recorded_at)"
                        + " VALUES (:session, :nomination, TRUE, 'test', NOW(6))")
                .param("session", session)
                .param("nomination", nominationFirst)
                .update();
        try (var acting = t.as(Role.MEMBER_CITY, HANOI)) {
            List<?> entries = (List<?>) history(t, "history", trainee);
            assertThat(PluginCalls.read(entries.get(1), "completed")).isEqualTo(true);
            assertThat(PluginCalls.read(entries.get(0), "completed")).isNull(); // rejected: never
        }
        t.jdbc.sql("UPDATE training_attendance SET present = FALSE WHERE nomination_id = :nomination")
                .param("nomination", nominationFirst)
                .update();
        try (var acting = t.as(Role.MEMBER_CITY, HANOI)) {
            assertThat(PluginCalls.read(((List<?>) history(t, "history", trainee)).get(1), "completed"))
                    .isEqualTo(false);
        }
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            List<?> found = (List<?>) history(t, "trainees", email, 0, 50);
            assertThat(found).extracting(r -> PluginCalls.read(r, "email")).containsExactly(email);
            assertThat((List<?>) history(t, "history", trainee)).hasSize(2);
            assertThatThrownBy(() -> history(t, "history", nairobiTrainee))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        try (var acting = t.as(Role.MEMBER_CITY, NAIROBI)) {
            assertThat((List<?>) history(t, "trainees", "Hist Person " + RUN, 0, 50))
                    .isEmpty();
            assertThat((Integer) history(t, "count", email)).isZero();
            assertThatThrownBy(() -> history(t, "history", trainee)).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> history(t, "trainee", trainee)).isInstanceOf(PermissionDeniedException.class);
        }
        try (var acting = t.as(Role.REGIONAL_OFFICE, MEXICO_OFFICE)) {
            assertThat((List<?>) history(t, "trainees", "Hist Person " + RUN, 0, 50))
                    .isEmpty();
            assertThatThrownBy(() -> history(t, "history", trainee)).isInstanceOf(PermissionDeniedException.class);
        }
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            List<?> found = (List<?>) history(t, "trainees", RUN, 0, 50);
            assertThat(found)
                    .extracting(r -> PluginCalls.read(r, "id"))
                    .containsExactly(nairobiTrainee, trainee); // by name: "Hist Nairobi" before "Hist Person"
            assertThat(found)
                    .allSatisfy(r -> assertThat(PluginCalls.read(r, "email")).isNotNull());
            assertThat((List<?>) history(t, "history", nairobiTrainee)).hasSize(1);
        }

        // The page: the history as Hanoi sees it, a forged id shows nothing, anonymous visitors sign in first.
        String asHanoi = platform.open("training/trainees?id=" + trainee, Role.MEMBER_CITY)
                .body();
        assertThat(asHanoi)
                .contains("Trainees")
                .contains("History of Hist Person " + RUN)
                .contains(email);
        String forged = platform.open("training/trainees?id=" + nairobiTrainee, Role.MEMBER_CITY)
                .body();
        assertThat(forged)
                .contains("This trainee does not exist, or is not one you may see.")
                .doesNotContain("Hist Nairobi " + RUN)
                .doesNotContain("histn-" + RUN);
        for (Role role : List.of(Role.REGIONAL_OFFICE, Role.SECRETARIAT)) {
            var page = platform.open("training/trainees", role);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Search by name or e-mail");
        }
        assertThat(platform.openAnonymously("training/trainees").isKeycloakLoginForm())
                .isTrue();
    }

    private static Object history(TrainingCalls t, String method, Object... arguments) {
        return t.calls.bean(TraineeHistory.class).invoke(method, arguments);
    }

    private static long traineeOf(TrainingCalls t, long nomination) {
        return t.jdbc.sql("SELECT trainee_id FROM training_nomination WHERE id = :id")
                .param("id", nomination)
                .query(Long.class)
                .single();
    }
}
