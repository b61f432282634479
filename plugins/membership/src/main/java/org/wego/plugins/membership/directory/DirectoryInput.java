package org.wego.plugins.membership.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.SearchPatterns;
import org.wego.plugins.membership.MembershipPlugin;
import org.wego.plugins.membership.profiles.FocusAreas;
import org.wego.plugins.membership.profiles.ProfileInput;

/**
 * The member directory's query, checked and turned into SQL, free of I/O so it is tested on its own.
 * Every value is a bound parameter; the SQL text only ever holds fixed column names chosen here.
 *
 * <p>One query joins the registry's public view ({@link OrganisationDirectory#PUBLIC_VIEW}) with the
 * plugin's profiles. A deep page is fetched as a deferred join: the inner query finds the page's ids
 * in index order (the registry's status/name indexes), the outer one reads the page's rows and
 * profiles, so it does not read the rows it skips.
 */
final class DirectoryInput {

    static final int MAX_TEXT = 100;
    static final int MAX_LIMIT = 500;
    static final int DEFERRED_FROM = 1_000;
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    static final String VIEW = OrganisationDirectory.PUBLIC_VIEW;

    // The query's inputs, as the checks refuse them and the filter bar binds them (InputErrors).
    static final InputField TEXT = InputField.of("text");
    static final InputField TYPE = InputField.of("type");
    static final InputField COUNTRY = InputField.of("country");
    static final InputField REGIONAL_OFFICE = InputField.of("regionalOffice");
    static final InputField FOCUS_AREA = InputField.of("focusArea");
    static final InputField STATUS = InputField.of("status");

    /** The columns of a row, from the view ({@code o}), its office and the profile ({@code p}). */
    static final String COLUMNS = """
            o.id, o.org_key, o.type, o.name_en, o.name_ko, o.name_local, o.country, o.continent, o.capital,
            office.org_key AS regional_office_key, o.status, o.status_since, o.website, p.head_name, p.head_title,
            p.focus_areas""";

    /** The joins that add a row's office key and profile to the view {@code o}. */
    static final String ROW_JOINS = " LEFT JOIN " + VIEW + " office ON office.id = o.regional_office_id"
            + " LEFT JOIN membership_profile p ON p.organisation_key = o.org_key";

    private DirectoryInput() {}

    /**
     * The query with its text trimmed and its values checked.
     *
     * @param secretariat whether the caller may see applicants
     * @throws InvalidInputException for text that is too long or not plain text, a type that is not a
     *     member type, a malformed country code, a status outside membership
     * @throws PermissionDeniedException for applicants asked by anyone but the secretariat
     */
    static DirectoryQuery checked(DirectoryQuery query, boolean secretariat) {
        String text = ProfileInput.text(TEXT, query.text(), MAX_TEXT, false);
        if (query.type() != null && !query.type().isMemberType()) {
            throw InvalidInputException.of(TYPE, "membership.directory.invalid.type");
        }
        String country = query.country() == null || query.country().isBlank()
                ? null
                : query.country().strip().toUpperCase(Locale.ROOT);
        if (country != null && !COUNTRY_CODE.matcher(country).matches()) {
            throw InvalidInputException.of(COUNTRY, "membership.directory.invalid.country");
        }
        if (query.status() == MembershipStatus.PARTNER) {
            throw InvalidInputException.of(STATUS, "membership.directory.invalid.status");
        }
        if (query.status() == MembershipStatus.APPLICANT && !secretariat) {
            throw new PermissionDeniedException(MembershipPlugin.DIRECTORY_APPLICANTS);
        }
        return new DirectoryQuery(
                text,
                query.match() == null ? DirectoryQuery.TextMatch.CONTAINS : query.match(),
                query.type(),
                query.continent(),
                country,
                query.capital(),
                query.regionalOffice(),
                query.focusArea() == null || query.focusArea().isBlank() ? null : FocusAreas.code(query.focusArea()),
                query.statusOrDefault(),
                query.sort() == null ? DirectorySort.NAME : query.sort(),
                query.descending());
    }

