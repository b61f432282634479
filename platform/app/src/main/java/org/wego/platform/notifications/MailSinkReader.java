package org.wego.platform.notifications;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.RecipientStringTerm;
import jakarta.mail.search.SubjectTerm;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/**
 * Reads back every message the local mail sink received (the platform's and Keycloak's), from the
 * sink's all-mail IMAP account, newest first. Only with {@code ./wego run}'s sink: with an external
 * SMTP server there is nothing to read back and the outbox shows the platform's sent log only.
 */
@Component
class MailSinkReader {

    /**
     * One message of the sink.
     *
     * @param to its recipients
     * @param subject its subject
     * @param received when the sink got it
     * @param body its text (the plain part, else the HTML part's text)
     */
    record SinkMail(String to, String subject, @Nullable Instant received, String body) {}

    static final int MAX_MESSAGES = 100;

    private final MailSettings settings;
    private final String host;

    MailSinkReader(MailSettings settings, @Value("${spring.mail.host:}") String host) {
        this.settings = settings;
        this.host = host.isBlank() ? "127.0.0.1" : host;
    }

    boolean available() {
        return settings.sink().configured();
    }

    /** The newest messages first. @throws IllegalStateException if the sink cannot be read */
    List<SinkMail> read(SignedInUser reader) {
        return read(reader, "");
    }

    /**
     * The newest messages first whose recipient or subject contains {@code search} (all when blank),
     * searched in the whole mailbox by the IMAP server, so a mail older than the newest
     * {@value #MAX_MESSAGES} is still found by its address.
     *
     * @throws IllegalStateException if the sink cannot be read
     */
    List<SinkMail> read(SignedInUser reader, String search) {
        reader.requireRole(Role.SECRETARIAT, "outbox.read");
        if (!available()) {
            return List.of();
        }
        var session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            // The sink accepts any password: it is a loopback development server.
            store.connect(
                    host,
                    Integer.parseInt(settings.sink().imapPort().strip()),
                    settings.sink().account(),
                    "sink");
            try (Folder inbox = store.getFolder("INBOX")) {
                inbox.open(Folder.READ_ONLY);
                int total = inbox.getMessageCount();
                List<SinkMail> mails = new ArrayList<>();
                if (total == 0) {
                    return mails;
                }
                Message[] newest;
                if (search.isBlank()) {
                    newest = inbox.getMessages(Math.max(1, total - MAX_MESSAGES + 1), total);
                } else {
                    String term = search.strip();
                    Message[] found = inbox.search(new OrTerm(
                            new OrTerm(
                                    new RecipientStringTerm(Message.RecipientType.TO, term),
                                    new RecipientStringTerm(Message.RecipientType.CC, term)),
                            new SubjectTerm(term)));
                    newest = Arrays.copyOfRange(found, Math.max(0, found.length - MAX_MESSAGES), found.length);
                }
                // Headers and structure of all of them in one IMAP command, not several per message.
                var profile = new FetchProfile();
                profile.add(FetchProfile.Item.ENVELOPE);
                profile.add(FetchProfile.Item.CONTENT_INFO);
                inbox.fetch(newest, profile);
                for (int i = newest.length - 1; i >= 0; i--) {
                    Message message = newest[i];
                    mails.add(new SinkMail(
                            recipients(message),
                            message.getSubject() == null ? "" : message.getSubject(),
                            message.getReceivedDate() == null
                                    ? null
                                    : message.getReceivedDate().toInstant(),
                            text(message)));
                }
                return mails;
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the mail sink: " + e.getMessage(), e);
        }
    }

    private static String recipients(Message message) throws MessagingException {
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        return to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** The plain text of a message; an HTML-only one with its tags removed. */
    static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                Part child = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    continue;
                }
                if (child.isMimeType("text/plain")) {
                    return String.valueOf(child.getContent());
                }
                String nested = text(child);
                if (!nested.isEmpty() && html == null) {
                    html = nested;
                }
            }
            return html == null ? "" : html;
        }
        if (part.isMimeType("text/plain")) {
            return String.valueOf(content);
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(content)
                    .replaceAll("(?s)<[^>]*>", " ")
                    .replaceAll("[ \\t]+", " ")
                    .strip();
        }
        return "";
    }
}
