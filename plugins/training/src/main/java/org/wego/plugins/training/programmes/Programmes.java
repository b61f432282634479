package org.wego.plugins.training.programmes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.training.TrainingPlugin;
import org.wego.plugins.training.nominations.Nominations;

/**
 * Training programmes. The secretariat creates and edits them (checked here, on the server); every
 * signed-in user lists those that are not drafts. Bad input is refused as {@link InvalidInputException}
 * (field + key) with nothing saved; edits use optimistic locking on {@code version}; every change is
 * audited (entity {@value #ENTITY}).
 */
@Component
@Transactional
public class Programmes {

    static final String ENTITY = "training.programme";
    /** Who made the scheduled job's changes, as {@code updated_by} shows it. */
    static final String SCHEDULER = "WeGO scheduler";

    private final PluginContext platform;
    private final CapacityChanges capacity;
    private final JdbcClient jdbc;

    Programmes(PluginContext platform, CapacityChanges capacity) {
        this.platform = platform;
        this.capacity = capacity;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /**
     * Creates a programme (the secretariat; also the demo data set).
     *
     * @return its id
     */
    public long create(ProgrammeInput input) {
        SignedInUser user = requireManager();
        ProgrammeInput clean = checked(input);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO training_programme (title_en, title_ko, description_en, description_ko, partner_key,
                            mode, venue, language, start_date, end_date, deadline, capacity, quota, status,
                            waitlist_seq, updated_by, updated_at, version, eligible_types, eligible_continents,
                            eligible_offices)
                        VALUES (:titleEn, :titleKo, :descriptionEn, :descriptionKo, :partner, :mode, :venue, :language,
                            :start, :end, :deadline, :capacity, :quota, :status, 0, :by, :at, 1, :types, :continents,
                            :offices)""").params(params(clean, user)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        saveSessions(id, clean.sessionList());
        platform.audit().record(ENTITY, Long.toString(id), null, clean);
        return id;
    }

    /**
     * Saves an edit made on the given version.
     *
     * @throws InvalidInputException {@code training.stale} when someone saved in between
     */
    Programme update(long id, long baseVersion, ProgrammeInput input) {
        SignedInUser user = requireManager();
        Programme before = find(id).orElseThrow(() -> new InvalidInputException(null, "training.invalid.programme"));
        List<SessionInput> sessionsBefore =
                findSessions(id).stream().map(Programmes::asInput).toList();
        // Sessions not given are kept, but still checked against the new dates and mode; so is eligibility.
        ProgrammeInput complete = input.sessions() == null ? input.withSessions(sessionsBefore) : input;
        if (complete.eligibility() == null) {
            complete = complete.withEligibility(before.eligibility());
        }
        ProgrammeInput clean = checked(complete);
        ProgrammeStatus to = java.util.Objects.requireNonNull(clean.status());
        if (!ProgrammeRules.mayChange(before.status(), to)) {
            throw InvalidInputException.of(ProgrammeInput.STATUS, "training.programme.invalid.status-change");
        }
        var params = params(clean, user);
        params.put("id", id);
        params.put("version", baseVersion);
        int changed = jdbc.sql("""
                        UPDATE training_programme SET title_en = :titleEn, title_ko = :titleKo,
                            description_en = :descriptionEn, description_ko = :descriptionKo, partner_key = :partner,
                            mode = :mode, venue = :venue, language = :language, start_date = :start, end_date = :end,
                            deadline = :deadline, capacity = :capacity, quota = :quota, status = :status,
                            eligible_types = :types, eligible_continents = :continents, eligible_offices = :offices,
                            updated_by = :by, updated_at = :at, version = version + 1
                        WHERE id = :id AND version = :version""").params(params).update();
        if (changed != 1) {
            throw new InvalidInputException(null, "training.stale", before.updatedBy());
        }
        saveSessions(id, clean.sessionList());
        var audited = new java.util.LinkedHashMap<String, Object>();
        audited.put("programme", before);
        audited.put("sessions", sessionsBefore);
        platform.audit().record(ENTITY, Long.toString(id), audited, clean);
        capacity.capacityChanged(id); // the capacity or quota may have been raised
        return find(id).orElseThrow();
    }

    /**
     * Copies a programme as a new DRAFT starting on {@code newStart}: the same texts, partner, mode, venue,
     * language, capacity, quota and eligibility; the end date, deadline and sessions shifted by as many days
     * as the start moves (sessions keep their local times and zones).
     *
     * @return the new programme's id
     * @throws InvalidInputException {@code startDate} when no new start is given; any refusal of the shifted
     *     input (e.g. a session at a time skipped by daylight saving on its new date)
     */
    long copy(long sourceId, @Nullable LocalDate newStart) {
        requireManager();
        Programme source =
                find(sourceId).orElseThrow(() -> new InvalidInputException(null, "training.invalid.programme"));
        if (newStart == null) {
            throw InvalidInputException.of(ProgrammeInput.START_DATE, "training.invalid.required");
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(source.startDate(), newStart);
        List<SessionInput> sessions = findSessions(sourceId).stream()
                .map(s -> new SessionInput(
                        s.date().plusDays(days), s.start(), s.end(), s.zone().getId()))
                .toList();
        return create(new ProgrammeInput(
                source.titleEn(),
                source.titleKo(),
                source.descriptionEn(),
                source.descriptionKo(),
                source.partner(),
                source.mode(),
                source.venue(),
                source.language(),
                newStart,
                source.endDate().plusDays(days),
                source.deadline().plusDays(days),
                source.capacity(),
                source.quota(),
                ProgrammeStatus.DRAFT,
                sessions,
                source.eligibility()));
    }

    /** The programme, if it exists and the user may see it (drafts only for the secretariat). */
    @Transactional(readOnly = true)
    public Optional<Programme> byId(long id) {
        SignedInUser user = platform.requireUser();
        return find(id).filter(p -> p.status() != ProgrammeStatus.DRAFT || mayManage(user));
    }

    /** The programmes the user may see, newest start first (drafts only for the secretariat). */
    @Transactional(readOnly = true)
    public List<Programme> list() {
        SignedInUser user = platform.requireUser();
        return jdbc.sql("SELECT * FROM training_programme"
                        + (mayManage(user) ? "" : " WHERE status <> 'DRAFT'")
                        + " ORDER BY start_date DESC, id DESC")
                .query(Programmes::programme)
                .list();
    }

    /**
     * The daily sessions of a programme the user may see, in time order.
     *
     * @throws InvalidInputException {@code training.invalid.programme} when it does not exist or is a
     *     draft and the user is not the secretariat
     */
    @Transactional(readOnly = true)
    public List<Session> sessionsOf(long programmeId) {
        if (byId(programmeId).isEmpty()) {
            throw new InvalidInputException(null, "training.invalid.programme");
        }
        return findSessions(programmeId);
    }

    /**
     * The sessions of a programme the user may see as they read them: in their time-zone preference (the
     * platform's zone without one), with the UTC offset written out, e.g. {@code 2026-03-04 09:00–12:00
     * (UTC+09:00)}.
     *
     * @throws InvalidInputException as {@link #sessionsOf}
     */
    @Transactional(readOnly = true)
    public List<String> sessionTimesOf(long programmeId) {
        ZoneId reader = platform.timeZones().currentUser();
        return sessionsOf(programmeId).stream()
                .map(session -> SessionTimes.span(session, reader))
                .toList();
    }

    /** The sessions of a programme in time order, without checking who asks (for the plugin's own services). */
    public List<Session> findSessions(long programmeId) {
        return jdbc.sql("""
                        SELECT id, session_date, start_time, end_time, zone FROM training_session
                        WHERE programme_id = :id ORDER BY session_date, start_time, id""")
                .param("id", programmeId)
                .query((rs, row) -> new Session(
                        rs.getLong("id"),
                        rs.getObject("session_date", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class),
                        ZoneId.of(rs.getString("zone"))))
                .list();
    }

    /**
     * Makes the stored sessions these: a session with the same date and start keeps its row (and id, which
     * attendance may refer to) with the new end and zone; the others are removed or added.
     */
    private void saveSessions(long programmeId, List<SessionInput> sessions) {
        var stored = new java.util.HashMap<String, Session>();
        for (Session session : findSessions(programmeId)) {
            stored.put(session.date() + " " + session.start(), session);
        }
        var kept = new java.util.HashSet<String>();
        for (SessionInput session : sessions) {
            kept.add(session.date() + " " + session.start());
        }
        for (var entry : stored.entrySet()) {
            if (!kept.contains(entry.getKey())) {
                // Attendance refers to the session: removing it would erase who was there.
                boolean attended = jdbc.sql("SELECT COUNT(*) FROM training_attendance WHERE session_id = :id")
                                .param("id", entry.getValue().id())
                                .query(Long.class)
                                .single()
                        > 0;
                if (attended) {
                    throw InvalidInputException.of(
                            ProgrammeInput.SESSIONS, "training.session.invalid.attended", entry.getKey());
                }
                jdbc.sql("DELETE FROM training_session WHERE id = :id")
                        .param("id", entry.getValue().id())
                        .update();
            }
        }
        for (SessionInput session : sessions) {
            Session same = stored.get(session.date() + " " + session.start());
            if (same == null) {
                jdbc.sql("""
                                INSERT INTO training_session (programme_id, session_date, start_time, end_time, zone)
                                VALUES (:programme, :date, :start, :end, :zone)""")
                        .param("programme", programmeId)
                        .param("date", session.date())
                        .param("start", session.start())
                        .param("end", session.end())
                        .param("zone", session.zone())
                        .update();
            } else if (!same.end().equals(session.end()) || !same.zone().getId().equals(session.zone())) {
                jdbc.sql("UPDATE training_session SET end_time = :end, zone = :zone WHERE id = :id")
                        .param("id", same.id())
                        .param("end", session.end())
                        .param("zone", session.zone())
                        .update();
            }
        }
    }

    static SessionInput asInput(Session session) {
        return new SessionInput(
                session.date(), session.start(), session.end(), session.zone().getId());
    }

    /**
     * The scheduled job (every {@link TrainingPlugin#SCHEDULE_EVERY}, once in the cluster; also callable
     * by tests): an OPEN programme whose application deadline has passed (the day after it, in the
     * platform clock's zone, as {@link Nominations} refuses nominations) becomes CLOSED; an OPEN or
     * CLOSED programme whose first session has started (without sessions: whose start date has come)
     * becomes RUNNING, which stops automatic promotion from the waitlist. COMPLETED is left to the
     * secretariat (attendance is confirmed first). Each change bumps the version (an edit form open
     * meanwhile is refused as stale rather than undoing it) and is audited as the system.
     *
     * @return how many status changes were made
     */
    public int moveOnByDate() {
        java.time.Instant now = platform.clock().instant();
        LocalDate today = LocalDate.now(platform.clock());
        int changed = 0;
        for (Programme programme : jdbc.sql(
                        "SELECT * FROM training_programme WHERE status = 'OPEN' AND deadline < :today ORDER BY id")
                .param("today", today)
                .query(Programmes::programme)
                .list()) {
            changed += moveOn(programme, ProgrammeStatus.CLOSED);
        }
        // A session far east of the clock's zone may start the day before its date there: one day ahead.
        for (Programme programme : jdbc.sql("""
                        SELECT * FROM training_programme WHERE status IN ('OPEN', 'CLOSED')
                        AND start_date <= :tomorrow ORDER BY id""")
                .param("tomorrow", today.plusDays(1))
                .query(Programmes::programme)
                .list()) {
            List<Session> sessions = findSessions(programme.id());
            boolean started = sessions.isEmpty()
                    ? !programme.startDate().isAfter(today)
                    : !sessions.getFirst().startsAt().toInstant().isAfter(now);
            if (started) {
                changed += moveOn(programme, ProgrammeStatus.RUNNING);
            }
        }
        return changed;
    }

    private int moveOn(Programme programme, ProgrammeStatus to) {
        int changed = jdbc.sql("""
                        UPDATE training_programme SET status = :to, updated_by = :by, updated_at = :at,
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("to", to.name())
                .param("by", SCHEDULER)
                .param("at", LocalDateTime.now(platform.clock()))
                .param("id", programme.id())
                .param("version", programme.version())
                .update();
        if (changed == 1) {
            platform.audit()
                    .record(
                            ENTITY,
                            Long.toString(programme.id()),
                            java.util.Map.of("status", programme.status().name()),
                            java.util.Map.of("status", to.name(), "by", SCHEDULER));
        }
        return changed; // 0 when an edit was saved meanwhile: the next run looks again
    }

    /** A programme with its sessions, as the calendar shows it. */
    record Scheduled(Programme programme, List<Session> sessions) {}

    /**
     * The programmes the user may see that run (start to end date) within the month, with their sessions,
     * in start order.
     */
    @Transactional(readOnly = true)
    List<Scheduled> scheduledIn(java.time.YearMonth month) {
        SignedInUser user = platform.requireUser();
        List<Programme> running = jdbc.sql("SELECT * FROM training_programme WHERE start_date <= :last"
                        + " AND end_date >= :first"
                        + (mayManage(user) ? "" : " AND status <> 'DRAFT'")
                        + " ORDER BY start_date, id")
                .param("first", month.atDay(1))
                .param("last", month.atEndOfMonth())
                .query(Programmes::programme)
                .list();
        return running.stream()
                .map(programme -> new Scheduled(programme, findSessions(programme.id())))
                .toList();
    }

    /** Whether the user may create and edit programmes (the secretariat). */
    public boolean mayManage(@Nullable SignedInUser user) {
        return platform.permissions().isAllowed(user, TrainingPlugin.MANAGE_PROGRAMMES);
    }

    public Optional<Programme> find(long id) {
        return jdbc.sql("SELECT * FROM training_programme WHERE id = :id")
                .param("id", id)
                .query(Programmes::programme)
                .optional();
    }

    private SignedInUser requireManager() {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, TrainingPlugin.MANAGE_PROGRAMMES);
        return user;
    }

