package org.wego.plugins.training.nominations;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.MailAttachment;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugins.training.programmes.Programme;
import org.wego.plugins.training.programmes.Programmes;
import org.wego.plugins.training.programmes.Session;
import org.wego.plugins.training.programmes.SessionTimes;

/**
 * Tells the trainee (not a user: by e-mail, in their language, times in their own zone, with an
 * {@code .ics}) and the nominating organisation's users (platform notification and e-mail) that a
 * nomination was enrolled, waitlisted, promoted or cancelled. Called by {@link Seats} inside the
 * change's transaction: the platform's outbox sends only after the commit, so a rolled-back change
 * sends nothing. Times carry their UTC offset. A notification to an organisation's users has one text
 * for all of them (the plugin API formats no argument per recipient), so nominators get the session
 * times in the venue's zone; the trainee gets their own.
 */
@Component
class NominationMails {

    /** Which mail a change of status sends. */
    enum Kind {
        ENROLLED,
        WAITLISTED,
        PROMOTED,
        CANCELLED
    }

    static final String TRAINEE = "training.mail.trainee.";
    static final String NOMINATOR = "training.mail.nominator.";

    private final PluginContext platform;
    private final ObjectProvider<Programmes> programmes;
    private final JdbcClient jdbc;
    private final String organizer;

    // Programmes is looked up when needed: it depends on Seats, which depends on these mails.
    NominationMails(PluginContext platform, ObjectProvider<Programmes> programmes, Environment environment) {
        this.platform = platform;
        this.programmes = programmes;
        this.jdbc = JdbcClient.create(platform.dataSource());
        this.organizer = environment.getProperty("wego.mail.from", "no-reply@wego.example.org");
    }

    /** What a change from one status to another tells people, if anything. */
    static @Nullable Kind kindOf(NominationStatus from, NominationStatus to) {
        return switch (to) {
            case ENROLLED -> from == NominationStatus.WAITLISTED ? Kind.PROMOTED : Kind.ENROLLED;
            case WAITLISTED -> Kind.WAITLISTED;
            // Only people who were told they have a seat or a place in line are told it is gone.
            case CANCELLED ->
                from == NominationStatus.ENROLLED || from == NominationStatus.WAITLISTED ? Kind.CANCELLED : null;
            default -> null;
        };
    }

    /** Sends the mails of a change of status (in the change's transaction; they leave after commit). */
    void changed(long nominationId, NominationStatus from, NominationStatus to, @Nullable Long waitlistPosition) {
        Kind kind = kindOf(from, to);
        if (kind == null) {
            return;
        }
        record Row(
                long programmeId,
                String name,
                String email,
                String language,
                @Nullable String zone,
                String organisation,
                @Nullable String nominator) {}
        Row row = jdbc.sql("""
                        SELECT n.programme_id, t.name, t.email, t.language, t.time_zone, n.organisation_key,
                            n.nominator_key
                        FROM training_nomination n JOIN training_trainee t ON t.id = n.trainee_id
                        WHERE n.id = :id""")
                .param("id", nominationId)
                .query((rs, n) -> new Row(
                        rs.getLong("programme_id"),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("language"),
                        rs.getString("time_zone"),
                        rs.getString("organisation_key"),
                        rs.getString("nominator_key")))
                .single();
        Programme programme = jdbc.sql("SELECT * FROM training_programme WHERE id = :id")
                .param("id", row.programmeId())
                .query(Programmes::programme)
                .single();
        List<Session> sessions = sessionsOf(programme);
        ZoneId venue = venueZone(sessions);
        ZoneId traineeZone = zoneOr(row.zone(), venue);
        String number = waitlistPosition == null ? "" : Long.toString(waitlistPosition);
        List<MailAttachment> attachments = switch (kind) {
            case ENROLLED, PROMOTED ->
                List.of(calendar(
                        NominationCalendar.Method.REQUEST, nominationId, programme, sessions, row.name(), row.email()));
            // Withdraw the invitation only from someone who had one (an enrolled trainee).
            case CANCELLED ->
                from == NominationStatus.ENROLLED
                        ? List.of(calendar(
                                NominationCalendar.Method.CANCEL,
                                nominationId,
                                programme,
                                sessions,
                                row.name(),
                                row.email()))
                        : List.of();
            case WAITLISTED -> List.of();
        };
        String template = kind.name().toLowerCase(Locale.ROOT);
        platform.notifications()
                .email(
                        row.email(),
                        Locale.forLanguageTag(row.language()),
                        TRAINEE + template,
                        attachments,
                        row.name(),
                        programme.titleEn(),
                        programme.titleKo(),
                        schedule(programme, sessions, traineeZone),
                        programme.venue(),
                        number,
                        traineeZone.getId());
        OrganisationKey nominator = OrganisationKey.of(row.nominator() == null ? row.organisation() : row.nominator());
        String organisationName = platform.organisations()
                .byKey(OrganisationKey.of(row.organisation()))
                .map(o -> o.nameEn())
                .orElse(row.organisation());
        // The nominators get the trainee's calendar entries too, to plan around the sessions.
        platform.notifications()
                .notifyOrganisationWithAttachments(
                        nominator,
                        Set.of(Role.MEMBER_CITY, Role.REGIONAL_OFFICE),
                        NOMINATOR + template,
                        ProgrammeNominationsView.ROUTE + "?id=" + programme.id(),
                        attachments,
                        row.name(),
                        programme.titleEn(),
                        programme.titleKo(),
                        schedule(programme, sessions, venue),
                        programme.venue(),
                        number,
                        organisationName);
    }

