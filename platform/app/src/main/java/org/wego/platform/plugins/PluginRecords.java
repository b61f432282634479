package org.wego.platform.plugins;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which plugins are installed and whether the secretariat switched them off: survives restarts. */
@Repository
class PluginRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    PluginRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Enabled flag by plugin id. */
    Map<String, Boolean> enabledById() {
        return jdbc
                .sql("SELECT plugin_id, enabled FROM platform_plugin")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getBoolean(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void save(String id, String version, boolean enabled) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                        INSERT INTO platform_plugin (plugin_id, version, enabled, installed_at, updated_at)
                        VALUES (:id, :version, :enabled, :now, :now)
                        ON DUPLICATE KEY UPDATE version = VALUES(version), enabled = VALUES(enabled),
                                                updated_at = VALUES(updated_at)
                        """)
                .param("id", id)
                .param("version", version)
                .param("enabled", enabled)
                .param("now", now)
                .update();
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM platform_plugin WHERE plugin_id = :id")
                .param("id", id)
                .update();
    }
}
