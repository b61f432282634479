package org.wego.plugins.training.programmes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.DueDate;
import org.wego.plugin.api.DueDates;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Reminder;
import org.wego.plugin.api.ReminderRecipient;
import org.wego.plugin.api.Role;
import org.wego.plugins.training.nominations.ProgrammeNominationsView;

/**
 * Training's deadline reminder, queued and delivered by the platform (once per programme, deadline and
 * lead time): 7 days and 1 day before an open programme's nomination deadline, the regional offices it
 * admits (every office when it names none) that have not nominated anyone yet get a notification and
 * an e-mail in their language. Offices that nominated, and programmes no longer open, drop out.
 */
@Component
public class NominationReminders implements DueDates {

    /** The reminder's name within the plugin. */
    public static final String NAME = "nomination-deadline";

    /** The templates {@code .subject} and {@code .body}: {0} days left, {1} deadline, {2} title (EN), {3} (KO). */
    static final String TEMPLATE = "training.reminder.nomination-deadline";

    static final List<Integer> DAYS_BEFORE = List.of(7, 1);

    private final PluginContext platform;
    private final JdbcClient jdbc;

    NominationReminders(PluginContext platform) {
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** The declaration, for {@code contribute}. */
    public Reminder reminder() {
        return new Reminder(NAME, DAYS_BEFORE, TEMPLATE, this);
    }

    @Override
    public List<DueDate> between(LocalDate from, LocalDate until) {
        List<Programme> open = jdbc.sql("""
                        SELECT * FROM training_programme
                        WHERE status = 'OPEN' AND deadline BETWEEN :from AND :until ORDER BY deadline, id""")
                .param("from", from)
                .param("until", until)
                .query(Programmes::programme)
                .list();
        if (open.isEmpty()) {
            return List.of();
        }
        List<OrganisationKey> everyOffice = platform
                .organisations()
                .search(new OrganisationDirectory.Query(
                        null, OrganisationType.REGIONAL_OFFICE, null, null, null, null, 0, 100))
                .stream()
                .map(Organisation::key)
                .toList();
        var due = new ArrayList<DueDate>();
        for (Programme programme : open) {
            Set<String> nominated = nominators(programme.id());
            Set<OrganisationKey> admitted = programme.eligibility().regionalOffices();
            List<ReminderRecipient> recipients = (admitted.isEmpty() ? everyOffice : List.copyOf(admitted))
                    .stream()
                            .filter(office -> !nominated.contains(office.value()))
                            .sorted(Comparator.comparing(OrganisationKey::value))
                            .map(office -> ReminderRecipient.organisation(office, Role.REGIONAL_OFFICE))
                            .toList();
            due.add(new DueDate(
                    Long.toString(programme.id()),
                    programme.deadline(),
                    recipients,
                    ProgrammeNominationsView.ROUTE + "?id=" + programme.id(),
                    List.of(programme.titleEn(), programme.titleKo())));
        }
        return due;
    }

    /** The organisations that nominated someone for the programme who still counts. */
    private Set<String> nominators(long programmeId) {
        return jdbc.sql("""
                        SELECT DISTINCT COALESCE(nominator_key, organisation_key) FROM training_nomination
                        WHERE programme_id = :id AND status <> 'CANCELLED'""").param("id", programmeId).query(String.class).list().stream()
                .collect(Collectors.toSet());
    }
}
