package org.wego.plugins.membership.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.StatusChange;
import org.wego.plugin.api.ui.HistoryRows;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.membership.profiles.MembershipStanding;

/**
 * The statistics on the seed data of a real platform (expectations counted from the seed CSV, not
 * typed in), a suspended member leaving the counts and coming back when reinstated, the secretariat
 * alone changing a membership, and the CSV export's headers in English and Korean.
 */
@WegoPluginTest
class MembershipStatisticsIT {

    private static final Path SEED = Path.of("../../platform/app/src/main/resources/db/seed/members-2023-01.csv");
    private static final OrganisationKey SECRETARIAT = OrganisationKey.of("wego-secretariat");
    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final List<String> CONTINENTS =
            List.of("ASIA", "AFRICA", "EUROPE", "AMERICAS", "MIDDLE_EAST", "OCEANIA");

    @Test
    void theFiguresAreRightForTheSeedData(RunningPlatform platform) throws Exception {
        List<Map<String, String>> seeded = seededMembers();
        var calls = platform.calls();
        try (var as = calls.as(Role.MEMBER_CITY, HANOI)) {
            Object statistics = statistics(calls, Locale.ENGLISH);

            for (String type : List.of("CITY", "INSTITUTION", "COMPANY")) {
                List<Long> expected = CONTINENTS.stream()
                        .map(c -> seeded.stream()
                                .filter(r -> r.get("type").equals(type)
                                        && r.get("continent").equals(c))
                                .count())
                        .toList();
                assertThat(typeRow(statistics, type, "COMPUTED").subList(0, 6))
                        .as(type + " by continent, counted from the seed CSV")
                        .isEqualTo(expected);
            }
            long capitals = seeded.stream()
                    .filter(r ->
                            r.get("type").equals("CITY") && r.get("capital").equals("true"))
                    .count();
            long others = seeded.stream()
                    .filter(r ->
                            r.get("type").equals("CITY") && !r.get("capital").equals("true"))
                    .count();
            assertThat(figures(statistics, "capitals"))
                    .containsEntry("capitals", List.of(capitals, 42L, capitals - 42))
                    .containsEntry("other-cities", List.of(others, 118L, others - 118));
            Map<String, List<Object>> offices = figures(statistics, "regionalOffices");
            for (String office : List.of("ro-chengdu", "ro-abuja", "ro-beyoglu", "ro-mexico-city", "ro-ulyanovsk")) {
                long count = seeded.stream()
                        .filter(r -> r.get("regional_office").equals(office))
                        .count();
                assertThat(offices.get(office)).as(office).startsWith(count);
            }
            assertThat(offices.get("secretariat"))
                    .startsWith(seeded.stream()
                            .filter(r -> r.get("regional_office").isEmpty())
                            .count());
            Object overview = growthPoint(statistics, "2023-01");
            assertThat(PluginCalls.read(overview, "joined"))
                    .as("every seeded member joined before 2023-01, on a date not recorded")
                    .isEqualTo((long) seeded.size());
            assertThat(PluginCalls.read(overview, "reported")).isEqualTo(213L);
            assertThat(PluginCalls.read(growthPoint(statistics, "2010"), "reported"))
                    .isEqualTo(50L);
            @SuppressWarnings("unchecked")
            var applications = (List<Object>) PluginCalls.read(statistics, "applications");
            assertThat(applications)
                    .as("the applications feature counts every status, zeros included")
                    .extracting(a -> PluginCalls.read(a, "key"))
                    .contains("SUBMITTED", "ON_AGENDA", "ACCEPTED", "REJECTED");
        }
        assertThat(platform.open("membership/statistics", Role.REGIONAL_OFFICE).body())
                .contains("Membership statistics")
                .contains("Members by type and continent")
                .contains("reported, 2023-01")
                .contains(HistoryRows.CSS_CLASS)
                .contains("<svg")
                .contains("Applications by status");
        assertThat(platform.open("", Role.MEMBER_CITY).body()).contains("Membership statistics");
    }

