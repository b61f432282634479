package org.wego.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * GreenMail in this process: SMTP for the platform and Keycloak, IMAP for the tests. Authentication is
 * off, so any IMAP login works and mailboxes appear on first delivery. Every message is also written
 * to {@code <state>/mail} and logged, because the developer needs Keycloak's password mails without
 * an IMAP client. A copy of every message goes to the IMAP account {@value StackEnvironment#ALL_MAIL_ACCOUNT},
 * so the platform's outbox screen reads all of the sink's mail (Keycloak's included) from one mailbox
 * instead of guessing recipients.
 */
final class MailSink implements Part {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneId.systemDefault());

    private final Mode mode;
    private final Path mailDir;
    private final Set<StoredMessage> archived = Collections.newSetFromMap(new IdentityHashMap<>());
    private int count;
    private @Nullable GreenMail greenMail;
    private @Nullable ScheduledExecutorService poller;
    private @Nullable GreenMailUser allMail;

    MailSink(Mode mode, Path mailDir) {
        this.mode = mode;
        this.mailDir = mailDir;
    }

    static String fileName(Instant received, int number) {
        return FILE_TIME.format(received) + "-" + number + ".eml";
    }

    static String logLine(List<String> recipients, @Nullable String subject) {
        return "mail to=" + String.join(",", recipients) + " subject=" + (subject == null ? "" : subject);
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public List<Ports.Wanted> ports() {
        return List.of(new Ports.Wanted(mode.smtpPort, "SMTP"), new Ports.Wanted(mode.imapPort, "IMAP"));
    }

    @Override
    public void reapStale() {
        // In-process: it died with the earlier run.
    }

    @Override
    public void start() throws IOException {
        Files.createDirectories(mailDir);
        GreenMail mail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(mode.smtpPort, StackEnvironment.LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(mode.imapPort, StackEnvironment.LOOPBACK, ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        try {
            allMail = mail.getUserManager()
                    .createUser(
                            StackEnvironment.ALL_MAIL_ACCOUNT + "@mail-sink.invalid",
                            StackEnvironment.ALL_MAIL_ACCOUNT,
                            StackEnvironment.ALL_MAIL_ACCOUNT);
        } catch (UserException e) {
            throw new StackException("cannot create the mail sink's all-mail account: " + e.getMessage());
        }
        greenMail = mail;
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mail-archive");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::archiveNew, 1, 1, TimeUnit.SECONDS);
        poller = executor;
    }

    /** Polls, because GreenMail has no delivery callback. */
    private synchronized void archiveNew() {
        GreenMail mail = greenMail;
        if (mail == null) {
            return;
        }
        try {
            var imap = mail.getManagers().getImapHostManager();
            GreenMailUser copies = allMail;
            // The copies in the all-mail account are not new mail: never archive or copy them again.
            if (copies != null) {
                archived.addAll(imap.getInbox(copies).getMessages());
            }
            for (StoredMessage stored : imap.getAllMessages()) {
                if (archived.add(stored)) {
                    archive(stored);
                    if (copies != null) {
                        copies.deliver(stored.getMimeMessage());
                    }
                }
            }
            if (copies != null) {
                archived.addAll(imap.getInbox(copies).getMessages());
            }
        } catch (RuntimeException | FolderException e) {
            Log.error("archiving mail: " + e);
        }
    }

    private void archive(StoredMessage stored) {
        MimeMessage message = stored.getMimeMessage();
        count++;
        Path file = mailDir.resolve(fileName(stored.getReceivedDate().toInstant(), count));
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
            Log.info(logLine(recipients(message), message.getSubject()) + " file=" + file);
        } catch (IOException | MessagingException e) {
            Log.error("could not write " + file + ": " + e.getMessage());
        }
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        return to == null ? List.of() : Arrays.stream(to).map(Address::toString).collect(Collectors.toList());
    }

    @Override
    public void stop() {
        archiveNew();
        ScheduledExecutorService executor = poller;
        if (executor != null) {
            executor.shutdownNow();
            poller = null;
        }
        GreenMail mail = greenMail;
        if (mail != null) {
            mail.stop();
            greenMail = null;
        }
    }
}