    /**
     * The programme's sessions in time order (no access check: called inside an action already
     * checked, such as the secretariat's decision, which may run without a signed-in user).
     */
    private List<Session> sessionsOf(Programme programme) {
        return programmes.getObject().findSessions(programme.id());
    }

    /** The venue's zone: the sessions' (UTC for an online programme, or without sessions). */
    static ZoneId venueZone(List<Session> sessions) {
        return sessions.isEmpty() ? ZoneId.of("UTC") : sessions.getFirst().zone();
    }

    /** A stored zone id, or the fallback when there is none or it is no longer known. */
    static ZoneId zoneOr(@Nullable String zone, ZoneId fallback) {
        if (zone == null || zone.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            return fallback;
        }
    }

    /**
     * The schedule as lines, each session in the recipient's zone, named and with its UTC offset
     * ({@link SessionTimes}); without sessions, the programme's date range.
     */
    static String schedule(Programme programme, List<Session> sessions, ZoneId zone) {
        if (sessions.isEmpty()) {
            return programme.startDate() + " – " + programme.endDate();
        }
        List<String> lines = new ArrayList<>();
        for (Session session : sessions) {
            lines.add("- " + SessionTimes.span(session, zone) + " " + zone.getId());
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }

    /** The {@code .ics} events: one per session, or one all-day event over the programme's days. */
    static List<NominationCalendar.Event> events(Programme programme, List<Session> sessions) {
        if (sessions.isEmpty()) {
            return List.of(NominationCalendar.Event.allDays("programme", programme.startDate(), programme.endDate()));
        }
        List<NominationCalendar.Event> events = new ArrayList<>();
        for (Session session : sessions) {
            events.add(NominationCalendar.Event.timed(
                    "session-" + session.id(),
                    ZonedDateTime.of(session.date(), session.start(), session.zone())
                            .toInstant(),
                    ZonedDateTime.of(session.date(), session.end(), session.zone())
                            .toInstant()));
        }
        return events;
    }

    private MailAttachment calendar(
            NominationCalendar.Method method,
            long nominationId,
            Programme programme,
            List<Session> sessions,
            String name,
            String email) {
        return NominationCalendar.attachment(
                platform.calendars(),
                method,
                nominationId,
                events(programme, sessions),
                programme.titleEn() + " / " + programme.titleKo(),
                programme.venue(),
                organizer,
                name,
                email);
    }
}
