package org.wego.plugins.membership.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.TopicChoices;
import org.wego.plugins.membership.MembershipPlugin;
import org.wego.plugins.membership.profiles.MemberProfiles;

/**
 * The member directory: every signed-in user searches the members by name and filters, a page at a
 * time, and sees their public fields only ({@link DirectoryEntry}); the secretariat also exports the
 * matches. One query over the registry's public view joined with the profiles, checked input only
 * (see {@link DirectoryInput}). Reads are not audited. No transaction: each statement reads on its
 * own (a read-only transaction adds round trips to every call: autocommit and read-only switches, the
 * commit), so a member changed between a
 * count and its page shows in the next fetch.
 *
 * <p>For the platform's {@code /api/v1/members}: {@link #search} and {@link #entry}.
 */
@Component
class MemberDirectory {

    /** Rows an export holds at most: the registry's members many times over, bounded for memory. */
    static final int MAX_EXPORT = 300_000;

    private final PluginContext platform;
    private final JdbcClient jdbc;

    MemberDirectory(PluginContext platform) {
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /**
     * One page of the members matching the query, with the number of all matches.
     *
     * @param offset matches to skip (0 or more)
     * @param limit the most to return, 1 to {@value DirectoryInput#MAX_LIMIT}
     * @param locale the caller's language: names sort in it
     * @throws InvalidInputException for an invalid filter value or page (nothing is read)
     * @throws org.wego.plugin.api.PermissionDeniedException for an anonymous caller, or applicants
     *     asked by anyone but the secretariat
     */
    DirectoryPage search(DirectoryQuery query, int offset, int limit, Locale locale) {
        DirectoryQuery checked = checked(query);
        DirectoryInput.checkPage(offset, limit);
        DirectoryInput.Filter filter = DirectoryInput.filter(checked, officeId(checked));
        return new DirectoryPage(page(filter, checked, offset, limit, locale), count(filter), offset, limit);
    }

    /** Only the page's rows of {@link #search}, for a grid that counts separately. */
    List<DirectoryEntry> entries(DirectoryQuery query, int offset, int limit, Locale locale) {
        DirectoryQuery checked = checked(query);
        DirectoryInput.checkPage(offset, limit);
        return page(DirectoryInput.filter(checked, officeId(checked)), checked, offset, limit, locale);
    }

    /** Only the number of matches of {@link #search}. */
    int count(DirectoryQuery query) {
        DirectoryQuery checked = checked(query);
        return count(DirectoryInput.filter(checked, officeId(checked)));
    }

    /**
     * One member organisation's public fields by its registry id; empty for an unknown id, an
     * organisation that is not of a member type or (for all but the secretariat) an applicant.
     */
    Optional<DirectoryEntry> entry(long organisationId) {
        boolean secretariat = seesApplicants(reader());
        return jdbc.sql("SELECT " + DirectoryInput.COLUMNS + " FROM " + DirectoryInput.VIEW + " o"
                        + DirectoryInput.ROW_JOINS + " WHERE o.id = :id")
                .param("id", organisationId)
                .query(MemberDirectory::entry)
                .optional()
                .filter(e -> e.type().isMemberType() && e.status() != MembershipStatus.PARTNER)
                .filter(e -> e.status() != MembershipStatus.APPLICANT || secretariat);
    }

    /** Whether the user may export the directory (the secretariat). */
    boolean mayExport(@Nullable SignedInUser user) {
        return platform.permissions().isAllowed(user, MembershipPlugin.DIRECTORY_EXPORT);
    }

    /**
     * Every match of the query as CSV (UTF-8 with a byte-order mark, headers in the language), for
     * the secretariat only; checked here, whatever the screen shows.
     */
    byte[] exportCsv(DirectoryQuery query, Locale locale) {
        return DirectoryExport.csv(
                exportRows(query, locale),
                platform.messages(locale),
                TopicChoices.of(platform.topics()),
                platform.csv());
    }

    /** As {@link #exportCsv}, as an Excel workbook (XLSX). */
    byte[] exportXlsx(DirectoryQuery query, Locale locale) {
        return DirectoryExport.xlsx(
                exportRows(query, locale),
                platform.messages(locale),
                TopicChoices.of(platform.topics()),
                platform.csv());
    }

    private List<DirectoryEntry> exportRows(DirectoryQuery query, Locale locale) {
        platform.permissions().require(platform.requireUser(), MembershipPlugin.DIRECTORY_EXPORT);
        DirectoryQuery checked = checked(query);
        DirectoryInput.Filter filter = DirectoryInput.filter(checked, officeId(checked));
        var rows = new ArrayList<DirectoryEntry>();
        jdbc.sql(DirectoryInput.allSql(filter, checked, locale) + " LIMIT " + MAX_EXPORT)
                .params(filter.parameters())
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> rows.add(entry(rs, rows.size())));
        return rows;
    }

