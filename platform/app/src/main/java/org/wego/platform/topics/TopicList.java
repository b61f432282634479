package org.wego.platform.topics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wego.platform.audit.AuditTrail;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.Topic;
import org.wego.plugin.api.Topics;

/**
 * The topic list: read by everyone (plugins through {@link Topics}), changed by the secretariat only,
 * each change audited in its transaction. Topics are never deleted: retiring one keeps its names for
 * the records that store its code.
 */
@Service
@Transactional
public class TopicList implements Topics {

    static final String AUDIT_ENTITY = "platform.topic";
    private static final String PERMISSION = "platform.topics.manage";
    private static final String COLUMNS = "code, name_en, name_ko, position, retired FROM platform_topic";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    TopicList(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Topic> current() {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE NOT retired ORDER BY position, code")
                .query(Topic.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Topic> all() {
        return jdbc.sql("SELECT " + COLUMNS + " ORDER BY retired, position, code")
                .query(Topic.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Topic> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE code = :code")
                .param("code", code)
                .query(Topic.class)
                .optional();
    }

    /** Adds a topic at the end of the list. */
    public Topic add(SignedInUser user, String code, String nameEn, String nameKo) {
        user.requireRole(Role.SECRETARIAT, PERMISSION);
        String checked = TopicRules.code(code);
        String en = TopicRules.name("nameEn", nameEn);
        String ko = TopicRules.name("nameKo", nameKo);
        if (byCode(checked).isPresent()) {
            throw new InvalidInputException("code", "topics.error.code-taken");
        }
        jdbc.sql("""
                        INSERT INTO platform_topic (code, name_en, name_ko, position, retired)
                        SELECT :code, :en, :ko, COALESCE(MAX(position), 0) + 10, FALSE FROM platform_topic""").param("code", checked).param("en", en).param("ko", ko).update();
        Topic added = require(checked);
        audit.recordAs(user, AUDIT_ENTITY, checked, null, snapshot(added));
        return added;
    }

    /** Renames a topic in both languages. */
    public Topic rename(SignedInUser user, String code, String nameEn, String nameKo) {
        user.requireRole(Role.SECRETARIAT, PERMISSION);
        Topic before = locked(code);
        jdbc.sql("UPDATE platform_topic SET name_en = :en, name_ko = :ko, version = version + 1 WHERE code = :code")
                .param("en", TopicRules.name("nameEn", nameEn))
                .param("ko", TopicRules.name("nameKo", nameKo))
                .param("code", code)
                .update();
        return changed(user, before);
    }

    /** Retires a topic (no longer offered) or offers it again; stored codes keep showing its names. */
    public Topic retire(SignedInUser user, String code, boolean retired) {
        user.requireRole(Role.SECRETARIAT, PERMISSION);
        Topic before = locked(code);
        jdbc.sql("UPDATE platform_topic SET retired = :retired, version = version + 1 WHERE code = :code")
                .param("retired", retired)
                .param("code", code)
                .update();
        return changed(user, before);
    }

    /** Swaps a current topic with its neighbour above ({@code up}) or below in the list. */
    public void move(SignedInUser user, String code, boolean up) {
        user.requireRole(Role.SECRETARIAT, PERMISSION);
        locked(code);
        List<Topic> order = jdbc.sql("SELECT " + COLUMNS + " WHERE NOT retired ORDER BY position, code FOR UPDATE")
                .query(Topic.class)
                .list();
        int at = indexOf(order, code);
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= order.size()) {
            return;
        }
        Topic a = order.get(at);
        Topic b = order.get(other);
        // Positions may repeat after manual edits: renumber the pair so the swap is always visible.
        int first = Math.min(a.position(), b.position());
        int second = Math.max(first + 1, Math.max(a.position(), b.position()));
        position(a.code(), up ? first : second);
        position(b.code(), up ? second : first);
        audit.recordAs(
                user, AUDIT_ENTITY, code, Map.of("position", a.position()), Map.of("position", up ? first : second));
    }

    private static int indexOf(List<Topic> order, String code) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private void position(String code, int position) {
        jdbc.sql("UPDATE platform_topic SET position = :position, version = version + 1 WHERE code = :code")
                .param("position", position)
                .param("code", code)
                .update();
    }

    private Topic locked(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE code = :code FOR UPDATE")
                .param("code", code)
                .query(Topic.class)
                .optional()
                .orElseThrow(() -> new InvalidInputException("code", "topics.error.unknown"));
    }

    private Topic require(String code) {
        return byCode(code).orElseThrow(() -> new IllegalStateException("topic " + code + " just written is gone"));
    }

    private Topic changed(SignedInUser user, Topic before) {
        Topic after = require(before.code());
        audit.recordAs(user, AUDIT_ENTITY, before.code(), snapshot(before), snapshot(after));
        return after;
    }

    private static Map<String, @Nullable Object> snapshot(Topic topic) {
        var fields = new LinkedHashMap<String, @Nullable Object>();
        fields.put("nameEn", topic.nameEn());
        fields.put("nameKo", topic.nameKo());
        fields.put("position", topic.position());
        fields.put("retired", topic.retired());
        return fields;
    }
}
