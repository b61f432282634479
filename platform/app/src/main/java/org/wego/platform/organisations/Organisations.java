package org.wego.platform.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wego.platform.jdbc.SqlFilter;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PartnerKind;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** The registry, read: for the platform's screens and, through the plugin API, for plugins. */
@Service
@Transactional(readOnly = true)
public class Organisations implements OrganisationDirectory {

    private static final String COLUMNS = """
            o.id, o.org_key, o.type, o.name_en, o.name_ko, o.name_local, o.country, o.continent, o.capital,
            office.org_key AS office_key, o.status, o.status_since, o.website, o.logo_attachment_id, o.version
            FROM platform_organisation o LEFT JOIN platform_organisation office ON office.id = o.regional_office_id
            """;

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The kind of every partner that has one (partners are few): what the registry screens show
     * beside the type.
     */
    @Override
    public Map<OrganisationKey, PartnerKind> partnerKinds() {
        return jdbc
                .sql("SELECT org_key, partner_kind FROM platform_organisation WHERE partner_kind IS NOT NULL")
                .query((rs, row) ->
                        Map.entry(OrganisationKey.of(rs.getString(1)), PartnerKind.valueOf(rs.getString(2))))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Optional<Organisation> byKey(OrganisationKey key) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE o.org_key = :key")
                .param("key", key.value())
                .query(Organisations::map)
                .optional();
    }

    @Override
    public Optional<Organisation> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE o.id = :id")
                .param("id", id)
                .query(Organisations::map)
                .optional();
    }

    @Override
    public List<Organisation> search(Query query) {
        return search(filterOf(query), query);
    }

    /**
     * As {@link #search(Query)}, as the viewer may see it: applicants only for the secretariat. A query
     * for applicants by anyone else is refused.
     *
     * @throws PermissionDeniedException if someone other than the secretariat asks for applicants
     */
    public List<Organisation> search(Query query, @Nullable SignedInUser viewer) {
        return search(filterOf(query, viewer), query);
    }

    /** As {@link #count(Query)}, as the viewer may see it (see {@link #search(Query, SignedInUser)}). */
    public int count(Query query, @Nullable SignedInUser viewer) {
        return count(filterOf(query, viewer));
    }

    /**
     * Whether the viewer may see the organisation at all. An applicant (an organisation that applied
     * and was not yet admitted) is the secretariat's business only: its application may be refused, and
     * a city should not learn from the platform that another applied. Every screen and endpoint that
     * shows organisations applies this rule, as the membership plugin's directory does.
     */
    public static boolean isVisibleTo(@Nullable SignedInUser viewer, Organisation organisation) {
        return organisation.status() != MembershipStatus.APPLICANT || seesApplicants(viewer);
    }

    /** Whether the viewer sees applicants: the secretariat only. */
    public static boolean seesApplicants(@Nullable SignedInUser viewer) {
        return viewer != null && viewer.hasRole(Role.SECRETARIAT);
    }

    private List<Organisation> search(SqlFilter filter, Query query) {
        return filter.bind(jdbc.sql("SELECT " + COLUMNS + filter.where()
                                + " ORDER BY o.name_en, o.id LIMIT :limit OFFSET :offset")
                        .param("limit", query.limit())
                        .param("offset", query.offset()))
                .query(Organisations::map)
                .list();
    }

    @Override
    public int count(Query query) {
        return count(filterOf(query));
    }

    private int count(SqlFilter filter) {
        return filter.bind(jdbc.sql("SELECT COUNT(*) FROM platform_organisation o"
                        + " LEFT JOIN platform_organisation office ON office.id = o.regional_office_id"
                        + filter.where()))
                .query(Integer.class)
                .single();
    }

    @Override
    public Map<OrganisationKey, LocalDate> joinDates() {
        var dates = new LinkedHashMap<OrganisationKey, LocalDate>();
        jdbc.sql("""
                        SELECT o.org_key, MAX(c.effective) AS joined FROM platform_organisation_status_change c
                        JOIN platform_organisation o ON o.id = c.organisation_id
                        WHERE c.to_status = 'MEMBER' AND c.from_status IN ('APPLICANT', 'FORMER')
                        GROUP BY o.org_key ORDER BY o.org_key""").query(rs -> {
            dates.put(OrganisationKey.of(rs.getString("org_key")), rs.getObject("joined", LocalDate.class));
        });
        return dates;
    }

    @Override
    public List<Organisation> membersOfRegion(OrganisationKey regionalOffice) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE office.org_key = :office ORDER BY o.name_en")
                .param("office", regionalOffice.value())
                .query(Organisations::map)
                .list();
    }

    @Override
    public boolean isInScopeOf(@Nullable SignedInUser user, Organisation organisation) {
        return isInScope(user, organisation);
    }

    /** The scope rule itself, free of I/O so it is tested on its own. */
    static boolean isInScope(@Nullable SignedInUser user, Organisation organisation) {
        if (user == null) {
            return false;
        }
        if (user.hasRole(Role.SECRETARIAT) || organisation.key().equals(user.organisation())) {
            return true;
        }
        return user.hasRole(Role.REGIONAL_OFFICE) && user.organisation().equals(organisation.regionalOffice());
    }

    private static SqlFilter filterOf(Query query, @Nullable SignedInUser viewer) {
        if (seesApplicants(viewer)) {
            return filterOf(query);
        }
        if (query.status() == MembershipStatus.APPLICANT) {
            throw new PermissionDeniedException("organisations.applicants");
        }
        return filterOf(query).notEqualTo("o.status", MembershipStatus.APPLICANT.name());
    }

    private static SqlFilter filterOf(Query query) {
        return new SqlFilter()
                .containsText(query.text(), "LOWER(o.name_en)", "o.name_ko", "LOWER(o.name_local)", "o.org_key")
                .equalTo("o.type", query.type() == null ? null : query.type().name())
                .equalTo(
                        "o.continent",
                        query.continent() == null ? null : query.continent().name())
                .equalTo("o.country", query.country())
                .equalTo(
                        "o.status",
                        query.status() == null ? null : query.status().name())
                .equalTo(
                        "office.org_key",
                        query.regionalOffice() == null
                                ? null
                                : query.regionalOffice().value());
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        String continent = rs.getString("continent");
        String office = rs.getString("office_key");
        return new Organisation(
                rs.getLong("id"),
                OrganisationKey.of(rs.getString("org_key")),
                OrganisationType.valueOf(rs.getString("type")),
                rs.getString("name_en"),
                rs.getString("name_ko"),
                rs.getString("name_local"),
                rs.getString("country"),
                continent == null ? null : Continent.valueOf(continent),
                rs.getBoolean("capital"),
                office == null ? null : OrganisationKey.of(office),
                MembershipStatus.valueOf(rs.getString("status")),
                rs.getObject("status_since", LocalDate.class),
                rs.getString("website"),
                (Long) rs.getObject("logo_attachment_id", Long.class),
                rs.getLong("version"));
    }
}
