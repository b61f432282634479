package org.wego.platform.notifications;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the platform sends mail.
 *
 * @param from the sender address ({@code WEGO_SMTP_FROM})
 * @param sendInterval how often the outbox sender looks for due mail
 * @param maxAttempts attempts before a mail is marked failed
 * @param sink the local mail sink to read back, if one is in use
 */
@ConfigurationProperties("wego.mail")
record MailSettings(String from, Duration sendInterval, int maxAttempts, Sink sink) {

    /**
     * The mail sink of {@code ./wego run}: its IMAP port and the account holding a copy of every mail.
     *
     * @param imapPort empty when an external SMTP server is used
     * @param account the all-mail account
     */
    record Sink(@Nullable String imapPort, @Nullable String account) {

        boolean configured() {
            return imapPort != null && !imapPort.isBlank() && account != null && !account.isBlank();
        }
    }
}
