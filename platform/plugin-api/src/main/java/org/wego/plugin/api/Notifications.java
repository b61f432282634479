package org.wego.plugin.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells people about something: in the platform (the bell and the notification centre) and by
 * e-mail, each person in their own language. Texts are templates in the plugin's message bundles:
 * {@code <template>.subject} and {@code <template>.body}, with {@link java.text.MessageFormat}
 * arguments, in English and Korean, so the platform can write to each recipient in theirs.
 *
 * <p>Call it inside the transaction of the change it reports: notifications and mails are stored
 * with the change and e-mails leave only after it commits (a rolled-back change sends nothing).
 * Mails are retried while the mail server is unreachable.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface Notifications {

    /**
     * Notifies one platform user, in the platform and by e-mail.
     *
     * @param userId the user's id ({@link SignedInUser#id()})
     * @param template the template's key prefix, e.g. {@code training.nomination.approved}
     * @param link a path inside the platform to open, e.g. {@code training/nominations/42}, or
     *     {@code null}; no scheme, no host
     * @param arguments the template's arguments
     * @throws IllegalArgumentException for a template missing in a language or a link that is not a
     *     platform path
     */
    void notifyUser(String userId, String template, @Nullable String link, Object... arguments);

    /**
     * Notifies every active user of an organisation who holds one of the roles.
     *
     * @param organisation the organisation
     * @param roles the roles to reach, e.g. {@code Set.of(Role.MEMBER_CITY)}
     * @param template the template's key prefix
     * @param link a platform path, or {@code null}
     * @param arguments the template's arguments
     */
    void notifyOrganisation(
            OrganisationKey organisation, Set<Role> roles, String template, @Nullable String link, Object... arguments);

    /**
     * Notifies every active user of an organisation who holds one of the roles, with files attached to
     * each e-mail (e.g. the {@code .ics} of a trainee's sessions for the officials who nominated them).
     * The platform always provides it; the default only keeps test doubles of this interface compiling.
     *
     * @param attachments files to attach to each e-mail; may be empty
     * @throws IllegalArgumentException as {@link #notifyOrganisation(OrganisationKey, Set, String, String,
     *     Object...)}, or for attachments over {@link MailAttachment#MAX_TOTAL_BYTES}
     */
    default void notifyOrganisationWithAttachments(
            OrganisationKey organisation,
            Set<Role> roles,
            String template,
            @Nullable String link,
            List<MailAttachment> attachments,
            Object... arguments) {
        throw new UnsupportedOperationException("no attachments to organisations in this context");
    }

    /**
     * E-mails someone who has no platform account (e.g. a trainee), in the given language.
     *
     * @param address the e-mail address
     * @param language the language to write in (English for one the platform does not speak)
     * @param template the template's key prefix
     * @param attachments files to attach, e.g. an {@code .ics} invitation; may be empty
     * @param arguments the template's arguments
     * @throws IllegalArgumentException for an invalid address, a missing template or attachments
     *     over {@link MailAttachment#MAX_TOTAL_BYTES}
     */
    void email(String address, Locale language, String template, List<MailAttachment> attachments, Object... arguments);
}
