package org.wego.platform.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** The registry, read: for the platform's screens and, through the plugin API, for plugins. */
@Service
@Transactional(readOnly = true)
public class Organisations implements OrganisationDirectory {

    private static final String COLUMNS = """
            o.id, o.org_key, o.type, o.name_en, o.name_ko, o.name_local, o.country, o.continent, o.capital,
            office.org_key AS office_key, o.status
            FROM platform_organisation o LEFT JOIN platform_organisation office ON office.id = o.regional_office_id
            """;

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        var where = where(query);
        var statement = jdbc.sql(
                        "SELECT " + COLUMNS + where.sql() + " ORDER BY o.name_en, o.id LIMIT :limit OFFSET :offset")
                .param("limit", query.limit())
                .param("offset", query.offset());
        for (int i = 0; i < where.values().size(); i++) {
            statement = statement.param("p" + i, where.values().get(i));
        }
        return statement.query(Organisations::map).list();
    }

    @Override
    public int count(Query query) {
        var where = where(query);
        var statement = jdbc.sql("SELECT COUNT(*) FROM platform_organisation o"
                + " LEFT JOIN platform_organisation office ON office.id = o.regional_office_id" + where.sql());
        for (int i = 0; i < where.values().size(); i++) {
            statement = statement.param("p" + i, where.values().get(i));
        }
        return statement.query(Integer.class).single();
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

    private record Where(String sql, List<Object> values) {}

    private static Where where(Query query) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%"
                    + query.text()
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            int i = values.size();
            conditions.add("(LOWER(o.name_en) LIKE :p" + i + " OR o.name_ko LIKE :p" + i
                    + " OR LOWER(o.name_local) LIKE :p" + i + " OR o.org_key LIKE :p" + i + ")");
            values.add(like);
        }
        add(
                conditions,
                values,
                "o.type",
                query.type() == null ? null : query.type().name());
        add(
                conditions,
                values,
                "o.continent",
                query.continent() == null ? null : query.continent().name());
        add(conditions, values, "o.country", query.country());
        add(
                conditions,
                values,
                "o.status",
                query.status() == null ? null : query.status().name());
        add(
                conditions,
                values,
                "office.org_key",
                query.regionalOffice() == null ? null : query.regionalOffice().value());
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
    }

    private static void add(List<String> conditions, List<Object> values, String column, @Nullable String value) {
        if (value != null) {
            conditions.add(column + " = :p" + values.size());
            values.add(value);
        }
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
                MembershipStatus.valueOf(rs.getString("status")));
    }
}
