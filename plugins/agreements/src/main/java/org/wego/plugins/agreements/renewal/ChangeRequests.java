package org.wego.plugins.agreements.renewal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.ApprovalDecision;
import org.wego.plugin.api.ApprovalRequest;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.agreements.register.Agreement;
import org.wego.plugins.agreements.register.Agreements;

/**
 * Members' change requests: a member party, or its regional office, proposes an amendment or a renewal of an
 * agreement in its scope (read through {@link Agreements#find}, so a forged id finds nothing); the request waits
 * in the secretariat's approvals inbox ({@link #TYPE}). Approved, a renewal runs the renewal ({@link Renewals})
 * and an amendment is kept as accepted, for the secretariat to record as an amendment with its documents;
 * refused, nothing else changes. The proposing organisation is told of the decision either way, in each
 * reader's language. Every step is audited.
 */
@Component
@Transactional
public class ChangeRequests {

    /** The approval type of change requests. */
    public static final String TYPE = "agreements.change";

    /** The permission to propose changes of one's agreements (members and regional offices). */
    public static final String PROPOSE = "agreements.change.propose";

    /** The audit trail's entity of a request. */
    public static final String ENTITY = "agreements.change-request";

    /** Who of the proposing organisation hears of the decision. */
    static final Set<Role> TOLD = Set.of(Role.MEMBER_CITY, Role.REGIONAL_OFFICE);

    private final PluginContext platform;
    private final Agreements agreements;
    private final Renewals renewals;
    private final JdbcClient jdbc;

