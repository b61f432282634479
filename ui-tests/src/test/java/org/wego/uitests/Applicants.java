package org.wego.uitests;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An applicant organisation for the access-matrix tests (issue 13: applicants are the secretariat's
 * only), written straight into the registry once: the browser tests have no platform service at hand
 * that may create one without going through the public application form.
 */
final class Applicants {

    /** The key of the sample applicant; none of the demo users belongs to it. */
    static final String KEY = "vn-applicant-sample";

    private Applicants() {}

    /** The sample applicant's registry id, creating it on first use. */
    static synchronized long sample(RunningPlatform platform) {
        JdbcClient jdbc = JdbcClient.create(platform.bean(DataSource.class));
        jdbc.sql("""
                        INSERT IGNORE INTO platform_organisation (org_key, type, name_en, name_ko, country, continent,
                            capital, status, version)
                        VALUES (:key, 'CITY', 'Applicant Sample City', '신청 견본 도시', 'VN', 'ASIA', FALSE, 'APPLICANT', 0)""").param("key", KEY).update();
        return jdbc.sql("SELECT id FROM platform_organisation WHERE org_key = :key")
                .param("key", KEY)
                .query(Long.class)
                .single();
    }
}
