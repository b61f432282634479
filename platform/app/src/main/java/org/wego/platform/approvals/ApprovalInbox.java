package org.wego.platform.approvals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.audit.AuditTrail;
import org.wego.platform.jdbc.SqlFilter;
import org.wego.platform.security.CurrentUser;
import org.wego.platform.transactions.RetryingTransactionTemplate;
import org.wego.plugin.api.ApprovalDecision;
import org.wego.plugin.api.ApprovalException;
import org.wego.plugin.api.ApprovalRequest;
import org.wego.plugin.api.ApprovalState;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.Approvals;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approvals inbox: plugins submit requests, the secretariat lists and decides them, submitters
 * follow their organisation's. Every method checks the caller's role and organisation scope itself.
 * These public methods are also what the REST layer calls.
 */
@Service
public class ApprovalInbox {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApprovalInbox.class);

    /** The audit trail's name for a request. */
    static final String ENTITY = "platform.approval-request";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String COLUMNS = """
            r.id, r.type, r.plugin_id, r.org_key, COALESCE(o.name_en, r.org_key) AS name_en,
            COALESCE(o.name_ko, r.org_key) AS name_ko, r.title, r.details_json, r.subject, r.submitter_name,
            r.submitter_username, r.submitted_at, r.status, r.decision_comment, r.decided_by_name,
            r.decided_by_username, r.decided_at, r.version
            """;
    private static final String FROM = """
             FROM platform_approval_request r
            LEFT JOIN platform_organisation o ON o.org_key = r.org_key
            LEFT JOIN platform_organisation office ON office.id = o.regional_office_id""";

    private final JdbcClient jdbc;
    private final ApprovalTypes types;
    private final OrganisationDirectory organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ApprovalInbox(
            JdbcClient jdbc,
            ApprovalTypes types,
            OrganisationDirectory organisations,
            AuditTrail audit,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.types = types;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transactions = new RetryingTransactionTemplate(transactions);
    }

    // ---- plugins

    /** The inbox as one plugin sees it through its {@code PluginContext}. */
    public Approvals forPlugin(String pluginId) {
        return new PluginApprovals(pluginId, this, currentUser);
    }

    /**
     * Submits a request of a type the plugin declared, in the caller's transaction or a new one,
     * audited.
     *
     * @return the request's id
     */
    public long submit(String pluginId, SignedInUser submitter, ApprovalRequest request) {
        if (!ApprovalRules.isTypeOf(pluginId, request.type())
                || types.find(request.type())
                        .filter(declared -> declared.pluginId().equals(pluginId))
                        .isEmpty()) {
            throw new ApprovalException(
                    "approvals.error.undeclared-type",
                    "Plugin " + pluginId + " declared no approval type " + request.type(),
                    request.type());
        }
        ApprovalRules.checkRequest(request);
        Organisation organisation = organisations
                .byKey(request.organisation())
                .orElseThrow(() -> new InvalidInputException(
                        "organisation",
                        "approvals.error.unknown-organisation",
                        request.organisation().value()));
        if (!organisations.isInScopeOf(submitter, organisation)) {
            throw new PermissionDeniedException("approvals.submit for " + organisation.key());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Long id = transactions.execute(status -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO platform_approval_request (type, plugin_id, org_key, title, details_json, subject,
                                submitter_id, submitter_name, submitter_username, submitted_at, status, version)
                            VALUES (:type, :plugin, :org, :title, :details, :subject, :submitterId, :submitterName,
                                :submitterUsername, :at, 'PENDING', 0)""")
                    .param("type", request.type())
                    .param("plugin", pluginId)
                    .param("org", organisation.key().value())
                    .param("title", request.title().strip())
                    .param("details", JSON.writeValueAsString(request.details()))
                    .param("subject", request.subject().strip())
                    .param("submitterId", submitter.id())
                    .param("submitterName", submitter.displayName())
                    .param("submitterUsername", nullIfEmpty(submitter.username()))
                    .param("at", now)
                    .update(keys);
            long newId = keys.getKeyAs(Number.class).longValue();
            audit.recordAs(
                    submitter, ENTITY, Long.toString(newId), null, summary(newId, request, ApprovalStatus.PENDING));
            return newId;
        });
        return java.util.Objects.requireNonNull(id);
    }

    /** One of a plugin's requests as it stands; empty for an unknown id or another plugin's request. */
    public Optional<ApprovalState> state(String pluginId, long id) {
        return find(id, false)
                .filter(r -> r.pluginId().equals(pluginId))
                .map(r -> new ApprovalState(
                        r.id(),
                        r.type(),
                        r.organisation(),
                        r.subject(),
                        r.status(),
                        r.comment(),
                        r.decidedBy(),
                        r.decidedAt()));
    }

    // ---- reading, within the reader's scope

    /**
     * A page of the requests the reader may see: the secretariat every request, a regional office
     * those of its own organisation and its region's members, anyone else their own organisation's.
     */
    public List<InboxRequest> list(SignedInUser reader, InboxFilter filter, InboxPage page) {
        SqlFilter where = filterOf(filter);
        String order = page.sortBy().column() + (page.ascending() ? " ASC" : " DESC") + ", r.id DESC";
        return where.bind(jdbc.sql("SELECT " + COLUMNS + FROM + where(where, reader) + " ORDER BY " + order
                                + " LIMIT :limit OFFSET :offset")
                        .param("scopeOrg", reader.organisation().value())
                        .param("limit", Math.min(Math.max(page.limit(), 1), 500))
                        .param("offset", Math.max(page.offset(), 0)))
                .query(ApprovalInbox::map)
                .list();
    }

    /** How many requests {@link #list} finds in all. */
    public int count(SignedInUser reader, InboxFilter filter) {
        SqlFilter where = filterOf(filter);
        return where.bind(jdbc.sql("SELECT COUNT(*)" + FROM + where(where, reader))
                        .param("scopeOrg", reader.organisation().value()))
                .query(Integer.class)
                .single();
    }

    /** One request, if it exists and is in the reader's scope. */
    public Optional<InboxRequest> byId(SignedInUser reader, long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + where(new SqlFilter().equalTo("r.id", id), reader))
                .param("p0", id)
                .param("scopeOrg", reader.organisation().value())
                .query(ApprovalInbox::map)
                .optional();
    }

    /** The names of the types declared now or found among the requests, for a filter. */
    public List<String> typeNames() {
        var names = new java.util.TreeSet<>(jdbc.sql("SELECT DISTINCT type FROM platform_approval_request")
                .query(String.class)
                .list());
        types.all().forEach(declared -> names.add(declared.type().name()));
        return List.copyOf(names);
    }

    /** The message key of a type's label, while its plugin runs. */
    public Optional<String> labelKey(String type) {
        return types.find(type).map(declared -> declared.type().labelKey());
    }

    /** Whether requests of the type can be decided now: its plugin runs. */
    public boolean isDecidable(String type) {
        return types.find(type).isPresent();
    }

    // ---- deciding (secretariat only)

    /**
     * Approves or rejects one pending request in one transaction: the status, the audit entry, the
     * plugin's handler and the {@link ApprovalDecided} event commit or roll back together.
     *
     * @param comment required for a rejection, optional for an approval
     * @return the request as decided
     * @throws ApprovalException if the request is unknown or decided already (saying by whom and
     *     when), its plugin is not running, or the plugin's handler refused
     * @throws InvalidInputException if the comment is missing for a rejection, too long or not plain text
     * @throws PermissionDeniedException unless the officer is of the secretariat
     */
    public InboxRequest decide(SignedInUser officer, long id, ApprovalStatus outcome, @Nullable String comment) {
        officer.requireRole(Role.SECRETARIAT, "approvals.decide");
        @Nullable String text = ApprovalRules.comment(outcome, comment);
        return java.util.Objects.requireNonNull(transactions.execute(status -> decideNow(officer, id, outcome, text)));
    }

    /**
     * Decides many requests with one comment, each in its own transaction: one failing leaves the
     * others decided. The whole call is refused only when the comment is wrong or too many are given.
     *
     * @return one outcome per id, in the order given
     */
    public List<DecisionOutcome> decideAll(
            SignedInUser officer, List<Long> ids, ApprovalStatus outcome, @Nullable String comment) {
        officer.requireRole(Role.SECRETARIAT, "approvals.decide");
        ApprovalRules.comment(outcome, comment);
        if (ids.isEmpty() || ids.size() > ApprovalRules.MAX_BULK) {
            throw new InvalidInputException(null, "approvals.error.bulk-size", ApprovalRules.MAX_BULK);
        }
        List<DecisionOutcome> outcomes = new ArrayList<>();
        for (long id : ids.stream().distinct().toList()) {
            try {
                decide(officer, id, outcome, comment);
                outcomes.add(new DecisionOutcome(id, null));
            } catch (ApprovalException e) {
                outcomes.add(new DecisionOutcome(id, e));
            } catch (RuntimeException e) {
                LOG.error("Deciding approval request {} failed", id, e);
                outcomes.add(new DecisionOutcome(
                        id, new ApprovalException("approvals.error.unexpected", "Unexpected failure (see the log)")));
            }
        }
        return outcomes;
    }

    private InboxRequest decideNow(SignedInUser officer, long id, ApprovalStatus outcome, @Nullable String comment) {
        InboxRequest before = find(id, false)
                .orElseThrow(() -> new ApprovalException(
                        "approvals.error.unknown-request", "No approval request " + id, Long.toString(id)));
        if (before.status() != ApprovalStatus.PENDING) {
            throw alreadyDecided(before);
        }
        ApprovalTypes.Declared declared = types.find(before.type())
                .orElseThrow(() -> new ApprovalException(
                        "approvals.error.plugin-unavailable",
                        "Plugin " + before.pluginId() + " is not running; its requests cannot be decided now",
                        before.pluginId()));
        LocalDateTime now = LocalDateTime.now(clock);
        int updated = jdbc.sql("""
                        UPDATE platform_approval_request
                        SET status = :status, decision_comment = :comment, decided_by_id = :byId,
                            decided_by_name = :byName, decided_by_username = :byUsername, decided_at = :at,
                            version = version + 1
                        WHERE id = :id AND status = 'PENDING' AND version = :version""")
                .param("status", outcome.name())
                .param("comment", comment)
                .param("byId", officer.id())
                .param("byName", officer.displayName())
                .param("byUsername", nullIfEmpty(officer.username()))
                .param("at", now)
                .param("id", id)
                .param("version", before.version())
                .update();
        if (updated == 0) {
            // Someone else decided it since we read it: read their decision as committed (a locking
            // read, not this transaction's snapshot).
            throw alreadyDecided(find(id, true).orElse(before));
        }
        InboxRequest after = new InboxRequest(
                before.id(),
                before.type(),
                before.pluginId(),
                before.organisation(),
                before.organisationName(),
                before.organisationNameKo(),
                before.title(),
                before.details(),
                before.subject(),
                before.submitterName(),
                before.submitterUsername(),
                before.submittedAt(),
                outcome,
                comment,
                officer.displayName(),
                nullIfEmpty(officer.username()),
                now,
                before.version() + 1);
        audit.recordAs(officer, ENTITY, Long.toString(id), decisionOf(before), decisionOf(after));
        callHandler(
                declared,
                new ApprovalDecision(
                        id, before.type(), before.organisation(), before.subject(), outcome, comment, officer, now));
        String submitterId = jdbc.sql("SELECT submitter_id FROM platform_approval_request WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        events.publishEvent(new ApprovalDecided(
                id,
                before.type(),
                before.organisation(),
                before.title(),
                submitterId,
                outcome,
                comment,
                officer.displayName()));
        return after;
    }

    /**
     * Runs the plugin's handler with the plugin's class loader. A refusal the plugin wrote for people (an
     * {@link ApprovalException} or {@link InvalidInputException}, translated by its bundle) becomes the
     * officer's message as it is; anything else is a failure whose text was written for developers (and
     * may name tables, paths or values): it goes to the log, and the officer learns only which plugin
     * failed (issue 13: no exception message reaches a screen or a problem detail).
     */
    private static void callHandler(ApprovalTypes.Declared declared, ApprovalDecision decision) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(declared.type().handler().getClass().getClassLoader());
        try {
            declared.type().handler().decided(decision);
        } catch (ApprovalException e) {
            throw e;
        } catch (InvalidInputException e) {
            throw new ApprovalException(
                    e.messageKey(),
                    "Plugin " + declared.pluginId() + " refused the decision: " + e.getMessage(),
                    e.arguments().toArray());
        } catch (RuntimeException e) {
            LOG.error("Plugin {} failed on the decision of request {}", declared.pluginId(), decision.requestId(), e);
            throw new ApprovalException(
                    "approvals.error.handler-failed",
                    "Plugin " + declared.pluginId() + " failed on the decision (see the log)",
                    declared.pluginId());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static ApprovalException alreadyDecided(InboxRequest request) {
        String by = request.decidedByLabel() == null ? "?" : request.decidedByLabel();
        String when = request.decidedAt() == null ? "?" : WHEN.format(request.decidedAt());
        return new ApprovalException(
                "approvals.error.already-decided",
                "Request " + request.id() + " was already decided (" + request.status() + ") by " + by + " at " + when,
                by,
                when,
                request.status().name());
    }

    private Optional<InboxRequest> find(long id, boolean locking) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.id = :id" + (locking ? " FOR UPDATE" : ""))
                .param("id", id)
                .query(ApprovalInbox::map)
                .optional();
    }

    // ---- SQL pieces

    private static SqlFilter filterOf(InboxFilter filter) {
        return new SqlFilter()
                .equalTo("r.type", filter.type() == null || filter.type().isBlank() ? null : filter.type())
                .equalTo(
                        "r.org_key",
                        filter.organisation() == null
                                ? null
                                : filter.organisation().value())
                .equalTo(
                        "r.status",
                        filter.status() == null ? null : filter.status().name())
                .containsText(
                        filter.text(),
                        "LOWER(r.title)",
                        "LOWER(r.submitter_name)",
                        "LOWER(r.submitter_username)",
                        "r.org_key",
                        "LOWER(o.name_en)",
                        "o.name_ko",
                        "r.type");
    }

    /** The filter's WHERE clause narrowed to the reader's scope ({@code :scopeOrg} is their organisation). */
    static String where(SqlFilter filter, SignedInUser reader) {
        String scope = reader.hasRole(Role.SECRETARIAT)
                ? ""
                : reader.hasRole(Role.REGIONAL_OFFICE)
                        ? "(r.org_key = :scopeOrg OR office.org_key = :scopeOrg)"
                        : "r.org_key = :scopeOrg";
        String where = filter.where();
        if (scope.isEmpty()) {
            return where;
        }
        return where.isEmpty() ? " WHERE " + scope : where + " AND " + scope;
    }

    private static Map<String, Object> summary(long id, ApprovalRequest request, ApprovalStatus status) {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("id", id);
        summary.put("type", request.type());
        summary.put("organisation", request.organisation().value());
        summary.put("title", request.title().strip());
        summary.put("subject", request.subject().strip());
        summary.put("status", status.name());
        return summary;
    }

    private static Map<String, @Nullable Object> decisionOf(InboxRequest request) {
        var decision = new LinkedHashMap<String, @Nullable Object>();
        decision.put("type", request.type());
        decision.put("organisation", request.organisation().value());
        decision.put("status", request.status().name());
        decision.put("comment", request.comment());
        decision.put("decidedBy", request.decidedBy());
        decision.put("decidedByUsername", request.decidedByUsername());
        return decision;
    }

    @SuppressWarnings("unchecked")
    private static InboxRequest map(ResultSet rs, int row) throws SQLException {
        return new InboxRequest(
                rs.getLong("id"),
                rs.getString("type"),
                rs.getString("plugin_id"),
                OrganisationKey.of(rs.getString("org_key")),
                rs.getString("name_en"),
                rs.getString("name_ko"),
                rs.getString("title"),
                java.util.Collections.unmodifiableMap(
                        (Map<String, String>) JSON.readValue(rs.getString("details_json"), LinkedHashMap.class)),
                rs.getString("subject"),
                rs.getString("submitter_name"),
                rs.getString("submitter_username"),
                rs.getObject("submitted_at", LocalDateTime.class),
                ApprovalStatus.valueOf(rs.getString("status")),
                rs.getString("decision_comment"),
                rs.getString("decided_by_name"),
                rs.getString("decided_by_username"),
                rs.getObject("decided_at", LocalDateTime.class),
                rs.getLong("version"));
    }

    private static @Nullable String nullIfEmpty(String value) {
        return value.isEmpty() ? null : value;
    }
}
