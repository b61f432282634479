package org.wego.plugins.training.nominations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.ApprovalDecision;
import org.wego.plugin.api.ApprovalRequest;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.training.TrainingPlugin;
import org.wego.plugins.training.programmes.Programme;
import org.wego.plugins.training.programmes.ProgrammeRules;
import org.wego.plugins.training.programmes.ProgrammeStatus;
import org.wego.plugins.training.programmes.Programmes;

/**
 * Nominations of trainees for programmes. A member-city user nominates people of its own
 * organisation, a regional office people of the member cities of its region; any other organisation
 * (forged in the call) is refused with {@link PermissionDeniedException}. Trainees are kept once by
 * e-mail. A nomination goes to the secretariat's approvals inbox (type {@value
 * TrainingPlugin#NOMINATION}); {@link #decided} places it through {@link Seats} in the decision's
 * transaction. Everything is audited (entities {@value #ENTITY} and {@value #TRAINEE_ENTITY}).
 */
@Component
@Transactional
public class Nominations {

    static final String ENTITY = "training.nomination";
    static final String TRAINEE_ENTITY = "training.trainee";

    /**
     * The refusal of an e-mail address that a trainee of another organisation holds. Its text does not
     * say so (issue 13: a coordinator could otherwise learn, address by address, which officials of
     * other cities are trainees); it tells the coordinator what to do: check the address, and ask the
     * secretariat if it is right.
     */
    public static final String EMAIL_UNAVAILABLE = "training.invalid.email-unavailable";

    private final PluginContext platform;
    private final Programmes programmes;
    private final Seats seats;
    private final JdbcClient jdbc;

