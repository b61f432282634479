package org.wego.platform.organisations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.SetupException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Loads the registry's starting point once (a Liquibase change): the secretariat, the five regional
 * offices, the training partners, and the members the January 2023 overview names, from the CSV it
 * was converted into. A key seen again is not loaded twice: the first occurrence wins and the CSV's
 * findings file already lists the repeat, with every other inconsistency of the document.
 */
public class OrganisationSeed implements CustomTaskChange {

    static final String MEMBERS = "/db/seed/members-2023-01.csv";
    static final String FINDINGS = "/db/seed/members-2023-01-findings.csv";
    static final String SOURCE = "wego-overview-2023-01";

    /** key, type, English name, Korean name, country, continent. */
    static final List<List<String>> OFFICES_AND_PARTNERS = List.of(
            List.of("wego-secretariat", "SECRETARIAT", "WeGO Secretariat", "WeGO 사무국", "KR", "ASIA"),
            List.of("ro-chengdu", "REGIONAL_OFFICE", "Chengdu regional office", "청두 지역사무소", "CN", "ASIA"),
            List.of("ro-ulyanovsk", "REGIONAL_OFFICE", "Ulyanovsk regional office", "울랴놉스크 지역사무소", "RU", "EUROPE"),
            List.of("ro-beyoglu", "REGIONAL_OFFICE", "Beyoğlu regional office", "베이올루 지역사무소", "TR", "EUROPE"),
            List.of(
                    "ro-mexico-city",
                    "REGIONAL_OFFICE",
                    "Mexico City regional office",
                    "멕시코시티 지역사무소",
                    "MX",
                    "AMERICAS"),
            List.of("ro-abuja", "REGIONAL_OFFICE", "Abuja regional office", "아부자 지역사무소", "NG", "AFRICA"),
            List.of(
                    "pa-seoul-hrd",
                    "PARTNER",
                    "Seoul Metropolitan Government Human Resource Development Center",
                    "서울시 인재개발원",
                    "KR",
                    "ASIA"),
            List.of("pa-nia", "PARTNER", "National Information Society Agency (NIA)", "한국지능정보사회진흥원(NIA)", "KR", "ASIA"),
            List.of("pa-world-bank", "PARTNER", "World Bank", "월드뱅크", "", ""),
            List.of("pa-afdb", "PARTNER", "African Development Bank", "아프리카개발은행", "", ""));

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            Map<String, Long> ids = new HashMap<>();
            for (List<String> o : OFFICES_AND_PARTNERS) {
                ids.put(
                        o.get(0),
                        insert(
                                connection,
                                o.get(0),
                                o.get(1),
                                o.get(2),
                                o.get(3),
                                o.get(4),
                                o.get(5),
                                false,
                                null,
                                "PARTNER",
                                null,
                                null));
            }
            for (Map<String, String> row : SeedRows.read(resource(MEMBERS))) {
                String key = row.get("org_key");
                if (ids.containsKey(key)) {
                    continue; // a repeat: the findings file reports it
                }
                String office = row.get("regional_office");
                ids.put(
                        key,
                        insert(
                                connection,
                                key,
                                row.get("type"),
                                row.get("name_en"),
                                row.get("name_ko"),
                                row.get("country"),
                                row.get("continent"),
                                "true".equals(row.get("capital")),
                                office == null || office.isEmpty() ? null : ids.get(office),
                                "MEMBER",
                                "before 2023-01",
                                Integer.valueOf(row.get("source_line"))));
            }
            try (PreparedStatement finding = connection.prepareStatement("""
                    INSERT INTO platform_data_finding (source, source_line, org_key, kind, detail_en, detail_ko)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                for (Map<String, String> row : SeedRows.read(resource(FINDINGS))) {
                    finding.setString(1, SOURCE);
                    String line = row.get("source_line");
                    if (line == null || line.isEmpty()) {
                        finding.setNull(2, Types.INTEGER);
                    } else {
                        finding.setInt(2, Integer.parseInt(line));
                    }
                    finding.setString(3, emptyToNull(row.get("org_key")));
                    finding.setString(4, row.get("kind"));
                    finding.setString(5, row.get("detail_en"));
                    finding.setString(6, row.get("detail_ko"));
                    finding.addBatch();
                }
                finding.executeBatch();
            }
        } catch (SQLException | IOException | RuntimeException e) {
            throw new CustomChangeException("Seeding the organisations failed: " + e.getMessage(), e);
        }
    }

    private static long insert(
            Connection connection,
            String key,
            String type,
            String nameEn,
            String nameKo,
            String country,
            String continent,
            boolean capital,
            Long officeId,
            String status,
            String statusNote,
            Integer sourceLine)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO platform_organisation (org_key, type, name_en, name_ko, country, continent, capital,
                    regional_office_id, status, status_note, source_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, key);
            insert.setString(2, type);
            insert.setString(3, nameEn);
            insert.setString(4, nameKo);
            insert.setString(5, emptyToNull(country));
            insert.setString(6, emptyToNull(continent));
            insert.setBoolean(7, capital);
            if (officeId == null) {
                insert.setNull(8, Types.BIGINT);
            } else {
                insert.setLong(8, officeId);
            }
            insert.setString(9, status);
            insert.setString(10, statusNote);
            if (sourceLine == null) {
                insert.setNull(11, Types.INTEGER);
            } else {
                insert.setInt(11, sourceLine);
            }
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static String resource(String path) throws IOException {
        try (InputStream in = OrganisationSeed.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("Missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Organisations seeded from " + MEMBERS;
    }

    @Override
    public void setUp() throws SetupException {}

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {}

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
