package org.wego.plugins.training.trainees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SearchPatterns;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.training.TrainingPlugin;
import org.wego.plugins.training.attendance.Attendance;
import org.wego.plugins.training.nominations.Gender;
import org.wego.plugins.training.nominations.NominationStatus;
import org.wego.plugins.training.nominations.Nominations;
import org.wego.plugins.training.programmes.Programme;
import org.wego.plugins.training.programmes.ProgrammeStatus;
import org.wego.plugins.training.programmes.Programmes;

/**
 * Trainees across programmes and each one's history, read-only. Scope as for nominations: the
 * secretariat sees every trainee, a member city its own organisation's, a regional office those of
 * its region's member cities ({@link Nominations#mayNominateFor}); anybody else none. E-mail and
 * gender are filled in only for those the issue allows (the secretariat, the trainee's organisation
 * and its region), decided here and not by the page. A trainee id outside the user's scope is refused
 * with {@link PermissionDeniedException}, never answered with data.
 */
@Component
@Transactional(readOnly = true)
class TraineeHistory {

    /** The longest search text taken (a name or e-mail is at most 254 characters). */
    static final int MAX_SEARCH = 254;

    /** One trainee as a list row; {@code email} and {@code gender} null unless the user may see them. */
    record TraineeRow(
            long id,
            String name,
            @Nullable String position,
            @Nullable String department,
            OrganisationKey organisation,
            String organisationName,
            @Nullable String email,
            @Nullable Gender gender,
            int programmes) {}

    /**
     * One nomination of a trainee's history.
     *
     * @param completed whether the trainee completed the programme by its rule; null unless enrolled
     *     and attendance was recorded for this nomination
     */
    record Entry(
            long nominationId,
            long programmeId,
            String titleEn,
            String titleKo,
            LocalDate startDate,
            LocalDate endDate,
            String partnerName,
            ProgrammeStatus programmeStatus,
            NominationStatus status,
            @Nullable Long waitlistPosition,
            @Nullable Boolean completed) {

        String title(Locale locale) {
            return "ko".equals(locale.getLanguage()) ? titleKo : titleEn;
        }
    }

    private final PluginContext platform;
    private final Programmes programmes;
    private final Nominations nominations;
    private final Attendance attendance;
    private final JdbcClient jdbc;

    TraineeHistory(PluginContext platform, Programmes programmes, Nominations nominations, Attendance attendance) {
        this.platform = platform;
        this.programmes = programmes;
        this.nominations = nominations;
        this.attendance = attendance;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** How many trainees in the user's scope match the search (name or e-mail, part of it; blank: all). */
    int count(@Nullable String search) {
        Scope scope = scope();
        if (scope.none()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM training_trainee t WHERE " + scope.where() + SEARCH)
                .params(scope.params())
                .param("search", pattern(search))
                .query(Integer.class)
                .single();
    }

    /** The trainees in the user's scope matching the search, by name, one page. */
    List<TraineeRow> trainees(@Nullable String search, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= 500");
        }
        SignedInUser user = platform.requireUser();
        Scope scope = scope();
        if (scope.none()) {
            return List.of();
        }
        return jdbc
                .sql("SELECT t.*, (SELECT COUNT(*) FROM training_nomination n WHERE n.trainee_id = t.id)"
                        + " AS programmes FROM training_trainee t WHERE " + scope.where() + SEARCH
                        + " ORDER BY t.name, t.id LIMIT :limit OFFSET :offset")
                .params(scope.params())
                .param("search", pattern(search))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Stored(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("position"),
                        rs.getString("department"),
                        OrganisationKey.of(rs.getString("organisation_key")),
                        rs.getString("email"),
                        rs.getString("gender"),
                        rs.getInt("programmes")))
                .list()
                .stream()
                .map(s -> row(user, s))
                .toList();
    }

