package org.wego.plugins.training.nominations;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.NotAudited;
import org.wego.plugin.api.PluginContext;
import org.wego.plugins.training.programmes.ProgrammeStatus;

/**
 * The seat service: who holds the seats of a programme, correct under concurrency on MariaDB.
 *
 * <p>Every change of seats runs inside its caller's transaction (an approval decision, a
 * cancellation, an edit of the programme) and first locks the programme's row ({@code SELECT ... FOR
 * UPDATE}), so the changes of one programme happen one after the other. The counts are then read
 * with locking reads, which see the latest committed rows (a plain read would see the transaction's
 * snapshot, which may be older than the lock). The rules themselves are {@link SeatRules}. Every
 * change is audited (entity {@value Nominations#ENTITY}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Seats {

    private final PluginContext platform;
    private final NominationMails mails;
    private final JdbcClient jdbc;

    Seats(PluginContext platform, NominationMails mails) {
        this.platform = platform;
        this.mails = mails;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** The programme's seat figures, read while holding its row lock. */
    private record Locked(long id, int capacity, int quota, ProgrammeStatus status) {}

    /**
     * An approved nomination takes a seat when one is free within the capacity and its organisation's
     * quota; otherwise it joins the end of the waitlist.
     *
     * @return the nomination's new status
     */
    NominationStatus place(long programmeId, long nominationId, String organisation) {
        Locked programme = lock(programmeId);
        int enrolled = enrolled(programmeId);
        int ofOrganisation = enrolledOf(programmeId, organisation);
        if (SeatRules.takesSeat(programme.capacity(), programme.quota(), enrolled, ofOrganisation)) {
            setStatus(nominationId, NominationStatus.PENDING, NominationStatus.ENROLLED, null);
            return NominationStatus.ENROLLED;
        }
        long position = nextWaitlistPosition(programmeId);
        setStatus(nominationId, NominationStatus.PENDING, NominationStatus.WAITLISTED, position);
        return NominationStatus.WAITLISTED;
    }

    @NotAudited("the programme's waitlist counter: the place it hands out is audited with the nomination's status")
    private long nextWaitlistPosition(long programmeId) {
        jdbc.sql("UPDATE training_programme SET waitlist_seq = waitlist_seq + 1 WHERE id = :id")
                .param("id", programmeId)
                .update();
        return jdbc.sql("SELECT waitlist_seq FROM training_programme WHERE id = :id FOR UPDATE")
                .param("id", programmeId)
                .query(Long.class)
                .single();
    }

    /**
     * Takes a nomination out (cancelled or withdrawn); a seat it held goes to the next eligible
     * waitlist entries while the programme is not running yet.
     *
     * @return the nomination's status before
     */
    NominationStatus release(long programmeId, long nominationId, NominationStatus to) {
        Locked programme = lock(programmeId);
        NominationStatus before = jdbc.sql("SELECT status FROM training_nomination WHERE id = :id FOR UPDATE")
                .param("id", nominationId)
                .query(String.class)
                .optional()
                .map(NominationStatus::valueOf)
                .orElseThrow(() -> new IllegalStateException("No nomination " + nominationId));
        setStatus(nominationId, before, to, null);
        if (before == NominationStatus.ENROLLED && programme.status().promotesAutomatically()) {
            promote(programme);
        }
        return before;
    }

    /** Fills free seats from the waitlist (after the capacity or quota was raised), unless the programme runs. */
    public void promoteWaiting(long programmeId) {
        Locked programme = lock(programmeId);
        if (programme.status().promotesAutomatically()) {
            promote(programme);
        }
    }

    /**
     * The secretariat's manual promotion of one waitlist entry once the programme runs (automatic
     * promotion stops then): under the same programme lock as every other change of seats, and only
     * within the capacity and the organisation's quota.
     *
     * @throws org.wego.plugin.api.InvalidInputException when the entry is not waiting, or no seat is
     *     free within the capacity or the quota
     */
    void promoteManually(long programmeId, long nominationId) {
        Locked programme = lock(programmeId);
        record Entry(String status, String organisation) {}
        Entry entry = jdbc.sql("""
                        SELECT status, organisation_key FROM training_nomination
                        WHERE id = :id AND programme_id = :programme FOR UPDATE""")
                .param("id", nominationId)
                .param("programme", programmeId)
                .query((rs, row) -> new Entry(rs.getString("status"), rs.getString("organisation_key")))
                .optional()
                .orElseThrow(() -> new org.wego.plugin.api.InvalidInputException(null, "training.invalid.nomination"));
        if (programme.status() != ProgrammeStatus.RUNNING) {
            throw new org.wego.plugin.api.InvalidInputException(null, "training.nomination.promote.not-running");
        }
        if (!NominationStatus.WAITLISTED.name().equals(entry.status())) {
            throw new org.wego.plugin.api.InvalidInputException(null, "training.nomination.promote.not-waiting");
        }
        int enrolled = enrolled(programmeId);
        if (enrolled >= programme.capacity()) {
            throw new org.wego.plugin.api.InvalidInputException(null, "training.nomination.promote.full");
        }
        if (!SeatRules.takesSeat(
                programme.capacity(), programme.quota(), enrolled, enrolledOf(programmeId, entry.organisation()))) {
            throw new org.wego.plugin.api.InvalidInputException(null, "training.nomination.promote.quota");
        }
        setStatus(nominationId, NominationStatus.WAITLISTED, NominationStatus.ENROLLED, null);
    }

    private void promote(Locked programme) {
        while (true) {
            int enrolled = enrolled(programme.id());
            if (enrolled >= programme.capacity()) {
                return;
            }
            List<SeatRules.Waiting> waitlist = jdbc.sql("""
                            SELECT id, organisation_key, waitlist_position FROM training_nomination
                            WHERE programme_id = :id AND status = 'WAITLISTED'
                            ORDER BY waitlist_position FOR UPDATE""")
                    .param("id", programme.id())
                    .query((rs, row) -> new SeatRules.Waiting(
                            rs.getLong("id"), rs.getString("organisation_key"), rs.getLong("waitlist_position")))
                    .list();
            Map<String, Integer> byOrganisation = new HashMap<>();
            jdbc.sql("""
                            SELECT organisation_key, COUNT(*) AS seats FROM training_nomination
                            WHERE programme_id = :id AND status = 'ENROLLED'
                            GROUP BY organisation_key FOR UPDATE""")
                    .param("id", programme.id())
                    .query((rs, row) -> byOrganisation.put(rs.getString("organisation_key"), rs.getInt("seats")))
                    .list();
            Optional<SeatRules.Waiting> next = SeatRules.nextToPromote(
                    programme.capacity(), programme.quota(), enrolled, waitlist, byOrganisation);
            if (next.isEmpty()) {
                return;
            }
            setStatus(next.get().nominationId(), NominationStatus.WAITLISTED, NominationStatus.ENROLLED, null);
        }
    }

    private Locked lock(long programmeId) {
        return jdbc.sql("SELECT id, capacity, quota, status FROM training_programme WHERE id = :id FOR UPDATE")
                .param("id", programmeId)
                .query((rs, row) -> new Locked(
                        rs.getLong("id"),
                        rs.getInt("capacity"),
                        rs.getInt("quota"),
                        ProgrammeStatus.valueOf(rs.getString("status"))))
                .optional()
                .orElseThrow(() -> new IllegalStateException("No programme " + programmeId));
    }

    private int enrolled(long programmeId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM training_nomination
                        WHERE programme_id = :id AND status = 'ENROLLED' FOR UPDATE""").param("id", programmeId).query(Integer.class).single();
    }

    private int enrolledOf(long programmeId, String organisation) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM training_nomination
                        WHERE programme_id = :id AND status = 'ENROLLED' AND organisation_key = :organisation
                        FOR UPDATE""")
                .param("id", programmeId)
                .param("organisation", organisation)
                .query(Integer.class)
                .single();
    }

    private void setStatus(long nominationId, NominationStatus from, NominationStatus to, @Nullable Long position) {
        int changed = jdbc.sql("""
                        UPDATE training_nomination SET status = :to, waitlist_position = :position, updated_at = :at
                        WHERE id = :id AND status = :from""")
                .param("to", to.name())
                .param("position", position)
                .param("at", LocalDateTime.now(platform.clock()))
                .param("id", nominationId)
                .param("from", from.name())
                .update();
        if (changed != 1) {
            throw new IllegalStateException("Nomination " + nominationId + " is no longer " + from);
        }
        var after = new java.util.LinkedHashMap<String, Object>();
        after.put("status", to.name());
        if (position != null) {
            after.put("waitlistPosition", position);
        }
        platform.audit().record(Nominations.ENTITY, Long.toString(nominationId), Map.of("status", from.name()), after);
        mails.changed(nominationId, from, to, position);
    }
}