    private DirectoryQuery checked(DirectoryQuery query) {
        DirectoryQuery checked = DirectoryInput.checked(query, seesApplicants(reader()));
        // A focus area is a platform topic, retired ones included (members may still name them).
        if (checked.focusArea() != null
                && platform.topics().byCode(checked.focusArea()).isEmpty()) {
            throw InvalidInputException.of(DirectoryInput.FOCUS_AREA, "membership.directory.invalid.focus-area");
        }
        return checked;
    }

    /**
     * Who reads the directory: the signed-in person, or {@code null} for an integration client the API
     * let in by {@link ApiAccess#DIRECTORY_READ}, which reads the public fields as any member does.
     *
     * @throws PermissionDeniedException for anyone else (anonymous callers)
     */
    private @Nullable SignedInUser reader() {
        var user = platform.currentUser();
        if (user.isPresent()) {
            return user.get();
        }
        if (platform.clientScopes().contains(ApiAccess.DIRECTORY_READ)) {
            return null;
        }
        throw new PermissionDeniedException("signed-in");
    }

    private boolean seesApplicants(@Nullable SignedInUser user) {
        return user != null && platform.permissions().isAllowed(user, MembershipPlugin.DIRECTORY_APPLICANTS);
    }

    /** The registry id of the query's regional office; an unknown key or another kind of organisation is refused. */
    private @Nullable Long officeId(DirectoryQuery query) {
        OrganisationKey key = query.regionalOffice();
        if (key == null) {
            return null;
        }
        return platform.organisations()
                .byKey(key)
                .filter(o -> o.type() == OrganisationType.REGIONAL_OFFICE)
                .map(Organisation::id)
                .orElseThrow(() -> InvalidInputException.of(
                        DirectoryInput.REGIONAL_OFFICE, "membership.directory.invalid.office"));
    }

    private List<DirectoryEntry> page(
            DirectoryInput.Filter filter, DirectoryQuery query, int offset, int limit, Locale locale) {
        return jdbc.sql(DirectoryInput.pageSql(filter, query, locale, offset))
                .params(filter.parameters())
                .param("limit", limit)
                .param("offset", offset)
                .query(MemberDirectory::entry)
                .list();
    }

    private int count(DirectoryInput.Filter filter) {
        return jdbc.sql(DirectoryInput.countSql(filter))
                .params(filter.parameters())
                .query(Integer.class)
                .single();
    }

    private static DirectoryEntry entry(ResultSet rs, int row) throws SQLException {
        String continent = rs.getString("continent");
        String office = rs.getString("regional_office_key");
        String focus = rs.getString("focus_areas");
        return new DirectoryEntry(
                rs.getLong("id"),
                OrganisationKey.of(rs.getString("org_key")),
                rs.getString("name_en"),
                rs.getString("name_ko"),
                rs.getString("name_local"),
                OrganisationType.valueOf(rs.getString("type")),
                rs.getString("country"),
                continent == null ? null : Continent.valueOf(continent),
                rs.getBoolean("capital"),
                office == null ? null : OrganisationKey.of(office),
                MembershipStatus.valueOf(rs.getString("status")),
                rs.getObject("status_since", LocalDate.class),
                rs.getString("website"),
                rs.getString("head_name"),
                rs.getString("head_title"),
                focus == null ? java.util.Set.of() : MemberProfiles.focusAreas(focus));
    }
}
