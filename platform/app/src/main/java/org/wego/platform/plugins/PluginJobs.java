package org.wego.platform.plugins;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.wego.platform.reminders.DeadlineReminders;
import org.wego.platform.shutdown.ShutdownSettings;
import org.wego.plugin.api.Reminder;

/**
 * Plugin jobs that run once per interval in the whole cluster, through db-scheduler: each job is a row
 * of {@code platform_scheduled_tasks} that exactly one node picks when it is due. Jobs are added and
 * removed with their plugins while the scheduler runs: one generic task runs whichever job its
 * instance id ({@code {pluginId}/{name}}) names, and drops the row of a job no plugin declares any more.
 * On shutdown the scheduler stops picking jobs and waits (within {@code wego.shutdown.grace}) for the
 * running ones before the connection pool closes; the jobs' rows stay, so other nodes and the next
 * start keep their schedule.
 */
@Component
class PluginJobs implements SmartLifecycle {

    static final String TASK = "plugin-job";
    private static final Logger LOG = LoggerFactory.getLogger(PluginJobs.class);

    private record Registered(Runnable task, ClassLoader loader) {}

    private final Map<String, Registered> jobs = new ConcurrentHashMap<>();
    private final Clock clock;
    private final CustomTask<String> task;
    private final Scheduler scheduler;
    private final DeadlineReminders reminders;
    private final Duration reminderSweep;
    private volatile boolean running;

    PluginJobs(
            DataSource dataSource,
            Clock clock,
            PluginSettings settings,
            ShutdownSettings shutdown,
            DeadlineReminders reminders,
            @Value("${wego.reminders.sweep-interval:PT1H}") Duration reminderSweep) {
        this.clock = clock;
        this.reminders = reminders;
        this.reminderSweep = reminderSweep;
        this.task = Tasks.custom(TASK, String.class)
                .execute((instance, context) -> run(instance.getId(), instance.getData()));
        this.scheduler = Scheduler.create(dataSource, List.of(task))
                .tableName("platform_scheduled_tasks")
                .pollingInterval(settings.jobPollingInterval())
                .threads(2)
                // db-scheduler waits this long, interrupts, and waits as long again: both within the grace.
                .shutdownMaxWait(shutdown.grace().dividedBy(2))
                .build();
    }

    private CompletionHandler<String> run(String id, String interval) {
        Registered job = jobs.get(id);
        if (job == null) {
            LOG.info("Job {} belongs to no running plugin any more; removing it", id);
            return (complete, operations) -> operations.remove();
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(job.loader());
        try {
            job.task().run();
        } catch (RuntimeException e) {
            LOG.warn("Job {} failed; it runs again in {}", id, interval, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        Duration every = Duration.parse(interval);
        return (complete, operations) ->
                operations.reschedule(complete, clock.instant().plus(every));
    }

    void register(String pluginId, List<DeclaredContributions.Job> declared, ClassLoader loader) {
        for (var job : declared) {
            String id = pluginId + "/" + job.name();
            jobs.put(id, new Registered(job.task(), loader));
            var instance = task.instance(id, job.interval().toString());
            if (!scheduler.scheduleIfNotExists(instance, clock.instant().plus(job.interval()))) {
                // Known from an earlier start: keep its next run, but follow a changed interval from then on.
                scheduler.reschedule(
                        TaskInstanceId.of(TASK, id), clock.instant().plus(job.interval()));
            }
        }
    }

    /**
     * The sweep of a plugin's deadline reminders, as one more job of the plugin (once per cluster per
     * interval); its name has a dot, which a plugin's own job names cannot, so the two never collide.
     */
    void registerReminders(String pluginId, List<Reminder> declared, ClassLoader loader) {
        if (declared.isEmpty()) {
            return;
        }
        register(
                pluginId,
                List.of(new DeclaredContributions.Job(
                        "reminders.sweep", reminderSweep, () -> reminders.sweep(pluginId, declared))),
                loader);
    }

    /**
     * Forgets the plugin's jobs here and, while the platform runs (the plugin is disabled or removed),
     * in the database, so no node runs them again. When the platform itself stops, the rows stay: the
     * plugin still runs on other nodes and after the restart, and the pool may be closing.
     */
    void remove(String pluginId) {
        jobs.keySet().removeIf(id -> {
            if (!id.startsWith(pluginId + "/")) {
                return false;
            }
            if (!running) {
                return true;
            }
            try {
                scheduler.cancel(TaskInstanceId.of(TASK, id));
            } catch (RuntimeException e) {
                // Running right now or already gone: the task itself removes a job it no longer knows.
                LOG.debug("Job {} not cancelled: {}", id, e.getMessage());
            }
            return true;
        });
    }

    /** The jobs registered now, by cluster-wide id. */
    List<String> registered() {
        return jobs.keySet().stream().sorted().toList();
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    /** Stops picking jobs and waits for the running ones (db-scheduler's {@code shutdownMaxWait}). */
    @Override
    public void stop() {
        running = false;
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return ShutdownSettings.BACKGROUND_WORK_PHASE;
    }
}
