package org.wego.platform.organisations;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wego.platform.audit.AuditTrail;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** The inconsistencies imports found, and the secretariat's decision on each. */
@Service
@Transactional
public class DataFindings {

    /** What the secretariat decided about a finding. */
    public enum Resolution {
        /** The repeat is the same organisation as the record loaded: nothing more to load. */
        MERGED,
        /** Noted; the record stays as loaded. */
        ACKNOWLEDGED
    }

    /** One finding. */
    public record Finding(
            long id,
            @Nullable Integer sourceLine,
            @Nullable String orgKey,
            String kind,
            String detailEn,
            String detailKo,
            @Nullable String resolution,
            @Nullable String resolvedBy) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    private final AuditTrail audit;

    DataFindings(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Finding> all(SignedInUser user) {
        user.requireRole(Role.SECRETARIAT, "organisation.findings");
        return jdbc.sql("""
                        SELECT id, source_line, org_key, kind, detail_en, detail_ko, resolution, resolved_by
                        FROM platform_data_finding ORDER BY resolution IS NOT NULL, source_line, id""")
                .query((rs, row) -> new Finding(
                        rs.getLong("id"),
                        (Integer) rs.getObject("source_line"),
                        rs.getString("org_key"),
                        rs.getString("kind"),
                        rs.getString("detail_en"),
                        rs.getString("detail_ko"),
                        rs.getString("resolution"),
                        rs.getString("resolved_by")))
                .list();
    }

    /**
     * Records the decision, once: a finding already decided (by another officer at the same time)
     * stays as decided.
     *
     * @return whether this call decided it
     */
    public boolean resolve(SignedInUser user, long findingId, Resolution resolution) {
        user.requireRole(Role.SECRETARIAT, "organisation.findings");
        boolean decided = jdbc.sql("""
                        UPDATE platform_data_finding SET resolution = :resolution, resolved_by = :by, resolved_at = :at
                        WHERE id = :id AND resolution IS NULL""")
                        .param("resolution", resolution.name())
                        .param("by", user.displayName())
                        .param("at", LocalDateTime.now(clock))
                        .param("id", findingId)
                        .update()
                == 1;
        if (decided) {
            audit.recordAs(user, "platform.data-finding", Long.toString(findingId), null, resolution.name());
        }
        return decided;
    }
}
