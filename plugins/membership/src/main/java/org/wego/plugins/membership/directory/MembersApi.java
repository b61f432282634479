package org.wego.plugins.membership.directory;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugins.membership.statistics.MembershipStatistics;
import org.wego.plugins.membership.statistics.Statistics;

/**
 * The member directory and its statistics over REST, as in the plugin's screens:
 * {@code GET /api/v1/members} (search, filters, paging, sorting), {@code GET /api/v1/members/{id}}
 * and {@code GET /api/v1/members/statistics}. Every role reads the public fields, and so do
 * integration clients holding {@value ApiAccess#DIRECTORY_READ} (the public website pulling the
 * directory); the secretariat also gets each member's official contacts, which are private to the
 * organisation, its office and the secretariat. Bad parameters are refused by name, in the caller's
 * language.
 */
@RestController
@RequestMapping("/api/v1/members")
@ApiAccess(
        roles = {Role.SECRETARIAT, Role.REGIONAL_OFFICE, Role.MEMBER_CITY},
        clientScopes = ApiAccess.DIRECTORY_READ)
class MembersApi {

    static final int MAX_SIZE = 100;
    private static final Set<String> LIST_PARAMETERS = Set.of(
            "text",
            "match",
            "type",
            "continent",
            "country",
            "capital",
            "region",
            "focusArea",
            "status",
            "sort",
            "order",
            "page",
            "size");

    private final MemberDirectory directory;
    private final MembershipStatistics statistics;
    private final PluginContext platform;

    MembersApi(MemberDirectory directory, MembershipStatistics statistics, PluginContext platform) {
        this.directory = directory;
        this.statistics = statistics;
        this.platform = platform;
    }

    /**
     * A member as the API shows it.
     *
     * @param id the registry's id
     * @param key stable key, e.g. {@code vn-hanoi}
     * @param nameEn official English name
     * @param nameKo official Korean name
     * @param nameLocal name in the local language, if recorded
     * @param type CITY, COMPANY or INSTITUTION
     * @param country ISO 3166-1 alpha-2, if known
     * @param continent continent group, if known
     * @param capital whether a city is a national capital
     * @param region key of the regional office of its region, if any
     * @param status MEMBER, SUSPENDED, FORMER (APPLICANT for the secretariat only)
     * @param statusSince when the status took effect; null for members seeded from the 2023-01
     *     overview (joined before 2023-01)
     * @param website its website, if recorded
     * @param headName its head (mayor, CEO, director), if recorded
     * @param headTitle the head's title, if recorded
     * @param focusAreas the codes of the platform topics its profile names (e.g. {@code mobility})
     * @param contacts its official contacts: for the secretariat only, null for everyone else
     */
    record Member(
            long id,
            String key,
            String nameEn,
            String nameKo,
            @Nullable String nameLocal,
            OrganisationType type,
            @Nullable String country,
            @Nullable Continent continent,
            boolean capital,
            @Nullable String region,
            MembershipStatus status,
            @Nullable LocalDate statusSince,
            @Nullable String website,
            @Nullable String headName,
            @Nullable String headTitle,
            List<String> focusAreas,
            @Nullable List<OrganisationContact> contacts) {}

    /**
     * One page of members.
     *
     * @param items the members on the page
     * @param page the page number, from 0
     * @param size the most members a page holds
     * @param total how many members match in all
     */
    record MemberPage(List<Member> items, int page, int size, long total) {}

    /** Members matching the filters, a page at a time; names sort in the caller's language. */
    @GetMapping
    MemberPage list(@RequestParam Map<String, String> parameters, Locale locale) {
        for (String name : parameters.keySet()) {
            if (!LIST_PARAMETERS.contains(name)) {
                throw new InvalidInputException(name, "membership.api.unknown-parameter", name);
            }
        }
        int page = number(parameters, "page", 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int size = number(parameters, "size", 20, 1, MAX_SIZE);
        var query = new DirectoryQuery(
                parameters.get("text"),
                value(parameters, "match", DirectoryQuery.TextMatch::valueOf, DirectoryQuery.TextMatch.CONTAINS),
                value(parameters, "type", OrganisationType::valueOf, null),
                value(parameters, "continent", Continent::valueOf, null),
                parameters.get("country"),
                value(parameters, "capital", MembersApi::bool, null),
                value(parameters, "region", OrganisationKey::of, null),
                parameters.get("focusArea"),
                value(parameters, "status", MembershipStatus::valueOf, null),
                value(parameters, "sort", DirectorySort::valueOf, DirectorySort.NAME),
                "desc".equals(value(parameters, "order", MembersApi::order, "asc")));
        DirectoryPage found = directory.search(query, page * size, size, locale);
        boolean withContacts = mayReadAllContacts();
        return new MemberPage(
                found.entries().stream().map(e -> member(e, withContacts)).toList(), page, size, found.total());
    }

    /** One member by its registry id; 404 for an unknown id or an organisation that is no member. */
    @GetMapping("/{organisationId}")
    @ApiAccess(
            roles = {Role.SECRETARIAT, Role.REGIONAL_OFFICE, Role.MEMBER_CITY},
            clientScopes = ApiAccess.DIRECTORY_READ,
            organisations = ApiAccess.Organisations.MEMBERS)
    Member one(@PathVariable long organisationId) {
        return directory
                .entry(organisationId)
                .map(e -> member(e, mayReadAllContacts()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The membership statistics computed from the records, beside the figures the January 2023
     * overview reports; labels in the caller's language.
     */
    @GetMapping("/statistics")
    Statistics statistics(Locale locale) {
        return statistics.statistics(locale);
    }

    /** The secretariat's people only: an integration client acts for no one and gets no contacts. */
    private boolean mayReadAllContacts() {
        return platform.currentUser()
                .map(user -> user.hasRole(Role.SECRETARIAT))
                .orElse(false);
    }

    private Member member(DirectoryEntry e, boolean withContacts) {
        return new Member(
                e.id(),
                e.key().value(),
                e.nameEn(),
                e.nameKo(),
                e.nameLocal(),
                e.type(),
                e.country(),
                e.continent(),
                e.capital(),
                e.regionalOffice() == null ? null : e.regionalOffice().value(),
                e.status(),
                e.statusSince(),
                e.website(),
                e.headName(),
                e.headTitle(),
                e.focusAreas().stream().sorted().toList(),
                withContacts ? platform.registry().contacts(e.key()) : null);
    }

    private static int number(Map<String, String> parameters, String name, int otherwise, int min, int max) {
        String text = parameters.get(name);
        if (text == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw new InvalidInputException(name, "membership.api.out-of-range", name, min, max);
    }

    private static <T> @Nullable T value(
            Map<String, String> parameters, String name, Function<String, T> parse, @Nullable T otherwise) {
        String text = parameters.get(name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return parse.apply(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "membership.api.invalid-value", name, text);
        }
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static String order(String text) {
        if (!Arrays.asList("asc", "desc").contains(text)) {
            throw new IllegalArgumentException(text);
        }
        return text;
    }
}