    Nominations(PluginContext platform, Programmes programmes, Seats seats) {
        this.platform = platform;
        this.programmes = programmes;
        this.seats = seats;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /**
     * Nominates a person for an open programme before its deadline and submits the nomination to the
     * approvals inbox.
     *
     * @return the nomination's id
     * @throws PermissionDeniedException when the user may not nominate for the trainee's organisation
     * @throws InvalidInputException for bad input, an unknown organisation or programme, a closed
     *     programme, a person nominated already or an e-mail address that cannot be used (held by a trainee of another organisation)
     */
    public long nominate(long programmeId, TraineeInput input) {
        return nominate(programmeId, input, null);
    }

    /**
     * As {@link #nominate(long, TraineeInput)}, with the trainee's own time zone for the session times
     * in their e-mails (an IANA id such as {@code Europe/Paris}; empty keeps a known trainee's zone, or
     * the venue's for a new one).
     *
     * @throws InvalidInputException {@code timeZone} / {@code training.invalid.time-zone} for an unknown zone
     */
    long nominate(long programmeId, TraineeInput input, @Nullable String timeZone) {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, TrainingPlugin.NOMINATE);
        TraineeInput clean = TraineeRules.clean(input);
        OrganisationKey key = java.util.Objects.requireNonNull(clean.organisation());
        Organisation organisation = platform.organisations()
                .byKey(key)
                .filter(o -> o.type() == OrganisationType.CITY)
                .orElseThrow(
                        () -> InvalidInputException.of(TraineeInput.ORGANISATION, "training.invalid.organisation"));
        if (!mayNominateFor(user, organisation)) {
            throw new PermissionDeniedException(TrainingPlugin.NOMINATE);
        }
        // Locks in one order, programme first: its row, then the trainee's e-mail, then the inbox request.
        // Nominations of one programme (by hand, by API or by upload) thus queue instead of meeting in
        // the trainee index's gap locks (the deadlocks on INSERT INTO training_trainee).
        lockProgramme(programmeId);
        Programme programme = programmes
                .find(programmeId)
                .orElseThrow(() -> new InvalidInputException(null, "training.invalid.programme"));
        if (programme.status() != ProgrammeStatus.OPEN) {
            throw new InvalidInputException(null, "training.nomination.not-open");
        }
        if (LocalDate.now(platform.clock()).isAfter(programme.deadline())) {
            throw new InvalidInputException(null, "training.nomination.deadline-passed");
        }
        ProgrammeRules.requireEligible(programme, organisation, TraineeInput.ORGANISATION);
        String zone = zone(timeZone);
        long trainee = trainee(clean, zone);
        LocalDateTime now = LocalDateTime.now(platform.clock());
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO training_nomination (programme_id, trainee_id, organisation_key, status,
                                nominated_by, nominated_at, updated_at, nominator_key)
                            VALUES (:programme, :trainee, :organisation, 'PENDING', :by, :at, :at, :nominator)""")
                    .param("nominator", user.organisation().value())
                    .param("programme", programmeId)
                    .param("trainee", trainee)
                    .param("organisation", key.value())
                    .param("by", user.displayName())
                    .param("at", now)
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of(TraineeInput.EMAIL, "training.nomination.duplicate");
        }
        long id = keys.getKeyAs(Number.class).longValue();
        // Labels are message keys: the inbox shows them in the reader's language.
        var details = new LinkedHashMap<String, String>();
        details.put("training.upload.programme", programme.titleEn() + " / " + programme.titleKo());
        details.put("training.nomination.column.trainee", clean.name());
        details.put("training.nomination.field.position", clean.position() == null ? "" : clean.position());
        details.put("training.nomination.field.department", clean.department() == null ? "" : clean.department());
        long request = platform.approvals()
                .submit(new ApprovalRequest(
                        TrainingPlugin.NOMINATION,
                        key,
                        clean.name() + " — " + programme.titleEn() + " / " + programme.titleKo(),
                        details,
                        Long.toString(id)));
        jdbc.sql("UPDATE training_nomination SET approval_request_id = :request WHERE id = :id")
                .param("request", request)
                .param("id", id)
                .update();
        platform.audit()
                .record(
                        ENTITY,
                        Long.toString(id),
                        null,
                        Map.of("programme", programmeId, "trainee", trainee, "status", "PENDING"));
        return id;
    }

    /**
     * The platform calls this when the secretariat decides a nomination, inside the decision's
     * transaction: approved, the nomination takes a seat or joins the waitlist; rejected, it is
     * rejected. A nomination cancelled meanwhile stays cancelled.
     */
    public void decided(ApprovalDecision decision) {
        long id = Long.parseLong(decision.subject());
        record Row(long programme, String organisation, NominationStatus status) {}
        Row row = jdbc.sql("SELECT programme_id, organisation_key, status FROM training_nomination WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Row(
                        rs.getLong("programme_id"),
                        rs.getString("organisation_key"),
                        NominationStatus.valueOf(rs.getString("status"))))
                .optional()
                .orElseThrow(() -> new IllegalStateException("No nomination " + id));
        if (row.status() == NominationStatus.CANCELLED) {
            return;
        }
        if (decision.approved()) {
            seats.place(row.programme(), id, row.organisation());
        } else {
            seats.release(row.programme(), id, NominationStatus.REJECTED);
        }
    }

    /**
     * Cancels a nomination: the nominating organisation or its region before the deadline, the
     * secretariat at any time. A seat it held goes to the next eligible waitlist entry while the
     * programme is not running.
     */
    void cancel(long nominationId) {
        SignedInUser user = platform.requireUser();
        Nomination nomination =
                find(nominationId).orElseThrow(() -> new InvalidInputException(null, "training.invalid.nomination"));
        boolean secretariat = programmes.mayManage(user);
        if (!secretariat) {
            Organisation organisation = platform.organisations()
                    .byKey(nomination.organisation())
                    .orElseThrow(() -> new InvalidInputException(null, "training.invalid.nomination"));
            if (!platform.permissions().isAllowed(user, TrainingPlugin.NOMINATE)
                    || !mayNominateFor(user, organisation)) {
                throw new PermissionDeniedException(TrainingPlugin.NOMINATE);
            }
            Programme programme = programmes.find(nomination.programmeId()).orElseThrow();
            if (LocalDate.now(platform.clock()).isAfter(programme.deadline())) {
                throw new InvalidInputException(null, "training.nomination.deadline-passed");
            }
        }
        if (nomination.status() == NominationStatus.CANCELLED || nomination.status() == NominationStatus.REJECTED) {
            throw new InvalidInputException(null, "training.nomination.closed");
        }
        seats.release(nomination.programmeId(), nominationId, NominationStatus.CANCELLED);
    }

    /** The nominations of a programme the user may see: all for the secretariat, its scope's for others. */
    @Transactional(readOnly = true)
    public List<Nomination> ofProgramme(long programmeId) {
        SignedInUser user = platform.requireUser();
        boolean secretariat = programmes.mayManage(user);
        return jdbc
                .sql(SELECT + " WHERE n.programme_id = :programme ORDER BY n.id")
                .param("programme", programmeId)
                .query(Nominations::nomination)
                .list()
                .stream()
                .filter(n -> secretariat
                        || platform.organisations()
                                .byKey(n.organisation())
                                .filter(o -> mayNominateFor(user, o))
                                .isPresent())
                .toList();
    }

    /** A member city nominates for itself, a regional office for the member cities of its region. */
    public boolean mayNominateFor(SignedInUser user, Organisation organisation) {
        if (user.hasRole(Role.MEMBER_CITY)) {
            return organisation.key().equals(user.organisation());
        }
        return user.hasRole(Role.REGIONAL_OFFICE)
                && user.organisation().equals(organisation.regionalOffice())
                && platform.organisations().isInScopeOf(user, organisation);
    }

    public Optional<Nomination> find(long id) {
        return jdbc.sql(SELECT + " WHERE n.id = :id")
                .param("id", id)
                .query(Nominations::nomination)
                .optional();
    }

    /** Takes the programme's row lock (the one {@link Seats} takes) for the rest of the transaction. */
    private void lockProgramme(long programmeId) {
        jdbc.sql("SELECT id FROM training_programme WHERE id = :id FOR UPDATE")
                .param("id", programmeId)
                .query(Long.class)
                .optional();
    }

    /** The trainee of this e-mail, created or brought up to date; refused when known for another organisation. */
    private long trainee(TraineeInput clean, @Nullable String zone) {
        String organisation =
                java.util.Objects.requireNonNull(clean.organisation()).value();
        record Known(
                long id,
                String organisation,
                Map<String, Object> fields,
                @Nullable String zone) {}
        Optional<Known> known = jdbc.sql("SELECT * FROM training_trainee WHERE email = :email FOR UPDATE")
                .param("email", clean.email())
                .query((rs, n) -> new Known(
                        rs.getLong("id"),
                        rs.getString("organisation_key"),
                        traineeFields(rs),
                        rs.getString("time_zone")))
                .optional();
        Map<String, Object> fields = fields(clean);
        if (known.isPresent()) {
            if (!known.get().organisation().equals(organisation)) {
                throw InvalidInputException.of(TraineeInput.EMAIL, EMAIL_UNAVAILABLE);
            }
            if (!known.get().fields().equals(fields)) {
                jdbc.sql("""
                                UPDATE training_trainee SET name = :name, position = :position,
                                    department = :department, language = :language, gender = :gender
                                WHERE id = :id""").params(fields).param("id", known.get().id()).update();
                platform.audit()
                        .record(
                                TRAINEE_ENTITY,
                                Long.toString(known.get().id()),
                                known.get().fields(),
                                fields);
            }
            zoneOf(known.get().id(), known.get().zone(), zone);
            return known.get().id();
        }
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO training_trainee (name, position, department, organisation_key, email,
                                language, gender)
                            VALUES (:name, :position, :department, :organisation, :email, :language, :gender)""")
                    .params(fields)
                    .param("organisation", organisation)
                    .param("email", clean.email())
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of(TraineeInput.EMAIL, EMAIL_UNAVAILABLE);
        }
        long id = keys.getKeyAs(Number.class).longValue();
        platform.audit().record(TRAINEE_ENTITY, Long.toString(id), null, fields);
        zoneOf(id, null, zone);
        return id;
    }

    /**
     * The secretariat promotes one waitlist entry by hand once the programme is running (automatic
     * promotion stops then), within the capacity and the organisation's quota, under the programme's
     * seat lock; audited like every change of seats.
     *
     * @throws PermissionDeniedException unless the user is of the secretariat
     * @throws InvalidInputException when the programme is not running, the entry is not waiting, or no
     *     seat is free within the capacity or the quota
     */
    void promote(long nominationId) {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, TrainingPlugin.MANAGE_PROGRAMMES);
        Nomination nomination =
                find(nominationId).orElseThrow(() -> new InvalidInputException(null, "training.invalid.nomination"));
        seats.promoteManually(nomination.programmeId(), nominationId);
    }

    /**
     * The programme page's rows: the nominations the user may see ({@link #ofProgramme}'s scope), with
     * the trainee's e-mail and gender only for the secretariat and the nominating organisation and its
     * region (left out of the result for anyone else), and whether the user may cancel or promote each.
     */
    @Transactional(readOnly = true)
    List<Nominee> nominees(long programmeId) {
        SignedInUser user = platform.requireUser();
        boolean secretariat = programmes.mayManage(user);
        Optional<Programme> programme = programmes.byId(programmeId);
        if (programme.isEmpty()) {
            return List.of();
        }
        boolean beforeDeadline =
                !LocalDate.now(platform.clock()).isAfter(programme.get().deadline());
        boolean nominator = platform.permissions().isAllowed(user, TrainingPlugin.NOMINATE);
        boolean running = programme.get().status() == ProgrammeStatus.RUNNING;
        record Extra(
                String position,
                String department,
                String gender,
                @Nullable String nominator) {}
        Map<Long, Extra> extras = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT n.id, t.position, t.department, t.gender, n.nominator_key
                        FROM training_nomination n JOIN training_trainee t ON t.id = n.trainee_id
                        WHERE n.programme_id = :programme""")
                .param("programme", programmeId)
                .query((rs, row) -> extras.put(
                        rs.getLong("id"),
                        new Extra(
                                rs.getString("position"),
                                rs.getString("department"),
                                rs.getString("gender"),
                                rs.getString("nominator_key"))))
                .list();
        List<Nominee> rows = new java.util.ArrayList<>();
        for (Nomination n : ofProgramme(programmeId)) {
            Extra extra = extras.get(n.id());
            Optional<Organisation> organisation = platform.organisations().byKey(n.organisation());
            boolean ofScope = organisation.filter(o -> mayNominateFor(user, o)).isPresent();
            // The nominating organisation (a regional office may have nominated for a city) sees them too.
            boolean nominating = extra != null
                    && extra.nominator() != null
                    && extra.nominator().equals(user.organisation().value());
            boolean private_ = secretariat || ofScope || nominating;
            boolean open = n.status() != NominationStatus.CANCELLED && n.status() != NominationStatus.REJECTED;
            rows.add(new Nominee(
                    n.id(),
                    n.traineeName(),
                    extra == null ? null : extra.position(),
                    extra == null ? null : extra.department(),
                    n.organisation(),
                    organisation
                            .map(o -> o.name(user.locale()))
                            .orElse(n.organisation().value()),
                    n.status(),
                    n.waitlistPosition(),
                    private_ ? n.traineeEmail() : null,
                    private_ && extra != null ? Gender.valueOf(extra.gender()) : null,
                    open && (secretariat || (nominator && ofScope && beforeDeadline)),
                    secretariat && running && n.status() == NominationStatus.WAITLISTED));
        }
        return rows;
    }

    /** A checked IANA zone id, or null when none was given. */
    private static @Nullable String zone(@Nullable String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return null;
        }
        String id = timeZone.strip();
        // Region ids only (e.g. Asia/Seoul, UTC): no offsets typed by hand, which break at daylight saving.
        if (id.length() > 64
                || !id.matches("[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+){0,2}")
                || !java.time.ZoneId.getAvailableZoneIds().contains(id)) {
            throw InvalidInputException.of(TraineeInput.TIME_ZONE, "training.nomination.invalid-time-zone");
        }
        return id;
    }

    /** Stores a trainee's new zone (audited); a nomination without one keeps the known zone. */
    private void zoneOf(long trainee, @Nullable String before, @Nullable String zone) {
        if (zone == null || zone.equals(before)) {
            return;
        }
        jdbc.sql("UPDATE training_trainee SET time_zone = :zone WHERE id = :id")
                .param("zone", zone)
                .param("id", trainee)
                .update();
        var was = new LinkedHashMap<String, Object>();
        was.put("timeZone", before);
        platform.audit().record(TRAINEE_ENTITY, Long.toString(trainee), was, Map.of("timeZone", zone));
    }

    private static Map<String, Object> fields(TraineeInput clean) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", clean.name());
        fields.put("position", clean.position());
        fields.put("department", clean.department());
        fields.put("language", clean.language());
        fields.put("gender", java.util.Objects.requireNonNull(clean.gender()).name());
        return fields;
    }

    private static Map<String, Object> traineeFields(ResultSet rs) throws SQLException {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", rs.getString("name"));
        fields.put("position", rs.getString("position"));
        fields.put("department", rs.getString("department"));
        fields.put("language", rs.getString("language"));
        fields.put("gender", rs.getString("gender"));
        return fields;
    }

    private static final String SELECT = """
            SELECT n.*, t.name AS trainee_name, t.email AS trainee_email
            FROM training_nomination n JOIN training_trainee t ON t.id = n.trainee_id""";

    private static Nomination nomination(ResultSet rs, int row) throws SQLException {
        long position = rs.getLong("waitlist_position");
        Long positionOrNull = rs.wasNull() ? null : position;
        long request = rs.getLong("approval_request_id");
        Long requestOrNull = rs.wasNull() ? null : request;
        return new Nomination(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                rs.getLong("trainee_id"),
                rs.getString("trainee_name"),
                rs.getString("trainee_email"),
                OrganisationKey.of(rs.getString("organisation_key")),
                NominationStatus.valueOf(rs.getString("status")),
                positionOrNull,
                requestOrNull,
                rs.getString("nominated_by"),
                rs.getObject("nominated_at", LocalDateTime.class));
    }
}