    private ProgrammeInput checked(ProgrammeInput input) {
        ProgrammeInput clean = ProgrammeRules.clean(input);
        if (platform.organisations().byKey(clean.partner()).isEmpty()) {
            throw InvalidInputException.of(ProgrammeInput.PARTNER, "training.invalid.partner");
        }
        for (OrganisationKey office : clean.eligibilityOrAll().regionalOffices()) {
            if (platform.organisations()
                    .byKey(office)
                    .filter(o -> o.type() == org.wego.plugin.api.OrganisationType.REGIONAL_OFFICE)
                    .isEmpty()) {
                throw InvalidInputException.of(
                        ProgrammeInput.ELIGIBILITY, "training.programme.invalid.regional-office", office);
            }
        }
        return clean;
    }

    private java.util.Map<String, Object> params(ProgrammeInput clean, SignedInUser user) {
        var params = new java.util.HashMap<String, Object>();
        params.put("titleEn", clean.titleEn());
        params.put("titleKo", clean.titleKo());
        params.put("descriptionEn", clean.descriptionEn());
        params.put("descriptionKo", clean.descriptionKo());
        params.put("partner", java.util.Objects.requireNonNull(clean.partner()).value());
        params.put("mode", java.util.Objects.requireNonNull(clean.mode()).name());
        params.put("venue", clean.venue());
        params.put("language", clean.language());
        params.put("start", clean.startDate());
        params.put("end", clean.endDate());
        params.put("deadline", clean.deadline());
        params.put("capacity", clean.capacity());
        params.put("quota", clean.quota());
        params.put("status", java.util.Objects.requireNonNull(clean.status()).name());
        Eligibility eligibility = clean.eligibilityOrAll();
        params.put("types", eligibility.typesColumn());
        params.put("continents", eligibility.continentsColumn());
        params.put("offices", eligibility.officesColumn());
        params.put("by", user.displayName());
        params.put("at", LocalDateTime.now(platform.clock()));
        return params;
    }

    public static Programme programme(ResultSet rs, int row) throws SQLException {
        return new Programme(
                rs.getLong("id"),
                rs.getString("title_en"),
                rs.getString("title_ko"),
                rs.getString("description_en"),
                rs.getString("description_ko"),
                OrganisationKey.of(rs.getString("partner_key")),
                ProgrammeMode.valueOf(rs.getString("mode")),
                rs.getString("venue"),
                rs.getString("language"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getObject("deadline", LocalDate.class),
                rs.getInt("capacity"),
                rs.getInt("quota"),
                ProgrammeStatus.valueOf(rs.getString("status")),
                rs.getString("updated_by"),
                rs.getObject("updated_at", LocalDateTime.class),
                rs.getLong("version"),
                Eligibility.fromColumns(
                        rs.getString("eligible_types"),
                        rs.getString("eligible_continents"),
                        rs.getString("eligible_offices")));
    }
}