    @Test
    void aSuspendedMemberLeavesTheCountsAndComesBackReinstatedWithItsUsersTold(RunningPlatform platform)
            throws Exception {
        var calls = platform.calls();
        var jdbc = calls.platformBean(JdbcClient.class);
        try (var as = calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            Object before = statistics(calls, Locale.ENGLISH);
            int notices = notices(jdbc, "%suspended%");
            change(calls, "SUSPEND", "Membership fees unpaid for two years");

            Object suspended = statistics(calls, Locale.ENGLISH);
            assertThat(typeRow(suspended, "CITY", "COMPUTED").getFirst())
                    .as("Hanoi (Asia) is not counted while suspended")
                    .isEqualTo(typeRow(before, "CITY", "COMPUTED").getFirst() - 1);
            assertThat(figures(suspended, "capitals").get("capitals").getFirst())
                    .isEqualTo(
                            (Long) figures(before, "capitals").get("capitals").getFirst() - 1);
            assertThat(figures(suspended, "regionalOffices").get("ro-chengdu").getFirst())
                    .isEqualTo((Long) figures(before, "regionalOffices")
                                    .get("ro-chengdu")
                                    .getFirst()
                            - 1);
            assertThat(notices(jdbc, "%suspended%"))
                    .as("Hanoi's users were told")
                    .isGreaterThan(notices);
            assertThat(platform.open("membership/profile?org=vn-hanoi", Role.SECRETARIAT)
                            .body())
                    .contains("Membership status")
                    .contains("Membership fees unpaid for two years")
                    .contains("Reinstate membership");

            assertThatThrownBy(() -> change(calls, "SUSPEND", "Twice"))
                    .hasMessageContaining("membership.standing.invalid.action");
            assertThatThrownBy(() -> change(calls, "REINSTATE", " "))
                    .hasMessageContaining("membership.invalid.required");
            assertThatThrownBy(() -> change(calls, "REINSTATE", "Fees\u0000paid"))
                    .hasMessageContaining("input.invalid.control");
            change(calls, "REINSTATE", "Fees paid");

            Object reinstated = statistics(calls, Locale.ENGLISH);
            assertThat(typeRow(reinstated, "CITY", "COMPUTED")).isEqualTo(typeRow(before, "CITY", "COMPUTED"));
            assertThat(PluginCalls.read(growthPoint(reinstated, "2023-01"), "joined"))
                    .as("reinstated, Hanoi keeps its join date: before 2023-01")
                    .isEqualTo(PluginCalls.read(growthPoint(before, "2023-01"), "joined"));
            @SuppressWarnings("unchecked")
            List<StatusChange> history =
                    (List<StatusChange>) calls.bean(MembershipStanding.class).invoke("history", HANOI);
            assertThat(history.subList(history.size() - 2, history.size()))
                    .extracting(c -> c.from() + ">" + c.to() + ": " + c.reason())
                    .containsExactly(
                            "MEMBER>SUSPENDED: Membership fees unpaid for two years", "SUSPENDED>MEMBER: Fees paid");
            assertThat(jdbc.sql("""
                            SELECT COUNT(*) FROM platform_audit_entry
                            WHERE entity = 'platform.organisation' AND entity_id = 'vn-hanoi'
                              AND after_json LIKE '%SUSPENDED%'""").query(Integer.class).single())
                    .as("the registry audited the suspension")
                    .isPositive();
        }
    }