    /**
     * One trainee, when in the user's scope.
     *
     * @return empty for an unknown id
     * @throws PermissionDeniedException for a trainee outside the user's scope
     */
    Optional<TraineeRow> trainee(long traineeId) {
        SignedInUser user = platform.requireUser();
        Optional<Stored> stored = jdbc.sql("SELECT t.*, (SELECT COUNT(*) FROM training_nomination n"
                        + " WHERE n.trainee_id = t.id) AS programmes FROM training_trainee t WHERE t.id = :id")
                .param("id", traineeId)
                .query((rs, n) -> new Stored(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("position"),
                        rs.getString("department"),
                        OrganisationKey.of(rs.getString("organisation_key")),
                        rs.getString("email"),
                        rs.getString("gender"),
                        rs.getInt("programmes")))
                .optional();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!scope().includes(stored.get().organisation())) {
            throw new PermissionDeniedException(TrainingPlugin.NOMINATE);
        }
        return Optional.of(row(user, stored.get()));
    }

    /**
     * The trainee's nominations across programmes, newest programme first.
     *
     * @throws PermissionDeniedException for a trainee outside the user's scope
     * @throws InvalidInputException {@code training.trainee.not-found} for an unknown id
     */
    List<Entry> history(long traineeId) {
        SignedInUser user = platform.requireUser();
        trainee(traineeId).orElseThrow(() -> new InvalidInputException(null, "training.trainee.not-found"));
        record Stored(
                Programme programme,
                long nomination,
                NominationStatus status,
                @Nullable Long waiting) {}
        List<Stored> rows = new ArrayList<>();
        jdbc.sql("""
                        SELECT n.id, n.programme_id, n.status, n.waitlist_position FROM training_nomination n
                        JOIN training_programme p ON p.id = n.programme_id
                        WHERE n.trainee_id = :trainee ORDER BY p.start_date DESC, n.id DESC""")
                .param("trainee", traineeId)
                .query((rs, n) -> {
                    long waiting = rs.getLong("waitlist_position");
                    Long waitingOrNull = rs.wasNull() ? null : waiting;
                    return rows.add(new Stored(
                            programmes.find(rs.getLong("programme_id")).orElseThrow(),
                            rs.getLong("id"),
                            NominationStatus.valueOf(rs.getString("status")),
                            waitingOrNull));
                })
                .list();
        List<Long> attended =
                jdbc.sql("""
                        SELECT DISTINCT a.nomination_id FROM training_attendance a
                        JOIN training_nomination n ON n.id = a.nomination_id WHERE n.trainee_id = :trainee""").param("trainee", traineeId).query(Long.class).list();
        List<Entry> history = new ArrayList<>();
        for (Stored s : rows) {
            Programme p = s.programme();
            // Completion only where attendance was taken: "not completed" would be wrong before it is.
            Boolean completed = s.status() == NominationStatus.ENROLLED && attended.contains(s.nomination())
                    ? Optional.ofNullable(attendance.completionOf(p.id()).get(s.nomination()))
                            .map(Attendance.Completion::complete)
                            .orElse(false)
                    : null;
            history.add(new Entry(
                    s.nomination(),
                    p.id(),
                    p.titleEn(),
                    p.titleKo(),
                    p.startDate(),
                    p.endDate(),
                    platform.organisations()
                            .byKey(p.partner())
                            .map(o -> o.name(user.locale()))
                            .orElse(p.partner().value()),
                    p.status(),
                    s.status(),
                    s.waiting(),
                    completed));
        }
        return history;
    }

    private static final String SEARCH = " AND (:search IS NULL OR t.name LIKE :search OR t.email LIKE :search)";

    private record Stored(
            long id,
            String name,
            @Nullable String position,
            @Nullable String department,
            OrganisationKey organisation,
            String email,
            String gender,
            int programmes) {}

    private TraineeRow row(SignedInUser user, Stored s) {
        Optional<Organisation> organisation = platform.organisations().byKey(s.organisation());
        // Everyone in scope is the secretariat, the trainee's city or its region: the readers.
        boolean private_ = programmes.mayManage(user)
                || organisation.filter(o -> nominations.mayNominateFor(user, o)).isPresent();
        return new TraineeRow(
                s.id(),
                s.name(),
                s.position(),
                s.department(),
                s.organisation(),
                organisation
                        .map(o -> o.name(user.locale()))
                        .orElse(s.organisation().value()),
                private_ ? s.email() : null,
                private_ ? Gender.valueOf(s.gender()) : null,
                s.programmes());
    }

    /** A LIKE pattern for a part of a name or e-mail, or null for no search. */
    private static @Nullable String pattern(@Nullable String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        String text = search.strip();
        if (text.length() > MAX_SEARCH) {
            throw new InvalidInputException("search", "training.trainee.search.too-long");
        }
        return SearchPatterns.containing(text);
    }

    /** The organisations whose trainees the user may see: all (secretariat), or a list (maybe empty). */
    private record Scope(boolean all, List<String> organisations) {

        boolean none() {
            return !all && organisations.isEmpty();
        }

        boolean includes(OrganisationKey key) {
            return all || organisations.contains(key.value());
        }

        String where() {
            return all ? "TRUE" : "t.organisation_key IN (:organisations)";
        }

        java.util.Map<String, Object> params() {
            return all ? java.util.Map.of() : java.util.Map.of("organisations", organisations);
        }
    }

    private Scope scope() {
        SignedInUser user = platform.requireUser();
        if (programmes.mayManage(user)) {
            return new Scope(true, List.of());
        }
        if (!platform.permissions().isAllowed(user, TrainingPlugin.NOMINATE)) {
            return new Scope(false, List.of());
        }
        List<String> keys = new ArrayList<>();
        platform.organisations().byKey(user.organisation()).ifPresent(own -> {
            if (nominations.mayNominateFor(user, own)) {
                keys.add(own.key().value());
            }
        });
        // A regional office: the member cities of its region, by the same rule as nominating.
        for (Organisation city : platform.organisations().membersOfRegion(user.organisation())) {
            if (city.type() == OrganisationType.CITY && nominations.mayNominateFor(user, city)) {
                keys.add(city.key().value());
            }
        }
        return new Scope(false, List.copyOf(keys));
    }
}
