package org.wego.platform.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.i18n.Translations;
import org.wego.platform.notifications.PlatformNotifications;
import org.wego.plugin.api.DueDate;
import org.wego.plugin.api.Reminder;
import org.wego.plugin.api.ReminderRecipient;

/**
 * Reminders on the real MariaDB: two nodes sweeping at the same moment and a restarted node queue each
 * reminder once; a moved deadline is reminded of anew; a past or removed one is not.
 */
@SpringBootTest(classes = WegoApplication.class)
class DeadlineRemindersIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, DeadlineRemindersIT.class);
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformNotifications notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Translations translations;

    /** What the plugin's records say right now; the test moves and removes deadlines here. */
    private final AtomicReference<List<DueDate>> deadlines = new AtomicReference<>(List.of());

    private final Reminder reminder = new Reminder(
            "nomination-deadline",
            List.of(7, 1),
            "it.reminder",
            (from, until) -> deadlines.get().stream()
                    .filter(due ->
                            !due.deadline().isBefore(from) && !due.deadline().isAfter(until))
                    .toList());

    @BeforeEach
    void templates() {
        translations.addBundle("reminders-it/templates", DeadlineRemindersIT.class.getClassLoader());
        clean();
    }

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM platform_reminder WHERE plugin_id = 'reminders-it'")
                .update();
        jdbc.sql("DELETE FROM platform_notification WHERE user_id LIKE 'reminders-it-%'")
                .update();
        jdbc.sql("DELETE FROM platform_outbox WHERE user_id LIKE 'reminders-it-%'")
                .update();
    }

    /** A node of the cluster: its own service over the shared database, as after a start. */
    private DeadlineReminders node() {
        return new DeadlineReminders(jdbc, notifications, transactions, CLOCK);
    }

    private static DueDate due(String record, LocalDate deadline, String... users) {
        var recipients = new ArrayList<ReminderRecipient>();
        for (String user : users) {
            recipients.add(ReminderRecipient.user(user));
        }
        return new DueDate(record, deadline, recipients, "training/programmes/" + record, List.of("Smart Mobility"));
    }

    private int outboxOf(String user) {
        return jdbc.sql("SELECT COUNT(*) FROM platform_outbox WHERE user_id = :user")
                .param("user", user)
                .query(Integer.class)
                .single();
    }

    @Test
    void twoNodesSweepingAtOnceAndARestartQueueEachReminderOnce() throws Exception {
        deadlines.set(List.of(
                due("1", TODAY.plusDays(5), "reminders-it-a", "reminders-it-b"),
                due("2", TODAY.plusDays(1), "reminders-it-a"),
                due("3", TODAY.plusDays(30), "reminders-it-a")));
        DeadlineReminders first = node();
        DeadlineReminders second = node();
        var start = new CountDownLatch(1);
        var one =
                CompletableFuture.supplyAsync(() -> await(start, () -> first.sweep("reminders-it", List.of(reminder))));
        var two = CompletableFuture.supplyAsync(
                () -> await(start, () -> second.sweep("reminders-it", List.of(reminder))));
        start.countDown();
        int queuedByBoth = one.get().size() + two.get().size();

        List<DeadlineReminders.Queued> afterRestart = node().sweep("reminders-it", List.of(reminder));

        assertThat(queuedByBoth).as("records 1 and 2, between the two nodes").isEqualTo(2);
        assertThat(afterRestart).as("a restarted node finds them queued").isEmpty();
        assertThat(jdbc.sql("SELECT record_id, days_before FROM platform_reminder WHERE plugin_id = 'reminders-it'"
                                + " ORDER BY record_id")
                        .query((rs, row) -> rs.getString(1) + "@" + rs.getInt(2))
                        .list())
                .containsExactly("1@7", "2@1");
        assertThat(outboxOf("reminders-it-a")).isEqualTo(2);
        assertThat(outboxOf("reminders-it-b")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT subject_ko FROM platform_notification WHERE user_id = 'reminders-it-b'")
                        .query(String.class)
                        .single())
                .isEqualTo("Smart Mobility 추천 마감까지 5일 남았습니다");
    }

    @Test
    void aMovedDeadlineIsRemindedOfAnewAndARemovedOrPastOneIsNot() {
        deadlines.set(List.of(due("1", TODAY.plusDays(3), "reminders-it-a")));
        assertThat(node().sweep("reminders-it", List.of(reminder))).hasSize(1);

        deadlines.set(List.of(due("1", TODAY.plusDays(6), "reminders-it-a")));
        assertThat(node().sweep("reminders-it", List.of(reminder)))
                .extracting(DeadlineReminders.Queued::deadline)
                .containsExactly(TODAY.plusDays(6));

        deadlines.set(List.of(due("2", TODAY.minusDays(1), "reminders-it-a")));
        assertThat(node().sweep("reminders-it", List.of(reminder))).as("past").isEmpty();
        deadlines.set(List.of());
        assertThat(node().sweep("reminders-it", List.of(reminder)))
                .as("removed")
                .isEmpty();
        assertThat(outboxOf("reminders-it-a")).isEqualTo(2);
    }

    private static <T> T await(CountDownLatch start, java.util.function.Supplier<T> work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return work.get();
    }
}
