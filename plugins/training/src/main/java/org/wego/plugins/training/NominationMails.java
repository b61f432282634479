package org.wego.plugins.training;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.MailAttachment;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;

/**
 * Tells the trainee (not a user: by e-mail, in their language, times in their own zone, with an
 * {@code .ics}) and the nominating organisation's users (platform notification and e-mail) that a
 * nomination was enrolled, waitlisted, promoted or cancelled. Called by {@link Seats} inside the
 * change's transaction: the platform's outbox sends only after the commit, so a rolled-back change
 * sends nothing. Users have no time zone in the plugin API, so nominators get the session times in
 * the venue's zone with its UTC offset.
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

    /** A session as the mails need it: a day, local start and end times, the venue's zone. */
    record Slot(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {}

    static final String TRAINEE = "training.mail.trainee.";
    static final String NOMINATOR = "training.mail.nominator.";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PluginContext platform;
    private final JdbcClient jdbc;
    private final String organizer;

    NominationMails(PluginContext platform, Environment environment) {
        this.platform = platform;
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
        List<Slot> slots = slotsOf(programme);
        ZoneId venue = venueZone(slots);
        ZoneId traineeZone = zoneOr(row.zone(), venue);
        String number = waitlistPosition == null ? "" : Long.toString(waitlistPosition);
        List<MailAttachment> attachments = switch (kind) {
            case ENROLLED, PROMOTED ->
                List.of(calendar(
                        NominationCalendar.Method.REQUEST, nominationId, programme, slots, row.name(), row.email()));
            // Withdraw the invitation only from someone who had one (an enrolled trainee).
            case CANCELLED ->
                from == NominationStatus.ENROLLED
                        ? List.of(calendar(
                                NominationCalendar.Method.CANCEL,
                                nominationId,
                                programme,
                                slots,
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
                        schedule(programme, slots, traineeZone, false),
                        programme.venue(),
                        number,
                        traineeZone.getId());
        OrganisationKey nominator = OrganisationKey.of(row.nominator() == null ? row.organisation() : row.nominator());
        String organisationName = platform.organisations()
                .byKey(OrganisationKey.of(row.organisation()))
                .map(o -> o.nameEn())
                .orElse(row.organisation());
        platform.notifications()
                .notifyOrganisation(
                        nominator,
                        Set.of(Role.MEMBER_CITY, Role.REGIONAL_OFFICE),
                        NOMINATOR + template,
                        ProgrammeNominationsView.ROUTE + "?id=" + programme.id(),
                        row.name(),
                        programme.titleEn(),
                        programme.titleKo(),
                        schedule(programme, slots, venue, true),
                        programme.venue(),
                        number,
                        organisationName);
    }

    /** The programme's sessions; none until the programme has them. */
    List<Slot> slotsOf(Programme programme) {
        return List.of();
    }

    /** The venue's zone: the sessions' (UTC for an online programme, or without sessions). */
    static ZoneId venueZone(List<Slot> slots) {
        return slots.isEmpty() ? ZoneId.of("UTC") : slots.getFirst().zone();
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
     * The schedule as lines, each session shown in the given zone (named, and with its UTC offset when
     * {@code withOffset}); without sessions, the programme's date range.
     */
    static String schedule(Programme programme, List<Slot> slots, ZoneId zone, boolean withOffset) {
        if (slots.isEmpty()) {
            return programme.startDate() + " – " + programme.endDate();
        }
        List<String> lines = new ArrayList<>();
        for (Slot slot : slots) {
            ZonedDateTime start =
                    ZonedDateTime.of(slot.date(), slot.start(), slot.zone()).withZoneSameInstant(zone);
            ZonedDateTime end =
                    ZonedDateTime.of(slot.date(), slot.end(), slot.zone()).withZoneSameInstant(zone);
            String offset = start.getOffset().getId().equals("Z")
                    ? "+00:00"
                    : start.getOffset().getId();
            lines.add("- " + start.toLocalDate() + " " + TIME.format(start) + "–" + TIME.format(end)
                    + (end.toLocalDate().equals(start.toLocalDate()) ? "" : " (" + end.toLocalDate() + ")")
                    + " " + zone.getId() + (withOffset ? " (UTC" + offset + ")" : ""));
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }

    /** The {@code .ics} events: one per session, or one all-day event over the programme's days. */
    static List<NominationCalendar.Event> events(Programme programme, List<Slot> slots) {
        if (slots.isEmpty()) {
            return List.of(NominationCalendar.Event.allDays("programme", programme.startDate(), programme.endDate()));
        }
        List<NominationCalendar.Event> events = new ArrayList<>();
        for (Slot slot : slots) {
            events.add(NominationCalendar.Event.timed(
                    "session-" + slot.date() + "-" + TIME.format(slot.start()).replace(":", ""),
                    ZonedDateTime.of(slot.date(), slot.start(), slot.zone()).toInstant(),
                    ZonedDateTime.of(slot.date(), slot.end(), slot.zone()).toInstant()));
        }
        return events;
    }

    private MailAttachment calendar(
            NominationCalendar.Method method,
            long nominationId,
            Programme programme,
            List<Slot> slots,
            String name,
            String email) {
        String text = NominationCalendar.text(
                method,
                nominationId,
                events(programme, slots),
                programme.titleEn() + " / " + programme.titleKo(),
                programme.venue(),
                organizer,
                name,
                email,
                platform.clock().instant());
        return new MailAttachment(
                method == NominationCalendar.Method.CANCEL ? "cancellation.ics" : "invitation.ics",
                NominationCalendar.CONTENT_TYPE + method.name(),
                text.getBytes(StandardCharsets.UTF_8));
    }
}
