package org.wego.plugins.noticeboard;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.ApprovalDecision;
import org.wego.plugin.api.ApprovalRequest;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;

/**
 * Posting, proposing and reading notices. Every change checks the caller's permission here, not in
 * the view, and is recorded in the platform's audit trail in the same transaction. The secretariat
 * posts directly; members propose, and a proposal is published when the secretariat approves it in
 * the platform's approvals inbox ({@link #decided}).
 */
@Component
@Transactional
public class Notices {

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
                        WHERE status = 'PUBLISHED' ORDER BY posted_at DESC, id DESC LIMIT :count
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
    public Optional<String> post(String title) {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, NoticeBoardPlugin.POST);
        String text = title.strip();
        Optional<String> problem = problemOf(text);
        if (problem.isPresent()) {
            return problem;
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

    /**
     * Proposes a notice for the user's organisation: it waits, unpublished, until the secretariat
     * decides the request this submits to the approvals inbox (in the same transaction).
     *
     * @return the message key of what is wrong with the title, or empty when it was proposed
     */
    Optional<String> propose(String title) {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, NoticeBoardPlugin.PROPOSE);
        String text = title.strip();
        Optional<String> problem = problemOf(text);
        if (problem.isPresent()) {
            return problem;
        }
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
        return Optional.empty();
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

    private static Optional<String> problemOf(String text) {
        if (text.isEmpty()) {
            return Optional.of("notice-board.title.required");
        }
        if (text.length() > MAX_TITLE) {
            return Optional.of("notice-board.title.too-long");
        }
        if (text.contains("<") || text.contains(">")) {
            return Optional.of("notice-board.title.markup");
        }
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
