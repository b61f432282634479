package org.wego.plugins.training.statistics;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugins.training.attendance.CompletionRule;

/**
 * What "an official trained" means for the statistics, in this one place: <b>an enrolled nomination
 * (status {@code ENROLLED}) of a programme whose status is {@code COMPLETED} that met the programme's
 * completion rule</b> (present at {@link CompletionRule attended × 100 ≥ percent × sessions}, the same
 * rule as the certificates, default {@value CompletionRule#DEFAULT_PERCENT} %). A completed programme
 * with no sessions recorded (attendance was never taken on the platform) counts its enrolled trainees:
 * nothing else is known of them. Counted once per programme (a person trained in two programmes counts
 * twice, as the reports before the platform counted participants), in the year the programme ended, for
 * the programme's partner, and for the trainee's organisation (its continent and regional office come
 * from the registry).
 */
final class TrainedOfficials {

    /** The SQL condition on {@code n} (training_nomination) and {@code p} (training_programme). */
    static final String CONDITION = """
            p.status = 'COMPLETED' AND n.status = 'ENROLLED'
            AND (NOT EXISTS (SELECT 1 FROM training_session s WHERE s.programme_id = p.id)
                 OR 100 * (SELECT COUNT(*) FROM training_attendance a
                           JOIN training_session s ON s.id = a.session_id
                           WHERE a.nomination_id = n.id AND s.programme_id = p.id AND a.present)
                    >= COALESCE((SELECT r.min_percent FROM training_completion_rule r WHERE r.programme_id = p.id), %d)
                       * (SELECT COUNT(*) FROM training_session s WHERE s.programme_id = p.id))""".formatted(CompletionRule.DEFAULT_PERCENT);

    private TrainedOfficials() {}

    /**
     * One official trained.
     *
     * @param programmeId the programme
     * @param year the year the programme ended
     * @param partner the programme's partner
     * @param organisation the trainee's organisation
     */
    record Trained(long programmeId, int year, OrganisationKey partner, OrganisationKey organisation) {}

    /** Every official trained so far. */
    static List<Trained> all(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT p.id, YEAR(p.end_date) AS year_ended, p.partner_key, n.organisation_key
                        FROM training_nomination n JOIN training_programme p ON p.id = n.programme_id
                        WHERE\s""" + CONDITION)
                .query((rs, row) -> new Trained(
                        rs.getLong("id"),
                        rs.getInt("year_ended"),
                        OrganisationKey.of(rs.getString("partner_key")),
                        OrganisationKey.of(rs.getString("organisation_key"))))
                .list();
    }
}
