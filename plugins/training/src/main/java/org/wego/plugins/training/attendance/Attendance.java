package org.wego.plugins.training.attendance;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.training.TrainingPlugin;
import org.wego.plugins.training.programmes.Programme;
import org.wego.plugins.training.programmes.ProgrammeStatus;
import org.wego.plugins.training.programmes.Programmes;

/**
 * Attendance per session and the completion rule, kept by the secretariat (permission {@value
 * TrainingPlugin#MANAGE_PROGRAMMES}, checked here). Only enrolled nominations are on a session's
 * list; saving a session replaces its marks in one transaction. A trainee completes when the
 * sessions attended reach the programme's rule ({@link CompletionRule}). Audited (entities {@value
 * #ENTITY} per session and {@value #RULE_ENTITY} per programme).
 */
@Component
@Transactional
public class Attendance {

    static final String ENTITY = "training.attendance";
    static final String RULE_ENTITY = "training.completion-rule";

    private final PluginContext platform;
    private final Programmes programmes;
    private final JdbcClient jdbc;

    Attendance(PluginContext platform, Programmes programmes) {
        this.platform = platform;
        this.programmes = programmes;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** An enrolled trainee on the attendance list. */
    record Trainee(long nominationId, String name, String organisationKey) {}

    /** The enrolled nominations of a programme, by name (secretariat only). */
    @Transactional(readOnly = true)
    List<Trainee> enrolled(long programmeId) {
        requireSecretariat();
        return enrolledOf(programmeId);
    }

    /**
     * The nominations marked present at a session; empty when the session has not been taken yet
     * (see {@link #isTaken}).
     */
    @Transactional(readOnly = true)
    Set<Long> presentAt(long sessionId) {
        requireSecretariat();
        return new TreeSet<>(
                jdbc.sql("SELECT nomination_id FROM training_attendance WHERE session_id = :session AND present")
                        .param("session", sessionId)
                        .query(Long.class)
                        .list());
    }

    /** Whether the attendance of a session was saved at least once. */
    @Transactional(readOnly = true)
    boolean isTaken(long sessionId) {
        requireSecretariat();
        return jdbc.sql("SELECT COUNT(*) FROM training_attendance WHERE session_id = :session")
                        .param("session", sessionId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Saves a session's attendance, once the programme is running (or completed): the given enrolled
     * nominations present, every other enrolled one absent. All or nothing: a nomination that is not enrolled in the session's programme refuses
     * the whole save.
     */
    public void record(long programmeId, long sessionId, Set<Long> present) {
        SignedInUser user = requireSecretariat();
        boolean ofProgramme = programmes.findSessions(programmeId).stream().anyMatch(s -> s.id() == sessionId);
        if (!ofProgramme) {
            throw new InvalidInputException(null, "training.attendance.invalid-session");
        }
        // Attendance decides completion and so the certificates: only once the programme runs.
        ProgrammeStatus status =
                programmes.find(programmeId).map(Programme::status).orElseThrow();
        if (status != ProgrammeStatus.RUNNING && status != ProgrammeStatus.COMPLETED) {
            throw new InvalidInputException(null, "training.attendance.not-running");
        }
        Set<Long> enrolled = new TreeSet<>(
                enrolledOf(programmeId).stream().map(Trainee::nominationId).toList());
        if (!enrolled.containsAll(present)) {
            throw new InvalidInputException(null, "training.attendance.not-enrolled");
        }
        Map<Long, Boolean> before = new LinkedHashMap<>();
        jdbc.sql("SELECT nomination_id, present FROM training_attendance WHERE session_id = :session FOR UPDATE")
                .param("session", sessionId)
                .query((rs, n) -> before.put(rs.getLong("nomination_id"), rs.getBoolean("present")))
                .list();
        LocalDateTime now = LocalDateTime.now(platform.clock());
        Map<Long, Boolean> after = new LinkedHashMap<>();
        for (long nomination : enrolled) {
            boolean here = present.contains(nomination);
            after.put(nomination, here);
            jdbc.sql("""
                            INSERT INTO training_attendance (session_id, nomination_id, present, recorded_by, recorded_at)
                            VALUES (:session, :nomination, :present, :by, :at)
                            ON DUPLICATE KEY UPDATE present = :present, recorded_by = :by, recorded_at = :at""")
                    .param("session", sessionId)
                    .param("nomination", nomination)
                    .param("present", here)
                    .param("by", user.displayName())
                    .param("at", now)
                    .update();
        }
        platform.audit().record(ENTITY, Long.toString(sessionId), before.isEmpty() ? null : before, after);
    }

    /** The programme's completion rule in percent (the default when none was set). */
    @Transactional(readOnly = true)
    int rule(long programmeId) {
        return jdbc.sql("SELECT min_percent FROM training_completion_rule WHERE programme_id = :programme")
                .param("programme", programmeId)
                .query(Integer.class)
                .optional()
                .orElse(CompletionRule.DEFAULT_PERCENT);
    }

    /** The programme's stored rule and its version (0 while none is stored and the default applies). */
    record Rule(int percent, long version) {}

    /** The programme's completion rule with its version, for an edit. */
    @Transactional(readOnly = true)
    Rule ruleOf(long programmeId) {
        return jdbc.sql("SELECT min_percent, version FROM training_completion_rule WHERE programme_id = :programme")
                .param("programme", programmeId)
                .query((rs, n) -> new Rule(rs.getInt("min_percent"), rs.getLong("version")))
                .optional()
                .orElse(new Rule(CompletionRule.DEFAULT_PERCENT, 0));
    }

    /**
     * Sets the programme's completion rule (secretariat): 1 to 100 percent, edited on the version read
     * (0 when none was stored).
     *
     * @throws InvalidInputException {@code training.attendance.rule.stale} when someone saved in between
     */
    void setRule(long programmeId, int percent, long baseVersion) {
        SignedInUser user = requireSecretariat();
        if (!CompletionRule.isValid(percent)) {
            throw new InvalidInputException("percent", "training.attendance.invalid-percent");
        }
        programmes.find(programmeId).orElseThrow(() -> new InvalidInputException(null, "training.invalid.programme"));
        Rule before = ruleOf(programmeId);
        LocalDateTime now = LocalDateTime.now(platform.clock());
        int changed;
        if (baseVersion == 0) {
            // INSERT IGNORE: a row saved meanwhile by someone else is a stale edit, not an error.
            changed = jdbc.sql("""
                            INSERT IGNORE INTO training_completion_rule (programme_id, min_percent, updated_by,
                                updated_at, version)
                            VALUES (:programme, :percent, :by, :at, 1)""")
                    .param("programme", programmeId)
                    .param("percent", percent)
                    .param("by", user.displayName())
                    .param("at", now)
                    .update();
        } else {
            changed = jdbc.sql("""
                            UPDATE training_completion_rule SET min_percent = :percent, updated_by = :by, updated_at = :at,
                                version = version + 1
                            WHERE programme_id = :programme AND version = :version""")
                    .param("programme", programmeId)
                    .param("percent", percent)
                    .param("by", user.displayName())
                    .param("at", now)
                    .param("version", baseVersion)
                    .update();
        }
        if (changed != 1) {
            throw new InvalidInputException("percent", "training.attendance.rule.stale");
        }
        platform.audit()
                .record(
                        RULE_ENTITY,
                        Long.toString(programmeId),
                        Map.of("percent", before.percent()),
                        Map.of("percent", percent));
    }

    /** How far one nomination came: sessions attended of the programme's sessions, and the verdict. */
    public record Completion(int attended, int sessions, int percent, boolean complete) {}

    /**
     * The completion of every enrolled nomination of a programme (no permission check: callers show
     * only what their user may see).
     */
    @Transactional(readOnly = true)
    public Map<Long, Completion> completionOf(long programmeId) {
        int sessions = programmes.findSessions(programmeId).size();
        int percent = rule(programmeId);
        Map<Long, Integer> attended = new HashMap<>();
        jdbc.sql("""
                        SELECT a.nomination_id, COUNT(*) AS attended FROM training_attendance a
                        JOIN training_session s ON s.id = a.session_id
                        WHERE s.programme_id = :programme AND a.present GROUP BY a.nomination_id""")
                .param("programme", programmeId)
                .query((rs, n) -> attended.put(rs.getLong("nomination_id"), rs.getInt("attended")))
                .list();
        Map<Long, Completion> completion = new LinkedHashMap<>();
        for (Trainee trainee : enrolledOf(programmeId)) {
            int count = attended.getOrDefault(trainee.nominationId(), 0);
            completion.put(
                    trainee.nominationId(),
                    new Completion(count, sessions, percent, CompletionRule.completes(count, sessions, percent)));
        }
        return completion;
    }

    private List<Trainee> enrolledOf(long programmeId) {
        return jdbc.sql("""
                        SELECT n.id, t.name, n.organisation_key FROM training_nomination n
                        JOIN training_trainee t ON t.id = n.trainee_id
                        WHERE n.programme_id = :programme AND n.status = 'ENROLLED' ORDER BY t.name, n.id""")
                .param("programme", programmeId)
                .query((rs, n) -> new Trainee(rs.getLong("id"), rs.getString("name"), rs.getString("organisation_key")))
                .list();
    }

    private SignedInUser requireSecretariat() {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, TrainingPlugin.MANAGE_PROGRAMMES);
        return user;
    }
}
