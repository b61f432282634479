package org.wego.platform.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wego.platform.jdbc.SqlFilter;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.AuditLog;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction (never a new one), so an
 * entry exists exactly when its change was committed. There is no update or delete.
 */
@Service
public class AuditTrail implements AuditLog {

    /**
     * One entry as the secretariat reads it: who acted by display name, and by the account's username
     * and e-mail (empty for entries written before they were recorded, and for the system).
     */
    public record Entry(
            long id,
            LocalDateTime at,
            String userName,
            @Nullable String username,
            @Nullable String email,
            @Nullable String organisation,
            String entity,
            String entityId,
            @Nullable String before,
            @Nullable String after) {}

    /** Filters for reading; {@code null} means any. */
    public record Filter(@Nullable String entity, @Nullable String text) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_JSON = 60_000;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entity, String id, @Nullable Object before, @Nullable Object after) {
        recordAs(currentUser.get().orElse(null), entity, id, before, after);
    }

    /** Records a change made for a user known to the caller (e.g. by a background job: {@code null}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(
            @Nullable SignedInUser user, String entity, String id, @Nullable Object before, @Nullable Object after) {
        jdbc.sql("""
                        INSERT INTO platform_audit_entry (at, user_id, user_name, user_username, user_email, organisation,
                            entity, entity_id, before_json, after_json)
                        VALUES (:at, :userId, :userName, :username, :email, :organisation, :entity, :entityId, :before,
                            :after)""")
                .param("at", LocalDateTime.now(clock))
                .param("userId", user == null ? "system" : user.id())
                .param("userName", user == null ? "system" : user.displayName())
                .param("username", user == null || user.username().isEmpty() ? null : user.username())
                .param("email", user == null || user.email().isEmpty() ? null : user.email())
                .param("organisation", user == null ? null : user.organisation().value())
                .param("entity", entity)
                .param("entityId", id)
                .param("before", json(before))
                .param("after", json(after))
                .update();
    }

    /** Newest first, a page at a time, for the secretariat only. */
    @Transactional(readOnly = true)
    public List<Entry> read(SignedInUser reader, Filter filter, int offset, int limit) {
        reader.requireRole(Role.SECRETARIAT, "audit.read");
        SqlFilter where = filterOf(filter);
        return where.bind(
                        jdbc.sql("SELECT id, at, user_name, user_username, user_email, organisation, entity, entity_id,"
                                        + " before_json, after_json"
                                        + " FROM platform_audit_entry" + where.where()
                                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                                .param("limit", Math.min(Math.max(limit, 1), 500))
                                .param("offset", Math.max(offset, 0)))
                .query((rs, row) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("at", LocalDateTime.class),
                        rs.getString("user_name"),
                        rs.getString("user_username"),
                        rs.getString("user_email"),
                        rs.getString("organisation"),
                        rs.getString("entity"),
                        rs.getString("entity_id"),
                        rs.getString("before_json"),
                        rs.getString("after_json")))
                .list();
    }

    @Transactional(readOnly = true)
    public int count(SignedInUser reader, Filter filter) {
        reader.requireRole(Role.SECRETARIAT, "audit.read");
        SqlFilter where = filterOf(filter);
        return where.bind(jdbc.sql("SELECT COUNT(*) FROM platform_audit_entry" + where.where()))
                .query(Integer.class)
                .single();
    }

    /** The kinds of record with entries, for the filter. */
    @Transactional(readOnly = true)
    public List<String> entities(SignedInUser reader) {
        reader.requireRole(Role.SECRETARIAT, "audit.read");
        return jdbc.sql("SELECT DISTINCT entity FROM platform_audit_entry ORDER BY entity")
                .query(String.class)
                .list();
    }

    private static SqlFilter filterOf(Filter filter) {
        return new SqlFilter()
                .equalTo("entity", filter.entity() == null || filter.entity().isBlank() ? null : filter.entity())
                .containsText(
                        filter.text(),
                        "LOWER(user_name)",
                        "LOWER(user_username)",
                        "LOWER(user_email)",
                        "LOWER(entity_id)",
                        "LOWER(organisation)");
    }

    private static @Nullable String json(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof String s ? s : JSON.writeValueAsString(value);
        return text.length() > MAX_JSON ? text.substring(0, MAX_JSON) + "…" : text;
    }
}