    /** Refuses a page outside 0 ≤ offset, 1 ≤ limit ≤ {@value #MAX_LIMIT}. */
    static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "membership.directory.invalid.offset");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "membership.directory.invalid.limit", MAX_LIMIT);
        }
    }

    /**
     * The WHERE clause (and the profile join the focus filter needs) of a checked query.
     *
     * @param regionalOfficeId the registry id of the query's regional office, looked up by the caller
     */
    static Filter filter(DirectoryQuery query, @Nullable Long regionalOfficeId) {
        var conditions = new ArrayList<String>();
        var parameters = new LinkedHashMap<String, Object>();
        conditions.add("o.status = :status");
        parameters.put("status", query.statusOrDefault().name());
        if (query.text() != null) {
            parameters.put(
                    "text",
                    query.match() == DirectoryQuery.TextMatch.PREFIX
                            ? SearchPatterns.startingWith(query.text())
                            : SearchPatterns.containing(query.text()));
            conditions.add("(o.name_en LIKE :text OR o.name_ko LIKE :text OR o.name_local LIKE :text)");
        }
        if (query.type() != null) {
            conditions.add("o.type = :type");
            parameters.put("type", query.type().name());
        }
        if (query.continent() != null) {
            conditions.add("o.continent = :continent");
            parameters.put("continent", query.continent().name());
        }
        if (query.country() != null) {
            conditions.add("o.country = :country");
            parameters.put("country", query.country());
        }
        if (query.capital() != null) {
            conditions.add("o.capital = :capital");
            parameters.put("capital", query.capital());
        }
        if (regionalOfficeId != null) {
            conditions.add("o.regional_office_id = :office");
            parameters.put("office", regionalOfficeId);
        }
        String join = "";
        if (query.focusArea() != null) {
            join = " JOIN membership_profile f ON f.organisation_key = o.org_key";
            conditions.add("FIND_IN_SET(:focus, f.focus_areas) > 0");
            parameters.put("focus", query.focusArea());
        }
        return new Filter(join, String.join(" AND ", conditions), parameters);
    }

    /** The ORDER BY of a checked query: its sort column, then the name in the language, then the id. */
    static String orderBy(DirectoryQuery query, Locale locale, String alias) {
        String name = alias + ("ko".equals(locale.getLanguage()) ? ".name_ko" : ".name_en");
        String direction = query.descending() ? " DESC" : "";
        List<String> columns = new ArrayList<>();
        switch (query.sort()) {
            case NAME -> {}
            case COUNTRY -> columns.add(alias + ".country");
            case TYPE -> columns.add(alias + ".type");
            case JOINED -> columns.add(alias + ".status_since");
        }
        columns.add(name);
        columns.add(alias + ".id");
        return " ORDER BY "
                + String.join(", ", columns.stream().map(c -> c + direction).toList());
    }

    /**
     * The SQL of one page. From {@value #DEFERRED_FROM} rows deep a deferred join: the page's ids in
     * index order (inner), then only their rows, offices and profiles; nearer the top one plain query,
     * which saves the derived table (measured by {@code ./wego bench members}).
     */
    static String pageSql(Filter filter, DirectoryQuery query, Locale locale, int offset) {
        if (offset < DEFERRED_FROM) {
            return allSql(filter, query, locale) + " LIMIT :limit OFFSET :offset";
        }
        return "SELECT " + COLUMNS + " FROM (SELECT o.id" + filter.fromWhere() + orderBy(query, locale, "o")
                + " LIMIT :limit OFFSET :offset) page JOIN " + VIEW + " o ON o.id = page.id" + ROW_JOINS
                + orderBy(query, locale, "o");
    }

    /** The SQL counting the matches. */
    static String countSql(Filter filter) {
        return "SELECT COUNT(*)" + filter.fromWhere();
    }

    /** The SQL of every match, in order, for the export. */
    static String allSql(Filter filter, DirectoryQuery query, Locale locale) {
        return "SELECT " + COLUMNS + " FROM " + VIEW + " o" + filter.join() + ROW_JOINS + " WHERE " + filter.where()
                + orderBy(query, locale, "o");
    }

    /**
     * The conditions of a query with their named parameters.
     *
     * @param join the joins a condition needs (the profile, for the focus area), or empty
     * @param where the conditions, joined by AND
     */
    record Filter(String join, String where, Map<String, Object> parameters) {

        /** {@code " FROM <view> o <join> WHERE <conditions>"}. */
        String fromWhere() {
            return " FROM " + VIEW + " o" + join + " WHERE " + where;
        }
    }
}
