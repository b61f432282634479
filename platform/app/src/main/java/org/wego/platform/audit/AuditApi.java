package org.wego.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wego.platform.api.ApiException;
import org.wego.platform.api.ApiPage;
import org.wego.platform.api.ApiParameters;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.Role;

/** The audit trail, newest first: the secretariat's only (checked here and again by the trail). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The audit trail (secretariat only)")
class AuditApi {

    private static final Set<String> PARAMETERS = Set.of("entity", "text", "page", "size");
    private static final Pattern ENTITY = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");

    private final AuditTrail trail;
    private final CurrentUser currentUser;

    AuditApi(AuditTrail trail, CurrentUser currentUser) {
        this.trail = trail;
        this.currentUser = currentUser;
    }

    /**
     * One audit entry.
     *
     * @param id its number, increasing
     * @param at when the change was committed (server time)
     * @param user who made it, by display name ({@code system} for background jobs)
     * @param username the account's username, or {@code null} (background jobs, older entries)
     * @param email the account's e-mail, or {@code null}
     * @param organisation the organisation they acted for
     * @param entity the kind of record, e.g. {@code organisation}
     * @param entityId the record's id
     * @param before the record before the change, as JSON
     * @param after the record after the change, as JSON
     */
    record AuditEntryDto(
            long id,
            LocalDateTime at,
            String user,
            @Nullable String username,
            @Nullable String email,
            @Nullable String organisation,
            String entity,
            String entityId,
            @Nullable String before,
            @Nullable String after) {

        static AuditEntryDto of(AuditTrail.Entry e) {
            return new AuditEntryDto(
                    e.id(),
                    e.at(),
                    e.userName(),
                    e.username(),
                    e.email(),
                    e.organisation(),
                    e.entity(),
                    e.entityId(),
                    e.before(),
                    e.after());
        }
    }

    @GetMapping
    @ApiAccess(roles = Role.SECRETARIAT)
    @Operation(summary = "Read the audit trail", description = "Newest first; every filter is optional.")
    ApiPage<AuditEntryDto> list(
            HttpServletRequest request,
            @Parameter(description = "Kind of record, e.g. organisation") @RequestParam(required = false) @Nullable
                    String entity,
            @Parameter(description = "Part of a user name, username, e-mail, organisation key or record id")
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
        String kind = ApiParameters.text("entity", entity);
        if (kind != null && (kind.length() > 100 || !ENTITY.matcher(kind).matches())) {
            throw ApiException.badParameter("entity", "api.error.entity", "entity");
        }
        var filter = new AuditTrail.Filter(kind, ApiParameters.text("text", text));
        var reader = currentUser.require();
        return ApiPage.of(
                trail.read(reader, filter, paging.offset(), paging.size()).stream()
                        .map(AuditEntryDto::of)
                        .toList(),
                paging,
                trail.count(reader, filter));
    }
}
