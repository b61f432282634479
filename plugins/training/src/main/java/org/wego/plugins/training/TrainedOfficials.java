package org.wego.plugins.training;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.plugin.api.OrganisationKey;

/**
 * What "an official trained" means for the statistics, in this one place: <b>an enrolled nomination
 * (status {@code ENROLLED}) of a programme whose status is {@code COMPLETED}</b>, counted once per
 * programme (a person trained in two programmes counts twice, as the reports before the platform
 * counted participants), in the year the programme ended, for the programme's partner, and for the
 * trainee's organisation (its continent and regional office come from the registry).
 *
 * <p>Attendance-based completion (a rule on the programme, e.g. 80 % of the sessions) replaces the
 * condition {@link #CONDITION} when it exists: change it here and the statistics, their CSV and their
 * tests follow.
 */
final class TrainedOfficials {

    /** The SQL condition on {@code n} (training_nomination) and {@code p} (training_programme). */
    static final String CONDITION = "p.status = 'COMPLETED' AND n.status = 'ENROLLED'";

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