    ChangeRequests(PluginContext platform, Agreements agreements, Renewals renewals) {
        this.platform = platform;
        this.agreements = agreements;
        this.renewals = renewals;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** Whether the signed-in user may propose changes (a member or regional office with an organisation). */
    @Transactional(readOnly = true)
    public boolean mayPropose() {
        return platform.currentUser()
                .map(user ->
                        user.organisation() != null && platform.permissions().isAllowed(user, PROPOSE))
                .orElse(false);
    }

    /**
     * Proposes a change of an agreement in the user's scope, for the user's organisation.
     *
     * @return the request's id
     * @throws InvalidInputException {@code agreements.not-found} for an agreement out of scope; on the field
     *     refused ({@link ChangeRules})
     */
    public long propose(long agreementId, ChangeInput input) {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, PROPOSE);
        OrganisationKey organisation = user.organisation();
        if (organisation == null) {
            throw new PermissionDeniedException(PROPOSE);
        }
        Agreement agreement =
                agreements.find(agreementId).orElseThrow(() -> new InvalidInputException(null, "agreements.not-found"));
        ChangeInput clean = ChangeRules.check(input, agreement.status());
        if (clean.kind() == ChangeKind.RENEWAL && renewalPending(agreementId)) {
            // One renewal waits at a time: a second could only be rejected once the first is approved.
            throw InvalidInputException.of(ChangeInput.KIND, "agreements.renewal.invalid.pending");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO agreements_change_request (agreement_id, kind, text_en, text_ko, reason,
                            organisation_key, status, submitted_by, submitted_at)
                        VALUES (:agreement, :kind, :en, :ko, :reason, :organisation, 'PENDING', :by, :at)""")
                .param("agreement", agreementId)
                .param("kind", clean.kind().name())
                .param("en", clean.textEn())
                .param("ko", clean.textKo())
                .param("reason", clean.reason())
                .param("organisation", organisation.value())
                .param("by", user.displayName())
                .param("at", LocalDateTime.now(platform.clock()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        var details = new LinkedHashMap<String, String>();
        details.put("agreements.renewal.field.agreement", "#" + agreementId + " " + title(agreement));
        String kind = bilingual("agreements.renewal.kind." + clean.kind().name());
        details.put("agreements.renewal.field.kind", kind);
        if (clean.textEn() != null) {
            details.put("agreements.renewal.field.text-en", clean.textEn());
        }
        if (clean.textKo() != null) {
            details.put("agreements.renewal.field.text-ko", clean.textKo());
        }
        details.put("agreements.renewal.field.reason", clean.reason());
        String heading = kind + ": " + title(agreement);
        long request = platform.approvals()
                .submit(new ApprovalRequest(
                        TYPE,
                        organisation,
                        heading.length() > 200 ? heading.substring(0, 199) + "…" : heading,
                        details,
                        Long.toString(id)));
        jdbc.sql("UPDATE agreements_change_request SET approval_request_id = :request WHERE id = :id")
                .param("request", request)
                .param("id", id)
                .update();
        platform.audit().record(ENTITY, Long.toString(id), null, read(id));
        return id;
    }

    /**
     * The platform calls this when the secretariat decides a request, in the decision's transaction: an approved
     * renewal renews the agreement (refused, and so the whole decision, when it was renewed meanwhile); an
     * approved amendment is stored as accepted; the proposing organisation is told.
     */
    public void decided(ApprovalDecision decision) {
        long id = Long.parseLong(decision.subject());
        ChangeRequest before = jdbc.sql("SELECT * FROM agreements_change_request WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(ChangeRequests::row)
                .optional()
                .filter(r -> r.status() == ApprovalStatus.PENDING)
                .orElseThrow(() -> new IllegalStateException("Change request " + id + " is no longer pending"));
        Long successor = null;
        if (decision.approved() && before.kind() == ChangeKind.RENEWAL) {
            try {
                successor = renewals.renewFor(
                        before.agreement(), decision.decidedBy().displayName());
            } catch (InvalidInputException e) {
                throw new IllegalStateException(
                        "The agreement cannot be renewed now (" + e.messageKey()
                                + "): it may have been renewed already; reject the request with a comment.",
                        e);
            }
        }
        jdbc.sql("""
                        UPDATE agreements_change_request SET status = :status, successor_id = :successor,
                            decided_by = :by, decided_at = :at, decision_comment = :comment
                        WHERE id = :id""")
                .param("status", decision.outcome().name())
                .param("successor", successor)
                .param("by", decision.decidedBy().displayName())
                .param("at", decision.decidedAt())
                .param("comment", decision.comment())
                .param("id", id)
                .update();
        platform.audit().record(ENTITY, Long.toString(id), before, read(id));
        platform.notifications()
                .notifyOrganisation(
                        OrganisationKey.of(before.organisation()),
                        TOLD,
                        decision.approved()
                                ? "agreements.renewal.decided.approved"
                                : "agreements.renewal.decided.rejected",
                        "agreements/agreement?id=" + before.agreement(),
                        Long.toString(before.agreement()),
                        decision.comment() == null ? "" : decision.comment());
    }

    /**
     * The requests of an agreement the user may see (the agreement in scope), the newest first: all its requests
     * for the secretariat, for a member or office those of its agreement (its parties' proposals).
     */
    @Transactional(readOnly = true)
    public List<ChangeRequest> of(long agreementId) {
        if (agreements.find(agreementId).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM agreements_change_request WHERE agreement_id = :id ORDER BY id DESC")
                .param("id", agreementId)
                .query(ChangeRequests::row)
                .list();
    }

    private boolean renewalPending(long agreementId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM agreements_change_request
                        WHERE agreement_id = :id AND kind = 'RENEWAL' AND status = 'PENDING'""").param("id", agreementId).query(Long.class).single() > 0;
    }

    private ChangeRequest read(long id) {
        return jdbc.sql("SELECT * FROM agreements_change_request WHERE id = :id")
                .param("id", id)
                .query(ChangeRequests::row)
                .single();
    }

    /** The inbox shows one text to every officer: both languages of a value. */
    private String bilingual(String key) {
        return platform.messages(Locale.ENGLISH).get(key) + " / "
                + platform.messages(Locale.KOREAN).get(key);
    }

    private static String title(Agreement agreement) {
        String en = agreement.titleEn();
        String ko = agreement.titleKo();
        return en != null && ko != null ? en + " / " + ko : en != null ? en : ko == null ? "" : ko;
    }

    private static ChangeRequest row(ResultSet rs, int n) throws SQLException {
        return new ChangeRequest(
                rs.getLong("id"),
                rs.getLong("agreement_id"),
                ChangeKind.valueOf(rs.getString("kind")),
                rs.getString("text_en"),
                rs.getString("text_ko"),
                rs.getString("reason"),
                rs.getString("organisation_key"),
                ApprovalStatus.valueOf(rs.getString("status")),
                rs.getObject("successor_id", Long.class),
                rs.getString("submitted_by"),
                rs.getObject("submitted_at", LocalDateTime.class),
                rs.getString("decided_by"),
                rs.getObject("decided_at", LocalDateTime.class),
                rs.getString("decision_comment"),
                rs.getObject("approval_request_id", Long.class));
    }
}
