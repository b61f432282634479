package org.wego.platform.approvals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wego.platform.api.ApiException;
import org.wego.platform.api.ApiPage;
import org.wego.platform.api.ApiParameters;
import org.wego.platform.i18n.Translations;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.Role;

/**
 * The approvals inbox: every caller lists the requests in their scope (the service filters); the
 * secretariat decides them, one or many at a time, exactly as in the inbox screen.
 */
@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "Requests plugins submitted, and the secretariat's decisions")
class ApprovalsApi {

    private static final Set<String> PARAMETERS = Set.of("type", "organisation", "status", "text", "page", "size");
    private static final int MAX_BULK = 100;

    private final ApprovalInbox inbox;
    private final CurrentUser currentUser;
    private final Translations translations;

    ApprovalsApi(ApprovalInbox inbox, CurrentUser currentUser, Translations translations) {
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    /**
     * One request.
     *
     * @param type the approval type, {@code {pluginId}.{kind}}
     * @param organisation the key of the organisation it is for
     * @param subject the submitting plugin's own reference
     * @param submittedBy who submitted it, by display name
     * @param submittedByUsername their account's username ({@code null} for requests from before it was kept)
     * @param decidedBy who decided it, by display name
     * @param decidedByUsername their account's username
     * @param version increases with every change
     */
    record RequestDto(
            long id,
            String type,
            String pluginId,
            String organisation,
            String organisationName,
            String title,
            Map<String, String> details,
            String subject,
            String submittedBy,
            @Nullable String submittedByUsername,
            LocalDateTime submittedAt,
            ApprovalStatus status,
            @Nullable String comment,
            @Nullable String decidedBy,
            @Nullable String decidedByUsername,
            @Nullable LocalDateTime decidedAt,
            long version) {

        static RequestDto of(InboxRequest r) {
            return new RequestDto(
                    r.id(),
                    r.type(),
                    r.pluginId(),
                    r.organisation().value(),
                    r.organisationName(),
                    r.title(),
                    r.details(),
                    r.subject(),
                    r.submitterName(),
                    r.submitterUsername(),
                    r.submittedAt(),
                    r.status(),
                    r.comment(),
                    r.decidedBy(),
                    r.decidedByUsername(),
                    r.decidedAt(),
                    r.version());
        }
    }

    /**
     * A decision.
     *
     * @param outcome {@code APPROVED} or {@code REJECTED}
     * @param comment required for a rejection, optional for an approval
     */
    record DecisionBody(@Nullable String outcome, @Nullable String comment) {}

    /**
     * One decision for many requests.
     *
     * @param ids the requests, at most 100
     */
    record BulkDecisionBody(
            @Nullable List<Long> ids,
            @Nullable String outcome,
            @Nullable String comment) {}

    /**
     * What became of one request of a bulk decision.
     *
     * @param problem why it was not decided, in the caller's language; {@code null} if it was
     */
    record OutcomeDto(long id, boolean decided, @Nullable String problem) {}

    @GetMapping
    @ApiAccess(roles = {Role.SECRETARIAT, Role.REGIONAL_OFFICE, Role.MEMBER_CITY})
    @Operation(
            summary = "List approval requests",
            description = "Newest first. The secretariat sees all; a regional office its region's; a member its own.")
    ApiPage<RequestDto> list(
            HttpServletRequest request,
            @Parameter(description = "Approval type, e.g. notice-board.proposal")
                    @RequestParam(required = false)
                    @Nullable
                    String type,
            @Parameter(description = "Organisation key") @RequestParam(required = false) @Nullable String organisation,
            @Parameter(description = "PENDING, APPROVED or REJECTED") @RequestParam(required = false) @Nullable
                    String status,
            @Parameter(description = "Part of the title or the organisation's name")
                    @RequestParam(required = false)
                    @Nullable
                    String text,
            @Parameter(description = "Zero-based page number") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "Page size, 1 to " + ApiParameters.MAX_SIZE)
                    @RequestParam(required = false)
                    @Nullable
                    Integer size) {
        ApiParameters.onlyKnown(request, PARAMETERS);
        ApiParameters.Paging paging = ApiParameters.paging(page, size);
        String kind = ApiParameters.text("type", type);
        if (kind != null && !inbox.typeNames().contains(kind)) {
            throw ApiException.badParameter(
                    "type", "api.error.unknown-value", "type", String.join(", ", inbox.typeNames()));
        }
        var filter = new InboxFilter(
                kind,
                ApiParameters.organisationKey("organisation", organisation),
                ApiParameters.oneOf("status", status, ApprovalStatus.class),
                ApiParameters.text("text", text));
        var reader = currentUser.require();
        return ApiPage.of(
                inbox.list(reader, filter, InboxPage.newest(paging.offset(), paging.size())).stream()
                        .map(RequestDto::of)
                        .toList(),
                paging,
                inbox.count(reader, filter));
    }

    @PostMapping("/{requestId}/decision")
    @ApiAccess(roles = Role.SECRETARIAT)
    @Operation(
            summary = "Approve or reject one request",
            description = "The submitting plugin's handler runs in the same transaction; 409 if the request was"
                    + " decided already, its plugin is not running or its handler refused.")
    RequestDto decide(@PathVariable String requestId, @RequestBody DecisionBody body) {
        ApprovalStatus outcome = outcome(body.outcome());
        long id = id("requestId", requestId);
        return RequestDto.of(inbox.decide(currentUser.require(), id, outcome, body.comment()));
    }

    @PostMapping("/decisions")
    @ApiAccess(roles = Role.SECRETARIAT)
    @Operation(
            summary = "Approve or reject many requests with one comment",
            description = "Each request is decided in its own transaction; the answer lists each outcome.")
    List<OutcomeDto> decideAll(HttpServletRequest request, @RequestBody BulkDecisionBody body) {
        ApprovalStatus outcome = outcome(body.outcome());
        List<Long> ids = body.ids() == null ? List.of() : body.ids();
        if (ids.isEmpty() || ids.size() > MAX_BULK) {
            throw ApiException.badParameter("ids", "api.error.ids", MAX_BULK);
        }
        var locale = translations.supported(request.getLocale());
        return inbox.decideAll(currentUser.require(), ids, outcome, body.comment()).stream()
                .map(o -> new OutcomeDto(
                        o.requestId(),
                        o.succeeded(),
                        o.problem() == null
                                ? null
                                : translations.getTranslation(
                                        o.problem().messageKey(),
                                        locale,
                                        o.problem().arguments())))
                .toList();
    }

    private static ApprovalStatus outcome(@Nullable String value) {
        ApprovalStatus outcome = ApiParameters.oneOf("outcome", value, ApprovalStatus.class);
        if (outcome == null || outcome == ApprovalStatus.PENDING) {
            throw ApiException.badParameter("outcome", "api.error.outcome");
        }
        return outcome;
    }

    private static long id(String parameter, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // the same answer as a negative id
        }
        throw ApiException.badParameter(parameter, "api.error.malformed", parameter);
    }
}
