package org.wego.teststack;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads what the mail sink received, over IMAP, one mailbox per recipient address. */
public final class MailSink {

    private final String host;
    private final int imapPort;

    MailSink(String host, int imapPort) {
        this.host = host;
        this.imapPort = imapPort;
    }

    /** The messages delivered to the address so far, oldest first. */
    public List<ReceivedMail> inbox(String address) {
        return newest(address, Integer.MAX_VALUE);
    }

    /**
     * The newest {@code count} messages delivered to the address, oldest first. For a mailbox that grows over
     * the whole run (the sink's copy of every message): reading all of it over IMAP takes longer as the run goes.
     */
    public List<ReceivedMail> newest(String address, int count) {
        var session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            store.connect(host, imapPort, address, "any");
            try (Folder inbox = store.getFolder("INBOX")) {
                inbox.open(Folder.READ_ONLY);
                int total = inbox.getMessageCount();
                List<ReceivedMail> mails = new ArrayList<>();
                if (total > 0) {
                    int first = count >= total ? 1 : total - count + 1;
                    for (var message : inbox.getMessages(first, total)) {
                        mails.add(new ReceivedMail(message.getSubject(), text(message)));
                    }
                }
                return mails;
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read the mail sink at " + host + ":" + imapPort, e);
        }
    }

    /** The text of a message: its text parts joined (both the plain and the HTML part of an alternative). */
    static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return part.isMimeType("text/*") ? String.valueOf(content) : "";
    }

    /**
     * One received message.
     *
     * @param subject its subject
     * @param content its text parts, joined
     */
    public record ReceivedMail(String subject, String content) {}
}
