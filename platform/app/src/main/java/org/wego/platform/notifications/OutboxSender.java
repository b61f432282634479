package org.wego.platform.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
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
import org.wego.platform.preferences.LanguagePreferences;
import org.wego.platform.users.UserAccount;
import org.wego.platform.users.UserAccounts;
import org.wego.platform.users.UserAdministrationException;
import org.wego.plugin.api.MailAttachment;

/**
 * Sends what the outbox holds: woken right after a commit that queued mail, and every few seconds
 * for retries. A mail is locked while sent ({@code FOR UPDATE SKIP LOCKED}), so two nodes never send
 * the same one. A mail server that is down means "try again later"; an unknown or deactivated user
 * means "give up". Mail is sent at least once: a crash between sending and recording may send twice.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final JavaMailSender mail;
    private final MailSettings settings;
    private final UserAccounts users;
    private final LanguagePreferences preferences;
    private final TransactionTemplate transactions;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private @Nullable ScheduledExecutorService executor;

    OutboxSender(
            Outbox outbox,
            JavaMailSender mail,
            MailSettings settings,
            UserAccounts users,
            LanguagePreferences preferences,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.mail = mail;
        this.settings = settings;
        this.users = users;
        this.preferences = preferences;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Sends soon, on the sender's own thread (called after a commit that queued mail). */
    void wake() {
        ScheduledExecutorService running = executor;
        if (running != null && wakeQueued.compareAndSet(false, true)) {
            running.execute(() -> {
                wakeQueued.set(false);
                sendDueSafely();
            });
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

    /** Sends every due mail; @return how many left */
    int sendDue() {
        int sent = 0;
        while (true) {
            Integer batch = transactions.execute(status -> sendBatch());
            int count = batch == null ? 0 : batch;
            sent += Math.max(0, count);
            if (count < BATCH) {
                return sent;
            }
        }
    }

    /** @return the number of mails handled (sent or not) in this batch */
    private int sendBatch() {
        List<Outbox.Due> due = outbox.lockDue(BATCH);
        for (Outbox.Due mail : due) {
            send(mail);
        }
        return due.size();
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
                language = preferences.find(due.userId()).orElse(user.get().language());
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

    // ---- lifecycle: a thread of its own, stopped with the platform

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "wego-outbox");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(100, settings.sendInterval().toMillis());
        started.scheduleWithFixedDelay(this::sendDueSafely, every, every, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
