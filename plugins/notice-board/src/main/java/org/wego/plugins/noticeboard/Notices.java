package org.wego.plugins.noticeboard;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.ApprovalDecision;
import org.wego.plugin.api.ApprovalRequest;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InputRules;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.SignedInUser;

/**
 * Posting, proposing and reading notices. Every change checks the caller's permission here, not in
 * the view, and is recorded in the platform's audit trail in the same transaction. The secretariat
 * posts directly; members propose, and a proposal is published when the secretariat approves it in
 * the platform's approvals inbox ({@link #decided}). Titles are checked with the plugin API's {@link
 * InputRules} (length, control characters) and stored as typed: {@code <script>} is text, which the
 * view sets as text.
 */
@Component
@Transactional
public class Notices {

    static final int MAX_TITLE = 200;
    static final int KEPT_DAYS = 90;
    static final InputField TITLE = InputField.of("title");
    static final InputField RELATED = InputField.of("related");

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
                        SELECT id, title, posted_by, posted_at, related_record FROM notice_board_notice
                        WHERE status = 'PUBLISHED' ORDER BY posted_at DESC, id DESC LIMIT :count
                        """)
                .param("count", count)
                .query((rs, row) -> new Notice(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("posted_by"),
                        rs.getObject("posted_at", LocalDateTime.class),
                        rs.getString("related_record")))
                .list();
    }

    /** Posts a notice without a related record. */
    public void post(@Nullable String title) {
        post(title, null);
    }

    /**
     * Posts a notice as the signed-in user, optionally pointing to a record of another plugin.
     *
     * @throws InvalidInputException on {@link #TITLE} or {@link #RELATED}
     */
    void post(@Nullable String title, @Nullable String related) {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, NoticeBoardPlugin.POST);
        String text = InputRules.required(TITLE, title, MAX_TITLE);
        String reference = relatedRecord(related);
        var keys = new GeneratedKeyHolder();
        var notice = new Notice(0, text, user.displayName(), LocalDateTime.now(platform.clock()), reference);
        jdbc.sql("""
                        INSERT INTO notice_board_notice (title, posted_by, posted_at, related_record)
                        VALUES (:title, :by, :at, :related)""")
                .param("title", notice.title())
                .param("by", notice.postedBy())
                .param("at", notice.postedAt())
                .param("related", reference)
                .update(keys);
        long id = keys.getKeyAs(Number.class).longValue();
        platform.audit()
                .record(
                        "notice-board.notice",
                        Long.toString(id),
                        null,
                        new Notice(id, text, user.displayName(), notice.postedAt(), reference));
    }

    /**
     * A related record as the user typed it ({@code training:programme:42}), checked before it is
     * stored: a running plugin offers its type and shows the record to this user. Blank is none.
     */
    private @Nullable String relatedRecord(@Nullable String related) {
        String text = InputRules.optional(RELATED, related, RecordReference.MAX_LENGTH);
        if (text == null) {
            return null;
        }
        RecordReference reference;
        try {
            reference = RecordReference.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(RELATED, "notice-board.related.invalid");
        }
        if (!platform.references().isOffered(reference.pluginId(), reference.type())
                || !platform.references().show(reference, Locale.ENGLISH).available()) {
            throw InvalidInputException.of(RELATED, "notice-board.related.unknown");
        }
        return reference.value();
    }

    /**
     * Proposes a notice for the user's organisation: it waits, unpublished, until the secretariat
     * decides the request this submits to the approvals inbox (in the same transaction).
     *
     * @throws InvalidInputException on {@link #TITLE}
     */
    void propose(@Nullable String title) {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, NoticeBoardPlugin.PROPOSE);
        String text = InputRules.required(TITLE, title, MAX_TITLE);
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(platform.clock());
        jdbc.sql("""
                        INSERT INTO notice_board_notice (title, posted_by, posted_at, status, organisation)
                        VALUES (:title, :by, :at, 'PROPOSED', :organisation)""")
                .param("title", text)
                .param("by", user.displayName())
                .param("at", now)
                .param("organisation", user.organisation().value())
                .update(keys);
        long id = keys.getKeyAs(Number.class).longValue();
        long request = platform.approvals()
                .submit(new ApprovalRequest(
                        NoticeBoardPlugin.PROPOSAL,
                        user.organisation(),
                        text,
                        Map.of("notice-board.title", text),
                        Long.toString(id)));
        jdbc.sql("UPDATE notice_board_notice SET approval_request_id = :request WHERE id = :id")
                .param("request", request)
                .param("id", id)
                .update();
        platform.audit()
                .record("notice-board.notice", Long.toString(id), null, Map.of("title", text, "status", "PROPOSED"));
    }

    /** The proposals of the user's organisation, newest first, with how they were decided. */
    @Transactional(readOnly = true)
    List<Proposal> proposalsOfMyOrganisation(int count) {
        SignedInUser user = platform.requireUser();
        return jdbc.sql("""
                        SELECT id, title, status, decision_comment, posted_at FROM notice_board_notice
                        WHERE organisation = :organisation ORDER BY id DESC LIMIT :count
                        """)
                .param("organisation", user.organisation().value())
                .param("count", count)
                .query((rs, row) -> new Proposal(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("status"),
                        rs.getString("decision_comment"),
                        rs.getObject("posted_at", LocalDateTime.class)))
                .list();
    }

    /**
     * The platform calls this when the secretariat decides a proposal, inside the decision's
     * transaction: approved, the notice is published as of the decision; rejected, it stays hidden
     * with the comment. Throwing here rolls the whole decision back and shows the officer the message.
     */
    void decided(ApprovalDecision decision) {
        String status = decision.approved() ? "PUBLISHED" : "REJECTED";
        int changed = jdbc.sql("""
                        UPDATE notice_board_notice SET status = :status, decision_comment = :comment,
                            posted_at = CASE WHEN :status = 'PUBLISHED' THEN :at ELSE posted_at END
                        WHERE id = :id AND status = 'PROPOSED'""")
                .param("status", status)
                .param("comment", decision.comment())
                .param("at", decision.decidedAt())
                .param("id", Long.parseLong(decision.subject()))
                .update();
        if (changed != 1) {
            throw new IllegalStateException("Notice " + decision.subject() + " is no longer waiting for a decision");
        }
        platform.audit()
                .record(
                        "notice-board.notice",
                        decision.subject(),
                        Map.of("status", "PROPOSED"),
                        Map.of("status", status));
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
