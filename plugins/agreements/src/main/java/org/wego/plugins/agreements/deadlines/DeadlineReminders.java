package org.wego.plugins.agreements.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.DueDate;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Reminder;
import org.wego.plugin.api.ReminderRecipient;
import org.wego.plugin.api.Role;
import org.wego.plugins.agreements.register.AgreementPage;

/**
 * The agreements' deadline reminders, queued and mailed by the platform once per agreement, deadline and lead
 * time, in each recipient's language: the notice deadline at the lead times of {@value #DAYS_PROPERTY} (90, 30
 * and 7 days before by default), the expiry on its day. The responsible officer and the secretariat's users are
 * reminded. A moved expiry or notice period is a new deadline, reminded again; a terminated, renewed or expired
 * agreement drops out.
 */
@Component
public class DeadlineReminders {

    /** The lead times of the notice deadline, in days, comma-separated. */
    public static final String DAYS_PROPERTY = "wego.agreements.reminder-days";

    static final String DEFAULT_DAYS = "90,30,7";

    /** The reminders' names within the plugin. */
    static final String NOTICE = "notice-deadline";

    static final String EXPIRY = "expiry";

    /**
     * The templates {@code .subject} and {@code .body}: {0} days left, {1} the deadline, {2} the title in English,
     * {3} in Korean, {4} the expiry.
     */
    static final String NOTICE_TEMPLATE = "agreements.due.reminder.notice";

    static final String EXPIRY_TEMPLATE = "agreements.due.reminder.expiry";

    private final PluginContext platform;
    private final LiveTerms terms;
    private final List<Integer> noticeDays;

    DeadlineReminders(PluginContext platform, LiveTerms terms, Environment environment) {
        this.platform = platform;
        this.terms = terms;
        this.noticeDays = leadTimes(environment.getProperty(DAYS_PROPERTY, DEFAULT_DAYS));
    }

    /** The declarations, for {@code contribute}: the notice deadline's and the expiry's. */
    public List<Reminder> reminders() {
        return List.of(
                new Reminder(
                        NOTICE, noticeDays, NOTICE_TEMPLATE, (from, until) -> due(Deadline.Kind.NOTICE, from, until)),
                new Reminder(
                        EXPIRY, List.of(0), EXPIRY_TEMPLATE, (from, until) -> due(Deadline.Kind.EXPIRY, from, until)));
    }

    /**
     * The lead times of a property's value, e.g. {@code 90,30,7}.
     *
     * @throws IllegalArgumentException for a value that is not a list of days from 0 to 366: the plugin does not
     *     start with it, rather than remind at times nobody chose
     */
    static List<Integer> leadTimes(String value) {
        try {
            List<Integer> days = Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(Integer::valueOf)
                    .distinct()
                    .sorted((a, b) -> b - a)
                    .toList();
            if (days.isEmpty() || days.stream().anyMatch(d -> d < 0 || d > 366)) {
                throw new IllegalArgumentException();
            }
            return days;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(DAYS_PROPERTY
                    + " lists days from 0 to 366 before the notice deadline, e.g. 90,30,7: '" + value + "'");
        }
    }

    private List<DueDate> due(Deadline.Kind kind, LocalDate from, LocalDate until) {
        OrganisationKey secretariat = platform.organisations().secretariat().key();
        return dueDates(Deadline.between(terms.from(from), List.of(kind), from, until), secretariat);
    }

    /** The due dates of the deadlines: the officer (when there is one) and the secretariat's users. */
    static List<DueDate> dueDates(List<Deadline> deadlines, OrganisationKey secretariat) {
        var due = new ArrayList<DueDate>();
        for (Deadline deadline : deadlines) {
            Term term = deadline.term();
            var recipients = new ArrayList<ReminderRecipient>();
            if (term.officerId() != null && !term.officerId().isBlank()) {
                recipients.add(ReminderRecipient.user(term.officerId()));
            }
            recipients.add(ReminderRecipient.organisation(secretariat, Role.SECRETARIAT));
            due.add(new DueDate(
                    Long.toString(term.id()),
                    deadline.date(),
                    recipients,
                    AgreementPage.ROUTE + "?id=" + term.id(),
                    List.of(term.title(Locale.ENGLISH), term.title(Locale.KOREAN), String.valueOf(term.expiry()))));
        }
        return due;
    }
}
