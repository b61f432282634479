package org.wego.platform.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wego.platform.i18n.Translations;
import org.wego.platform.users.EmailAddresses;
import org.wego.platform.users.UserAccount;
import org.wego.platform.users.UserAccounts;
import org.wego.plugin.api.MailAttachment;
import org.wego.plugin.api.Notifications;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;

/**
 * The platform's {@link Notifications}: an in-app notification and a queued mail per recipient, both
 * in the caller's transaction; the sender is woken after the commit, so a rolled-back change never
 * sends anything. For the platform's own features (e.g. approvals) {@link #notifyUser} is the one
 * call to make.
 */
@Service
public class PlatformNotifications implements Notifications {

    private final Translations translations;
    private final NotificationInbox inbox;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final UserAccounts users;
    private final String baseUrl;

    PlatformNotifications(
            Translations translations,
            NotificationInbox inbox,
            Outbox outbox,
            OutboxSender sender,
            UserAccounts users,
            @Value("${wego.base-url}") String baseUrl) {
        this.translations = translations;
        this.inbox = inbox;
        this.outbox = outbox;
        this.sender = sender;
        this.users = users;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    @Transactional
    public void notifyUser(String userId, String template, @Nullable String link, Object... arguments) {
        if (userId.isBlank() || userId.length() > 64) {
            throw new IllegalArgumentException("Not a user id: '" + userId + "'");
        }
        String path = Texts.checkLink(link);
        Texts texts = Texts.render(translations, template, arguments);
        deliver(userId, texts, path);
        wakeSenderAfterCommit();
    }

    @Override
    @Transactional
    public void notifyOrganisation(
            OrganisationKey organisation,
            Set<Role> roles,
            String template,
            @Nullable String link,
            Object... arguments) {
        notifyOrganisationWithAttachments(organisation, roles, template, link, List.of(), arguments);
    }

    @Override
    @Transactional
    public void notifyOrganisationWithAttachments(
            OrganisationKey organisation,
            Set<Role> roles,
            String template,
            @Nullable String link,
            List<MailAttachment> attachments,
            Object... arguments) {
        checkSize(attachments);
        String path = Texts.checkLink(link);
        Texts texts = Texts.render(translations, template, arguments);
        List<UserAccount> recipients = users.withRoles(organisation, roles);
        for (UserAccount user : recipients) {
            deliver(user.id(), texts, path, attachments);
        }
        wakeSenderAfterCommit();
    }

    @Override
    @Transactional
    public void email(
            String address, Locale language, String template, List<MailAttachment> attachments, Object... arguments) {
        String to = address.strip();
        if (!EmailAddresses.isValid(to)) {
            throw new IllegalArgumentException("Not an e-mail address: '" + address + "'");
        }
        checkSize(attachments);
        Texts texts = Texts.render(translations, template, arguments);
        outbox.add(null, to, translations.supported(language), texts, attachments);
        wakeSenderAfterCommit();
    }

    private void deliver(String userId, Texts texts, @Nullable String path) {
        deliver(userId, texts, path, List.of());
    }

    private void deliver(String userId, Texts texts, @Nullable String path, List<MailAttachment> attachments) {
        inbox.add(userId, texts, path);
        outbox.add(userId, null, null, withLink(texts, path), attachments);
    }

    private static void checkSize(List<MailAttachment> attachments) {
        long total = attachments.stream().mapToLong(a -> a.content().length).sum();
        if (total > MailAttachment.MAX_TOTAL_BYTES) {
            throw new IllegalArgumentException(
                    "Attachments of " + total + " bytes, at most " + MailAttachment.MAX_TOTAL_BYTES + " allowed");
        }
    }

    /** The mail says where to look: the link as a full address under the body. */
    private Texts withLink(Texts texts, @Nullable String path) {
        if (path == null) {
            return texts;
        }
        String url = baseUrl + "/" + path;
        return new Texts(
                texts.subjectEn(), texts.subjectKo(), texts.bodyEn() + "\n\n" + url, texts.bodyKo() + "\n\n" + url);
    }

    private void wakeSenderAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.wake();
                }
            });
        }
    }
}