    @Test
    void aMemberCityCannotChangeAMembershipNotEvenItsOwn(RunningPlatform platform) throws Exception {
        var calls = platform.calls();
        try (var as = calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThatThrownBy(() -> change(calls, "SUSPEND", "Forged")).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> calls.bean(MembershipStanding.class)
                            .invoke(
                                    "change",
                                    OrganisationKey.of("ke-nairobi"),
                                    calls.make(MembershipStanding.Action.class, "END"),
                                    LocalDate.now(),
                                    "Forged"))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(calls.platformBean(OrganisationDirectory.class)
                            .byKey(HANOI)
                            .orElseThrow()
                            .status()
                            .name())
                    .isEqualTo("MEMBER");
        }
        String own = platform.open("membership/profile", Role.MEMBER_CITY).body();
        assertThat(own).contains("Membership status").doesNotContain("Suspend membership");
    }

    @Test
    void theCsvExportHasItsHeadersInTheUsersLanguage(RunningPlatform platform) throws Exception {
        var calls = platform.calls();
        try (var as = calls.as(Role.MEMBER_CITY, HANOI)) {
            // The platform's one wording of reported figures, in each language.
            assertThat(calls.text(HistoryRows.REPORTED_IN_KEY, Locale.ENGLISH, "2023-01"))
                    .isEqualTo("reported, 2023-01");
            assertThat(calls.text(HistoryRows.REPORTED_IN_KEY, Locale.KOREAN, "2023-01"))
                    .isEqualTo("보고 수치, 2023-01");
            String english = (String) calls.bean(MembershipStatistics.class).invoke("csv", Locale.ENGLISH);
            assertThat(english)
                    .startsWith("\uFEFFMembership statistics,")
                    .contains("Figure,Total,Asia,Africa,Europe")
                    .contains("Figure,Counted from the records,\"reported, 2023-01\",Difference")
                    .contains("\"City (reported, 2023-01)\",")
                    .contains("Served by the secretariat");
            String korean = (String) calls.bean(MembershipStatistics.class).invoke("csv", Locale.KOREAN);
            assertThat(korean)
                    .startsWith("\uFEFF회원 통계,")
                    .contains("항목,기록에서 집계,\"보고 수치, 2023-01\",차이")
                    .contains("\"전체, 자료에 인쇄된 합계 행 (보고 수치, 2023-01)\"")
                    .contains("사무국 직접 담당");
        }
    }

    @Test
    void theSeededMembersDifferingFromTheReportedFiguresAreFindingsOnTheDataQualityScreen(RunningPlatform platform)
            throws Exception {
        List<Map<String, String>> seeded = seededMembers();
        long cities = seeded.stream().filter(r -> r.get("type").equals("CITY")).count();
        var calls = platform.calls();
        var jdbc = calls.platformBean(JdbcClient.class);

        // As the plugin's job runs it: no signed-in user.
        Object recorded = calls.bean(ReportedFigureChecks.class).invoke("record");
        assertThat((Integer) recorded)
                .as("the seed holds fewer members than the overview reports")
                .isPositive();
        assertThat(calls.bean(ReportedFigureChecks.class).invoke("record"))
                .as("each finding is recorded once")
                .isEqualTo(0);

        var findings = jdbc.sql("""
                        SELECT subject, detail_en, detail_ko FROM platform_data_finding
                        WHERE plugin_id = 'membership' AND kind = 'reported-count-differs' ORDER BY subject""")
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        assertThat(findings).hasSize((Integer) recorded);
        assertThat(findings)
                .filteredOn(f -> f.getFirst().equals("members-2023-01:ALL"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.get(1))
                            .isEqualTo("The January 2023 overview reports 213 members, but " + seeded.size()
                                    + " members in the registry were seeded from it (no join date recorded).");
                    assertThat(f.get(2))
                            .isEqualTo("2023년 1월 현황 자료는 회원 213개를 보고하지만, 레지스트리에 이 자료로 등록된 회원(가입일 미기록)은 " + seeded.size()
                                    + "개입니다.");
                });
        assertThat(findings)
                .filteredOn(f -> f.getFirst().equals("members-2023-01:CITY"))
                .singleElement()
                .satisfies(f -> assertThat(f.get(1)).contains("reports 160 member cities, but " + cities + " cities"));
        // The platform's data-quality screen lists the plugin's findings to the secretariat only.
        assertThat(platform.open("admin/data-quality", Role.SECRETARIAT).status())
                .isEqualTo(200);
    }

    private static void change(PluginCalls calls, String action, String reason) {
        calls.bean(MembershipStanding.class)
                .invoke("change", HANOI, calls.make(MembershipStanding.Action.class, action), LocalDate.now(), reason);
    }

    private static int notices(JdbcClient jdbc, String subject) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM platform_notification WHERE subject_en LIKE :s AND body_en LIKE '%Hanoi%'")
                .param("s", subject)
                .query(Integer.class)
                .single();
    }

    private static Object statistics(PluginCalls calls, Locale locale) {
        return calls.bean(MembershipStatistics.class).invoke("statistics", locale);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> typeRow(Object statistics, String key, String source) {
        for (Object row : (List<Object>) PluginCalls.read(statistics, "byTypeAndContinent")) {
            if (key.equals(PluginCalls.read(row, "key"))
                    && source.equals(String.valueOf(PluginCalls.read(row, "source")))) {
                return (List<Long>) PluginCalls.read(row, "byContinent");
            }
        }
        throw new AssertionError("no row " + key + " " + source);
    }

    /** Figures by key: computed, reported, difference. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Object>> figures(Object statistics, String component) {
        var figures = new LinkedHashMap<String, List<Object>>();
        for (Object f : (List<Object>) PluginCalls.read(statistics, component)) {
            var values = new ArrayList<Object>();
            values.add(PluginCalls.read(f, "computed"));
            values.add(PluginCalls.read(f, "reported"));
            values.add(PluginCalls.read(f, "difference"));
            figures.put((String) PluginCalls.read(f, "key"), values);
        }
        return figures;
    }

    @SuppressWarnings("unchecked")
    private static Object growthPoint(Object statistics, String period) {
        return ((List<Object>) PluginCalls.read(statistics, "growth"))
                .stream()
                        .filter(p -> period.equals(PluginCalls.read(p, "period")))
                        .findFirst()
                        .orElseThrow();
    }

    /** The seed CSV's members, the first occurrence of each key (as the seed loads them). */
    private static List<Map<String, String>> seededMembers() throws IOException {
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        List<String> header = cells(lines.getFirst());
        var byKey = new LinkedHashMap<String, Map<String, String>>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line);
            var row = new HashMap<String, String>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            byKey.putIfAbsent(row.get("org_key"), row);
        }
        return List.copyOf(byKey.values());
    }

    private static List<String> cells(String line) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
