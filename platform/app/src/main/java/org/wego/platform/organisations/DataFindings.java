package org.wego.platform.organisations;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.audit.AuditTrail;
import org.wego.platform.i18n.Translations;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.DataQuality;
import org.wego.plugin.api.NewFinding;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/**
 * The inconsistencies imports found and those plugins recorded about their own data, and the
 * secretariat's decision on each.
 */
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

    /**
     * One finding.
     *
     * @param pluginId the plugin that recorded it, or {@code null} for the registry's own
     */
    public record Finding(
            long id,
            @Nullable String pluginId,
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
    private final Translations translations;
    private final TransactionTemplate transaction;
    private final CurrentUser currentUser;

    DataFindings(
            JdbcClient jdbc,
            Clock clock,
            AuditTrail audit,
            Translations translations,
            PlatformTransactionManager transactions,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.translations = translations;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The findings service as one plugin sees it: what it records carries its id; it joins the
     * plugin's transaction, or runs in its own when the plugin has none (a seed at start). It resolves
     * only the plugin's own findings, for the signed-in secretariat, likewise in the plugin's
     * transaction or its own.
     */
    public DataQuality forPlugin(String pluginId) {
        return new DataQuality() {
            @Override
            public boolean record(NewFinding finding) {
                return Boolean.TRUE.equals(transaction.execute(status -> DataFindings.this.record(pluginId, finding)));
            }

            @Override
            public boolean resolve(String kind, String subject) {
                SignedInUser user =
                        currentUser.get().orElseThrow(() -> new PermissionDeniedException("organisation.findings"));
                return Boolean.TRUE.equals(transaction.execute(status -> resolveOwn(user, pluginId, kind, subject)));
            }
        };
    }

    /**
     * Acknowledges a plugin's own finding found by its kind and subject, once (as {@link #resolve}).
     *
     * @return whether this call resolved it; {@code false} for one resolved already or never recorded
     */
    boolean resolveOwn(SignedInUser user, String pluginId, String kind, String subject) {
        user.requireRole(Role.SECRETARIAT, "organisation.findings");
        return jdbc.sql("""
                        SELECT id FROM platform_data_finding
                        WHERE plugin_id = :plugin AND kind = :kind AND subject = :subject""")
                .param("plugin", pluginId)
                .param("kind", kind)
                .param("subject", subject)
                .query(Long.class)
                .optional()
                .map(id -> resolve(user, id, Resolution.ACKNOWLEDGED))
                .orElse(false);
    }

    /**
     * Records a plugin's finding once per (plugin, kind, subject), its description in English and
     * Korean from the plugin's bundle as it reads now (the plugin may be gone when it is read).
     */
    boolean record(String pluginId, NewFinding finding) {
        PluginFindingRules.check(finding);
        Object[] arguments = finding.arguments().toArray();
        boolean recorded;
        try {
            recorded = jdbc.sql("""
                            INSERT INTO platform_data_finding (source, plugin_id, subject, org_key, kind, detail_en, detail_ko)
                            SELECT :source, :plugin, :subject, :org, :kind, :en, :ko FROM DUAL
                            WHERE NOT EXISTS (SELECT 1 FROM platform_data_finding
                                WHERE plugin_id = :plugin AND kind = :kind AND subject = :subject)""")
                            .param("source", "plugin:" + pluginId)
                            .param("plugin", pluginId)
                            .param("subject", finding.subject())
                            .param(
                                    "org",
                                    finding.organisation() == null
                                            ? null
                                            : finding.organisation().value())
                            .param("kind", finding.kind())
                            .param(
                                    "en",
                                    PluginFindingRules.clip(translations.getTranslation(
                                            finding.detailKey(), java.util.Locale.ENGLISH, arguments)))
                            .param(
                                    "ko",
                                    PluginFindingRules.clip(translations.getTranslation(
                                            finding.detailKey(), java.util.Locale.KOREAN, arguments)))
                            .update()
                    == 1;
        } catch (org.springframework.dao.DuplicateKeyException sameTimeElsewhere) {
            // Another node recorded the same finding between the check and the insert: it is there once.
            recorded = false;
        }
        if (recorded) {
            audit.recordAs(
                    null,
                    "platform.data-finding",
                    pluginId + ":" + finding.kind() + ":" + finding.subject(),
                    null,
                    java.util.Map.of("plugin", pluginId, "kind", finding.kind(), "subject", finding.subject()));
        }
        return recorded;
    }

    @Transactional(readOnly = true)
    public List<Finding> all(SignedInUser user) {
        user.requireRole(Role.SECRETARIAT, "organisation.findings");
        return jdbc.sql("""
                        SELECT id, plugin_id, source_line, org_key, kind, detail_en, detail_ko, resolution, resolved_by
                        FROM platform_data_finding ORDER BY resolution IS NOT NULL, plugin_id IS NOT NULL, source_line, id""")
                .query((rs, row) -> new Finding(
                        rs.getLong("id"),
                        rs.getString("plugin_id"),
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
