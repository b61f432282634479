package org.wego.plugins.noticeboard;

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
 * Posting and reading notices. Every change checks the caller's permission here, not in the view,
 * and is recorded in the platform's audit trail in the same transaction.
 */
@Component
@Transactional
class Notices {

    static final int MAX_TITLE = 200;
    static final int KEPT_DAYS = 90;

    private final PluginContext platform;
    private final JdbcClient jdbc;

    Notices(PluginContext platform) {
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** The newest notices first. */
    @Transactional(readOnly = true)
    List<Notice> latest(int count) {
        return jdbc.sql("""
                        SELECT id, title, posted_by, posted_at FROM notice_board_notice
                        ORDER BY posted_at DESC, id DESC LIMIT :count
                        """)
                .param("count", count)
                .query((rs, row) -> new Notice(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("posted_by"),
                        rs.getObject("posted_at", LocalDateTime.class)))
                .list();
    }

    /**
     * Posts a notice as the signed-in user.
     *
     * @return the message key of what is wrong with the title, or empty when it was posted
     */
    Optional<String> post(String title) {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, NoticeBoardPlugin.POST);
        String text = title.strip();
        if (text.isEmpty()) {
            return Optional.of("notice-board.title.required");
        }
        if (text.length() > MAX_TITLE) {
            return Optional.of("notice-board.title.too-long");
        }
        var keys = new GeneratedKeyHolder();
        var notice = new Notice(0, text, user.displayName(), LocalDateTime.now(platform.clock()));
        jdbc.sql("INSERT INTO notice_board_notice (title, posted_by, posted_at) VALUES (:title, :by, :at)")
                .param("title", notice.title())
                .param("by", notice.postedBy())
                .param("at", notice.postedAt())
                .update(keys);
        long id = keys.getKeyAs(Number.class).longValue();
        platform.audit()
                .record(
                        "notice-board.notice",
                        Long.toString(id),
                        null,
                        new Notice(id, text, user.displayName(), notice.postedAt()));
        return Optional.empty();
    }

    /** Run by the platform's scheduler, once per cluster: notices older than 90 days go, audited. */
    void expireOld() {
        LocalDateTime limit = LocalDateTime.now(platform.clock()).minusDays(KEPT_DAYS);
        int removed = jdbc.sql("DELETE FROM notice_board_notice WHERE posted_at < :limit")
                .param("limit", limit)
                .update();
        if (removed > 0) {
            platform.audit().record("notice-board.notice", "older than " + limit, removed + " notices", null);
        }
    }
}
