package org.wego.platform.organisations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wego.platform.api.ApiException;
import org.wego.platform.api.ApiPage;
import org.wego.platform.api.ApiParameters;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/**
 * The organisation directory: the registry's public fields of every organisation, for every role and
 * for integration clients with {@value ApiAccess#DIRECTORY_READ}, as in the UI; and an organisation's
 * contacts, which are private (its own users, its regional office, the secretariat). Applicants are
 * the secretariat's only ({@link Organisations#isVisibleTo}): left out of everyone else's lists, 404
 * when asked by id or key, 403 when asked for by status.
 */
@RestController
@RequestMapping("/api/v1/organisations")
@ApiAccess(
        roles = {Role.SECRETARIAT, Role.REGIONAL_OFFICE, Role.MEMBER_CITY},
        clientScopes = ApiAccess.DIRECTORY_READ)
@Tag(name = "Organisations", description = "The organisation directory (public registry fields)")
class OrganisationsApi {

    private static final Set<String> LIST_PARAMETERS =
            Set.of("text", "type", "continent", "country", "status", "region", "page", "size");

    private final Organisations directory;
    private final OrganisationRegistry registry;
    private final CurrentUser currentUser;

    OrganisationsApi(Organisations directory, OrganisationRegistry registry, CurrentUser currentUser) {
        this.directory = directory;
        this.registry = registry;
        this.currentUser = currentUser;
    }

    /**
     * An official contact of an organisation: private, for the organisation's own users, its regional
     * office and the secretariat.
     *
     * @param name full name
     * @param role what they do for WeGO
     * @param email e-mail address, if given
     * @param phone telephone number, if given
     */
    record ContactDto(
            String name,
            @Nullable String role,
            @Nullable String email,
            @Nullable String phone) {}

    /**
     * An organisation as the API shows it: its public registry fields.
     *
     * @param id database id
     * @param key stable key, e.g. {@code vn-hanoi}
     * @param type CITY, COMPANY, INSTITUTION, REGIONAL_OFFICE, SECRETARIAT or PARTNER
     * @param nameEn official English name
     * @param nameKo official Korean name
     * @param nameLocal name in the local language, if recorded
     * @param country ISO 3166-1 alpha-2 code, if known
     * @param continent continent group, if known
     * @param capital whether a city is a national capital
     * @param region key of the regional office whose region it belongs to, if any
     * @param status APPLICANT, MEMBER, SUSPENDED, FORMER or PARTNER
     * @param statusSince when the status took effect, if recorded
     * @param website its website, if recorded
     */
    record OrganisationDto(
            long id,
            String key,
            OrganisationType type,
            String nameEn,
            String nameKo,
            @Nullable String nameLocal,
            @Nullable String country,
            @Nullable Continent continent,
            boolean capital,
            @Nullable String region,
            MembershipStatus status,
            @Nullable LocalDate statusSince,
            @Nullable String website) {

        static OrganisationDto of(Organisation o) {
            return new OrganisationDto(
                    o.id(),
                    o.key().value(),
                    o.type(),
                    o.nameEn(),
                    o.nameKo(),
                    o.nameLocal(),
                    o.country(),
                    o.continent(),
                    o.capital(),
                    o.regionalOffice() == null ? null : o.regionalOffice().value(),
                    o.status(),
                    o.statusSince(),
                    o.website());
        }
    }

    @GetMapping
    @Operation(summary = "Search the directory", description = "Every filter is optional; sorted by English name.")
    ApiPage<OrganisationDto> list(
            HttpServletRequest request,
            @Parameter(description = "Part of a name (English, Korean, local) or of the key")
                    @RequestParam(required = false)
                    @Nullable
                    String text,
            @Parameter(description = "Organisation type, e.g. CITY") @RequestParam(required = false) @Nullable
                    String type,
            @Parameter(description = "Continent, e.g. ASIA") @RequestParam(required = false) @Nullable String continent,
            @Parameter(description = "ISO 3166-1 alpha-2 country code, e.g. VN")
                    @RequestParam(required = false)
                    @Nullable
                    String country,
            @Parameter(description = "Membership status, e.g. MEMBER") @RequestParam(required = false) @Nullable
                    String status,
            @Parameter(description = "Key of a regional office: the members of its region")
                    @RequestParam(required = false)
                    @Nullable
                    String region,
            @Parameter(description = "Zero-based page number") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "Page size, 1 to " + ApiParameters.MAX_SIZE)
                    @RequestParam(required = false)
                    @Nullable
                    Integer size) {
        ApiParameters.onlyKnown(request, LIST_PARAMETERS);
        ApiParameters.Paging paging = ApiParameters.paging(page, size);
        var query = new OrganisationDirectory.Query(
                ApiParameters.text("text", text),
                ApiParameters.oneOf("type", type, OrganisationType.class),
                ApiParameters.oneOf("continent", continent, Continent.class),
                ApiParameters.country("country", country),
                ApiParameters.oneOf("status", status, MembershipStatus.class),
                ApiParameters.organisationKey("region", region),
                paging.offset(),
                paging.size());
        SignedInUser viewer = currentUser.get().orElse(null);
        return ApiPage.of(
                directory.search(query, viewer).stream()
                        .map(OrganisationDto::of)
                        .toList(),
                paging,
                directory.count(query, viewer));
    }

    @GetMapping("/{organisationId}")
    @Operation(summary = "One organisation by its id")
    OrganisationDto byId(HttpServletRequest request, @PathVariable String organisationId) {
        ApiParameters.onlyKnown(request, Set.of());
        return directory
                .byId(ApiParameters.id("organisationId", organisationId))
                .filter(this::visible)
                .map(OrganisationDto::of)
                .orElseThrow(ApiException::notFound);
    }

    @GetMapping("/by-key/{organisationKey}")
    @Operation(summary = "One organisation by its key, e.g. vn-hanoi")
    OrganisationDto byKey(HttpServletRequest request, @PathVariable String organisationKey) {
        ApiParameters.onlyKnown(request, Set.of());
        return OrganisationDto.of(organisation(organisationKey));
    }

    @GetMapping("/by-key/{organisationKey}/contacts")
    @ApiAccess(
            roles = {Role.SECRETARIAT, Role.REGIONAL_OFFICE, Role.MEMBER_CITY},
            organisations = ApiAccess.Organisations.CALLER_SCOPE)
    @Operation(
            summary = "The official contacts of an organisation",
            description = "Private: the organisation's own users, its regional office and the secretariat only;"
                    + " any other organisation answers 404.")
    List<ContactDto> contacts(HttpServletRequest request, @PathVariable String organisationKey) {
        ApiParameters.onlyKnown(request, Set.of());
        Organisation organisation = organisation(organisationKey);
        if (!directory.isInScopeOf(currentUser.get().orElse(null), organisation)) {
            throw ApiException.notFound(); // the same answer as for no such organisation: nothing revealed
        }
        return registry.contacts(organisation.key()).stream()
                .map(c -> new ContactDto(c.name(), c.role(), c.email(), c.phone()))
                .toList();
    }

    private Organisation organisation(String organisationKey) {
        OrganisationKey key = ApiParameters.organisationKey("organisationKey", organisationKey);
        if (key == null) {
            throw ApiException.badParameter("organisationKey", "api.error.key", "organisationKey");
        }
        return directory.byKey(key).filter(this::visible).orElseThrow(ApiException::notFound);
    }

    /** An applicant is not there for anyone but the secretariat: the same 404 as an unknown one. */
    private boolean visible(Organisation organisation) {
        return Organisations.isVisibleTo(currentUser.get().orElse(null), organisation);
    }
}
