package org.wego.platform.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.notifications.PlatformNotifications;
import org.wego.plugin.api.DueDate;
import org.wego.plugin.api.Reminder;
import org.wego.plugin.api.ReminderRecipient;

/**
 * Queues the reminders plugins declare. A sweep asks each reminder's source for the deadlines up to its
 * longest lead time ahead and, per deadline whose lead time is due, inserts the reminder's key into
 * {@code platform_reminder} and notifies its recipients in the same transaction: a second node or a
 * restart that sweeps the same day inserts nothing (the unique key) and so sends nothing, and a failed
 * notification rolls the key back for the next sweep. Plugin jobs run the sweep once per cluster; the
 * key makes it safe even when two sweeps overlap.
 */
@Service
public class DeadlineReminders {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineReminders.class);

    /** One reminder queued by a sweep. */
    public record Queued(String reminder, String recordId, LocalDate deadline, int daysBefore) {}

    private final JdbcClient jdbc;
    private final PlatformNotifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadlineReminders(
            JdbcClient jdbc,
            PlatformNotifications notifications,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sweeps a plugin's reminders once; returns what this sweep queued (nothing already queued). */
    public List<Queued> sweep(String pluginId, List<Reminder> reminders) {
        LocalDate today = LocalDate.now(clock);
        var queued = new ArrayList<Queued>();
        for (Reminder reminder : reminders) {
            List<DueDate> due;
            try {
                due = reminder.dueDates().between(today, today.plusDays(reminder.longestLead()));
            } catch (RuntimeException e) {
                LOG.warn("Reminder {}/{}: its deadlines could not be read; next sweep", pluginId, reminder.name(), e);
                continue;
            }
            for (DueDate dueDate : due) {
                OptionalInt lead = ReminderRules.dueLead(today, dueDate.deadline(), reminder.daysBefore());
                if (lead.isEmpty()) {
                    continue;
                }
                try {
                    if (Boolean.TRUE.equals(transactions.execute(
                            status -> queue(pluginId, reminder, dueDate, lead.getAsInt(), today)))) {
                        queued.add(
                                new Queued(reminder.name(), dueDate.recordId(), dueDate.deadline(), lead.getAsInt()));
                    }
                } catch (RuntimeException e) {
                    LOG.warn(
                            "Reminder {}/{} of record {} not queued; next sweep",
                            pluginId,
                            reminder.name(),
                            dueDate.recordId(),
                            e);
                }
            }
        }
        return queued;
    }

    /** Inserts the key and notifies, in the caller's transaction; false if the key was queued before. */
    private boolean queue(String pluginId, Reminder reminder, DueDate dueDate, int daysBefore, LocalDate today) {
        int inserted = jdbc.sql("""
                        INSERT IGNORE INTO platform_reminder
                            (plugin_id, reminder, record_id, deadline, days_before, recipients, queued_at)
                        VALUES (:plugin, :reminder, :record, :deadline, :days, :recipients, :now)
                        """)
                .param("plugin", pluginId)
                .param("reminder", reminder.name())
                .param("record", dueDate.recordId())
                .param("deadline", dueDate.deadline())
                .param("days", daysBefore)
                .param("recipients", dueDate.recipients().size())
                .param("now", LocalDateTime.now(clock))
                .update();
        if (inserted == 0) {
            return false;
        }
        Object[] arguments = arguments(java.time.temporal.ChronoUnit.DAYS.between(today, dueDate.deadline()), dueDate);
        for (ReminderRecipient recipient : dueDate.recipients()) {
            if (recipient.userId() != null) {
                notifications.notifyUser(recipient.userId(), reminder.template(), dueDate.link(), arguments);
            } else if (recipient.organisation() != null) {
                notifications.notifyOrganisation(
                        recipient.organisation(), recipient.roles(), reminder.template(), dueDate.link(), arguments);
            }
        }
        return true;
    }

    /** {@code {0}} the days left (fewer than the lead time for a deadline entered late), {@code {1}} the deadline, then the due date's own. */
    private static Object[] arguments(long daysLeft, DueDate dueDate) {
        var arguments = new ArrayList<Object>();
        arguments.add(daysLeft);
        arguments.add(dueDate.deadline().toString());
        arguments.addAll(dueDate.arguments());
        return arguments.toArray();
    }
}
