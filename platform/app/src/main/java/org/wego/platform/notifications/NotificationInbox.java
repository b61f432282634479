package org.wego.platform.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.SignedInUser;

/**
 * Each user's in-app notifications. A reader only ever sees and marks their own: every query is
 * bound to the reader's id, so a foreign or unknown id changes nothing.
 */
@Service
public class NotificationInbox {

    /**
     * One notification in the reader's language.
     *
     * @param id its id
     * @param subject one line
     * @param body the text
     * @param link a platform path to open, or {@code null}
     * @param createdAt when it was written
     * @param readAt when the reader marked it read, {@code null} while unread
     */
    public record Notification(
            long id,
            String subject,
            String body,
            @Nullable String link,
            LocalDateTime createdAt,
            @Nullable LocalDateTime readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationInbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a notification for the user, in the caller's transaction. */
    @Transactional
    void add(String userId, Texts texts, @Nullable String link) {
        jdbc.sql("""
                        INSERT INTO platform_notification (user_id, subject_en, subject_ko, body_en, body_ko, link, created_at)
                        VALUES (:user, :subjectEn, :subjectKo, :bodyEn, :bodyKo, :link, :now)""")
                .param("user", userId)
                .param("subjectEn", texts.subjectEn())
                .param("subjectKo", texts.subjectKo())
                .param("bodyEn", texts.bodyEn())
                .param("bodyKo", texts.bodyKo())
                .param("link", link)
                .param("now", LocalDateTime.now(clock))
                .update();
    }

    /** The reader's notifications, newest first, in their current language. */
    @Transactional(readOnly = true)
    public List<Notification> list(SignedInUser reader, boolean unreadOnly, int offset, int limit) {
        String language = Locale.KOREAN.getLanguage().equals(reader.locale().getLanguage()) ? "ko" : "en";
        return jdbc.sql("SELECT id, subject_" + language + " AS subject, body_" + language + " AS body, link,"
                        + " created_at, read_at FROM platform_notification WHERE user_id = :user"
                        + (unreadOnly ? " AND read_at IS NULL" : "")
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("user", reader.id())
                .param("limit", Math.max(0, Math.min(limit, 500)))
                .param("offset", Math.max(0, offset))
                .query((rs, row) -> new Notification(
                        rs.getLong("id"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link"),
                        rs.getObject("created_at", LocalDateTime.class),
                        rs.getObject("read_at", LocalDateTime.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public int count(SignedInUser reader, boolean unreadOnly) {
        return jdbc.sql("SELECT COUNT(*) FROM platform_notification WHERE user_id = :user"
                        + (unreadOnly ? " AND read_at IS NULL" : ""))
                .param("user", reader.id())
                .query(Integer.class)
                .single();
    }

    /** The bell's number. */
    public int unread(SignedInUser reader) {
        return count(reader, true);
    }

    /** Marks one of the reader's notifications read; @return whether it was theirs and unread */
    @Transactional
    public boolean markRead(SignedInUser reader, long id) {
        return jdbc.sql("UPDATE platform_notification SET read_at = :now WHERE id = :id AND user_id = :user"
                                + " AND read_at IS NULL")
                        .param("now", LocalDateTime.now(clock))
                        .param("id", id)
                        .param("user", reader.id())
                        .update()
                == 1;
    }

    /** @return how many were unread */
    @Transactional
    public int markAllRead(SignedInUser reader) {
        return jdbc.sql("UPDATE platform_notification SET read_at = :now WHERE user_id = :user AND read_at IS NULL")
                .param("now", LocalDateTime.now(clock))
                .param("user", reader.id())
                .update();
    }
}
