package org.wego.plugins.training.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Reminder;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls.QueuedReminder;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;

/**
 * Training's nomination-deadline reminder through the platform's reminders (MariaDB, Keycloak's users):
 * declared, queued once however often the platform sweeps, delivered to the regional office that has not
 * nominated yet in English and Korean, and to nobody once it has.
 */
@WegoPluginTest
class NominationRemindersIT {

    private static final OrganisationKey CHENGDU = OrganisationKey.of("ro-chengdu");

    @Test
    void theDeadlineReminderReachesTheOfficeThatHasNotNominatedOnce(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        assertThat(t.calls.declaresReminders())
                .as("the platform sweeps training's reminders")
                .isTrue();
        Reminder reminder = (Reminder) t.calls.bean(NominationReminders.class).invoke("reminder");
        assertThat(reminder.name()).isEqualTo("nomination-deadline");
        assertThat(reminder.daysBefore()).containsExactly(7, 1);

        LocalDate today = LocalDate.now(t.calls.platformBean(Clock.class));
        String quiet = "Reminded " + System.nanoTime();
        String busy = "Nominated " + System.nanoTime();
        long notNominated = programme(t, quiet, today.plusDays(7));
        long nominated = programme(t, busy, today.plusDays(7));
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU)) {
            var city = t.cities(CHENGDU, 1).getFirst().key();
            t.nominations(
                    "nominate", nominated, t.trainee("Early " + busy, city, "early-" + System.nanoTime() + "@x.org"));
        }

        List<QueuedReminder> first = t.calls.sweepReminders(List.of(reminder));
        assertThat(first)
                .filteredOn(q -> q.recordId().equals(Long.toString(notNominated)))
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.reminder()).isEqualTo("nomination-deadline");
                    assertThat(q.deadline()).isEqualTo(today.plusDays(7));
                    assertThat(q.daysBefore()).isEqualTo(7);
                });
        // A second sweep (another node, or after a restart) queues nothing again.
        assertThat(t.calls.sweepReminders(List.of(reminder)))
                .extracting(QueuedReminder::recordId)
                .doesNotContain(Long.toString(notNominated), Long.toString(nominated));

        // Chengdu's office user is told once, in both languages; of the nominated programme, nobody.
        List<String> subjects = t.jdbc.sql("""
                        SELECT CONCAT(subject_en, ' | ', subject_ko) FROM platform_notification
                        WHERE subject_en LIKE :quiet OR subject_en LIKE :busy""")
                .param("quiet", "%" + quiet + "%")
                .param("busy", "%" + busy + "%")
                .query(String.class)
                .list();
        assertThat(subjects)
                .containsExactly("Nominations for " + quiet + " close in 7 days | 연수 " + quiet + " 추천 마감까지 7일 남았습니다");
        // Delivered through the outbox: one mail, however many sweeps.
        String office = "li.wei@chengdu-office.wego.example.org";
        long until = System.nanoTime() + 90_000_000_000L;
        while (mailsAbout(t, office, quiet) == 0 && System.nanoTime() < until) {
            Thread.sleep(500);
        }
        Thread.sleep(2_000);
        assertThat(mailsAbout(t, office, quiet)).isEqualTo(1);
        assertThat(mailsAbout(t, office, busy)).isZero();
    }

    private static long mailsAbout(TrainingCalls t, String address, String title) {
        return t.calls.mailsTo(address).stream()
                .filter(mail -> mail.subject().contains(title))
                .count();
    }

    /** An open programme admitting Chengdu's region only, its nomination deadline on the given day. */
    private static long programme(TrainingCalls t, String title, LocalDate deadline) throws Exception {
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            LocalDate start = deadline.plusDays(14);
            return (Long) t.programmes(
                    "create",
                    t.calls.make(
                            ProgrammeInput.class,
                            title,
                            "연수 " + title,
                            null,
                            null,
                            OrganisationKey.of("kr-seoul"),
                            t.calls.make(ProgrammeMode.class, "ONLINE"),
                            "https://learn.example.org/reminded",
                            "en",
                            start,
                            start.plusDays(2),
                            deadline,
                            20,
                            5,
                            t.calls.make(ProgrammeStatus.class, "OPEN"),
                            List.of(),
                            t.calls.make(Eligibility.class, Set.of(), Set.of(), Set.of(CHENGDU))));
        }
    }
}
