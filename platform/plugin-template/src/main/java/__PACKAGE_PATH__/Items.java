package __PACKAGE__;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;

/**
 * Reading and adding items. The permission is checked here, not in the view, and every change is
 * recorded in the platform's audit trail in the same transaction.
 */
@Component
@Transactional
class Items {

    static final int MAX_TITLE = 200;

    private final PluginContext platform;
    private final JdbcClient jdbc;

    Items(PluginContext platform) {
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** The newest items first. */
    @Transactional(readOnly = true)
    List<Item> latest(int count) {
        return jdbc.sql("""
                        SELECT id, title, added_by, added_at FROM __TABLE___item
                        ORDER BY added_at DESC, id DESC LIMIT :count""")
                .param("count", count)
                .query((rs, row) -> new Item(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("added_by"),
                        rs.getObject("added_at", LocalDateTime.class)))
                .list();
    }

    /**
     * Adds an item as the signed-in user.
     *
     * @return the message key of what is wrong with the title, or empty when it was added
     */
    Optional<String> add(String title) {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, __NAME__Plugin.ADD);
        String text = title.strip();
        if (text.isEmpty()) {
            return Optional.of("__PLUGIN_ID__.title.required");
        }
        if (text.length() > MAX_TITLE) {
            return Optional.of("__PLUGIN_ID__.title.too-long");
        }
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(platform.clock());
        jdbc.sql("INSERT INTO __TABLE___item (title, added_by, added_at) VALUES (:title, :by, :at)")
                .param("title", text)
                .param("by", user.displayName())
                .param("at", now)
                .update(keys);
        long id = keys.getKeyAs(Number.class).longValue();
        platform.audit().record("__PLUGIN_ID__.item", Long.toString(id), null, new Item(id, text, user.displayName(), now));
        return Optional.empty();
    }
}
