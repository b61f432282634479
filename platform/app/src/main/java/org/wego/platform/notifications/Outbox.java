package org.wego.platform.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.MailAttachment;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** The mail outbox table: what waits to be sent, and the log of what was sent or given up. */
@Repository
public class Outbox {

    enum Status {
        PENDING,
        SENT,
        FAILED
    }

    /**
     * One mail as the secretariat's outbox screen shows it.
     *
     * @param id its id
     * @param recipient the address (for a user, once it was looked up), else the user's id
     * @param subject in the language it was (or will be) sent in
     * @param status pending, sent or failed
     * @param attempts how often sending was tried
     * @param createdAt when the change that wrote it committed
     * @param sentAt when it left, or {@code null}
     * @param lastError why the last attempt failed, or {@code null}
     */
    public record Entry(
            long id,
            String recipient,
            String subject,
            String status,
            int attempts,
            LocalDateTime createdAt,
            @Nullable LocalDateTime sentAt,
            @Nullable String lastError) {}

    /** A due mail, locked by the sender. */
    record Due(
            long id,
            @Nullable String userId,
            @Nullable String address,
            @Nullable String language,
            Texts texts,
            int attempts) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues a mail in the caller's transaction; its recipient is a user or an address. */
    @Transactional(propagation = Propagation.MANDATORY)
    long add(
            @Nullable String userId,
            @Nullable String address,
            @Nullable Locale language,
            Texts texts,
            List<MailAttachment> attachments) {
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                        INSERT INTO platform_outbox (user_id, address, language, subject_en, subject_ko, body_en, body_ko,
                                                     status, attempts, created_at, next_attempt_at)
                        VALUES (:user, :address, :language, :subjectEn, :subjectKo, :bodyEn, :bodyKo, 'PENDING', 0, :now, :now)""")
                .param("user", userId)
                .param("address", address)
                .param("language", language == null ? null : language.getLanguage())
                .param("subjectEn", texts.subjectEn())
                .param("subjectKo", texts.subjectKo())
                .param("bodyEn", texts.bodyEn())
                .param("bodyKo", texts.bodyKo())
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (MailAttachment attachment : attachments) {
            jdbc.sql("""
                            INSERT INTO platform_outbox_attachment (outbox_id, file_name, content_type, content)
                            VALUES (:outbox, :name, :type, :content)""")
                    .param("outbox", id)
                    .param("name", attachment.fileName())
                    .param("type", attachment.contentType())
                    .param("content", attachment.content())
                    .update();
        }
        return id;
    }

    /** Locks up to {@code limit} due mails; another node's sender skips them (no double sending). */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Due> lockDue(int limit) {
        return jdbc.sql("""
                        SELECT id, user_id, address, language, subject_en, subject_ko, body_en, body_ko, attempts
                        FROM platform_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("now", LocalDateTime.now(clock))
                .param("limit", limit)
                .query((rs, row) -> new Due(
                        rs.getLong("id"),
                        rs.getString("user_id"),
                        rs.getString("address"),
                        rs.getString("language"),
                        new Texts(
                                rs.getString("subject_en"),
                                rs.getString("subject_ko"),
                                rs.getString("body_en"),
                                rs.getString("body_ko")),
                        rs.getInt("attempts")))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<MailAttachment> attachments(long id) {
        return jdbc.sql(
                        "SELECT file_name, content_type, content FROM platform_outbox_attachment WHERE outbox_id = :id ORDER BY id")
                .param("id", id)
                .query((rs, row) -> new MailAttachment(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void sent(long id, String address, Locale language) {
        jdbc.sql("""
                        UPDATE platform_outbox SET status = 'SENT', address = :address, language = :language,
                               attempts = attempts + 1, sent_at = :now, last_error = NULL WHERE id = :id""")
                .param("address", address)
                .param("language", language.getLanguage())
                .param("now", LocalDateTime.now(clock))
                .param("id", id)
                .update();
    }

    /** Schedules another attempt, or gives up: @return the status it is left in */
    @Transactional(propagation = Propagation.MANDATORY)
    Status failed(Due due, String error, boolean permanent, int maxAttempts) {
        int attempts = due.attempts() + 1;
        Status status = permanent || attempts >= maxAttempts ? Status.FAILED : Status.PENDING;
        // 10 s, 20 s, 40 s, … up to an hour between attempts.
        long wait = Math.min(3600, 10L << Math.min(attempts - 1, 12));
        jdbc.sql("""
                        UPDATE platform_outbox SET status = :status, attempts = :attempts,
                               next_attempt_at = :next, last_error = :error WHERE id = :id""")
                .param("status", status.name())
                .param("attempts", attempts)
                .param("next", LocalDateTime.now(clock).plusSeconds(wait))
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("id", due.id())
                .update();
        return status;
    }

    /** The newest mails first, for the secretariat. */
    @Transactional(readOnly = true)
    public List<Entry> read(SignedInUser reader, int offset, int limit) {
        reader.requireRole(Role.SECRETARIAT, "outbox.read");
        String subject =
                Locale.KOREAN.getLanguage().equals(reader.locale().getLanguage()) ? "subject_ko" : "subject_en";
        return jdbc.sql("SELECT id, COALESCE(address, user_id) AS recipient,"
                        + " CASE WHEN language = 'ko' THEN subject_ko WHEN language = 'en' THEN subject_en ELSE "
                        + subject + " END AS subject, status, attempts, created_at, sent_at, last_error"
                        + " FROM platform_outbox ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", Math.max(0, Math.min(limit, 500)))
                .param("offset", Math.max(0, offset))
                .query(Outbox::entry)
                .list();
    }

    @Transactional(readOnly = true)
    public int count(SignedInUser reader) {
        reader.requireRole(Role.SECRETARIAT, "outbox.read");
        return jdbc.sql("SELECT COUNT(*) FROM platform_outbox")
                .query(Integer.class)
                .single();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("sent_at", LocalDateTime.class),
                rs.getString("last_error"));
    }
}
