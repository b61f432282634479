package org.wego.platform.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.preferences.UserPreferences;
import org.wego.platform.shutdown.ShutdownSettings;
import org.wego.platform.users.UserAccount;
import org.wego.platform.users.UserAccounts;
import org.wego.platform.users.UserAdministrationException;
import org.wego.plugin.api.MailAttachment;

/**
 * Sends what the outbox holds: woken right after a commit that queued mail, and every few seconds
 * for retries. A mail is locked while sent ({@code FOR UPDATE SKIP LOCKED}), so two nodes never send
 * the same one. A mail server that is down means "try again later"; an unknown or deactivated user
 * means "give up". Each mail is sent and recorded in a transaction of its own, so a crash ({@code kill -9})
 * between sending and recording may send that one mail twice, and no other. On shutdown the sender
 * stops taking mail, finishes and records the one in flight (within {@code wego.shutdown.grace}), and
 * only then lets the connection pool close.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final JavaMailSender mail;
    private final MailSettings settings;
    private final UserAccounts users;
    private final UserPreferences preferences;
    private final TransactionTemplate transactions;
    private final Duration grace;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile @Nullable ScheduledExecutorService executor;
    private volatile boolean stopping;

    OutboxSender(
            Outbox outbox,
            JavaMailSender mail,
            MailSettings settings,
            UserAccounts users,
            UserPreferences preferences,
            PlatformTransactionManager transactions,
            ShutdownSettings shutdown) {
        this.outbox = outbox;
        this.mail = mail;
        this.settings = settings;
        this.users = users;
        this.preferences = preferences;
        this.transactions = new TransactionTemplate(transactions);
        this.grace = shutdown.grace();
    }

    /** Sends soon, on the sender's own thread (called after a commit that queued mail). */
    void wake() {
        ScheduledExecutorService running = executor;
        if (running != null && wakeQueued.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    wakeQueued.set(false);
                    sendDueSafely();
                });
            } catch (RejectedExecutionException e) {
                // Stopping: the mail stays pending and is sent after the restart.
                wakeQueued.set(false);
            }
        }
    }

    private void sendDueSafely() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // The database may be briefly away: the next round tries again.
            LOG.warn("Outbox round failed: {}", e.toString());
        }
    }

    /** Sends every due mail, one transaction each, until none is due or the platform stops; @return how many */
    int sendDue() {
        int handled = 0;
        while (!stopping) {
            Boolean one = transactions.execute(status -> sendOne());
            if (!Boolean.TRUE.equals(one)) {
                break;
            }
            handled++;
        }
        return handled;
    }

    /** Locks, sends and records one due mail; @return whether there was one */
    private boolean sendOne() {
        List<Outbox.Due> due = outbox.lockDue(1);
        if (due.isEmpty()) {
            return false;
        }
        send(due.getFirst());
        return true;
    }

    private void send(Outbox.Due due) {
        String address;
        Locale language;
        try {
            if (due.userId() != null) {
                Optional<UserAccount> user = users.find(due.userId());
                if (user.isEmpty() || !user.get().enabled()) {
                    outbox.failed(due, user.isEmpty() ? "no such user" : "the user is deactivated", true, 0);
                    return;
                }
                address = user.get().email();
                language = preferences.language(due.userId()).orElse(user.get().language());
            } else {
                address = java.util.Objects.requireNonNull(due.address());
                language = due.language() == null ? Locale.ENGLISH : Locale.forLanguageTag(due.language());
            }
            deliver(due, address, language);
        } catch (MailException | MessagingException | UserAdministrationException e) {
            Outbox.Status status = outbox.failed(due, e.toString(), false, settings.maxAttempts());
            LOG.warn("Mail {} not sent (attempt {}, now {}): {}", due.id(), due.attempts() + 1, status, e.toString());
            return;
        }
        outbox.sent(due.id(), address, language);
        LOG.info(
                "Mail {} sent to {} ({}): {}",
                due.id(),
                address,
                language.getLanguage(),
                due.texts().subject(language));
    }

    private void deliver(Outbox.Due due, String address, Locale language) throws MessagingException {
        List<MailAttachment> attachments = outbox.attachments(due.id());
        MimeMessage message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(address);
        helper.setSubject(due.texts().subject(language));
        helper.setText(due.texts().body(language), false);
        for (MailAttachment attachment : attachments) {
            helper.addAttachment(
                    attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        mail.send(message);
    }

    // ---- lifecycle: a thread of its own, stopped with the platform after the web server and before the pool

    @Override
    public synchronized void start() {
        stopping = false;
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "wego-outbox");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(100, settings.sendInterval().toMillis());
        // The first round right away: mail left pending by a stop goes out as soon as the platform is back.
        started.scheduleWithFixedDelay(this::sendDueSafely, 0, every, TimeUnit.MILLISECONDS);
        executor = started;
    }

    /**
     * Stops taking mail and waits for the one in flight to be sent and recorded: interrupting it would
     * leave a mail that left unrecorded, and it would go again after the restart.
     */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        stopping = true;
        executor = null;
        running.shutdown();
        try {
            if (!running.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("The outbox sender did not finish within {}; the mail in flight may go again", grace);
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int getPhase() {
        return ShutdownSettings.BACKGROUND_WORK_PHASE;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
