package org.wego.plugin.api;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One deadline of one record, and who is reminded of it.
 *
 * @param recordId the record's id within the plugin (at most 100 characters), e.g. the programme's
 * @param deadline the deadline, a date in the platform's time zone
 * @param recipients who gets the reminder; none means nobody
 * @param link a platform path to open, or {@code null}, as {@link Notifications#notifyUser} takes it
 * @param arguments the template's own arguments, from {@code {2}} on (e.g. the record's title)
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record DueDate(
        String recordId,
        LocalDate deadline,
        List<ReminderRecipient> recipients,
        @Nullable String link,
        List<String> arguments) {

    /** @throws IllegalArgumentException for an empty or too long record id */
    public DueDate {
        if (recordId.isBlank() || recordId.length() > 100) {
            throw new IllegalArgumentException("A record id has 1 to 100 characters: '" + recordId + "'");
        }
        recipients = List.copyOf(recipients);
        arguments = List.copyOf(arguments);
    }
}
