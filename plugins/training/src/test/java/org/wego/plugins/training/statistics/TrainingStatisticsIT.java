package org.wego.plugins.training.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;
import org.wego.plugins.training.programmes.ProgrammeInput;
import org.wego.plugins.training.programmes.ProgrammeMode;
import org.wego.plugins.training.programmes.ProgrammeStatus;

/**
 * The training statistics on a real platform on MariaDB, for a known set of programmes: only enrolled
 * nominations of completed programmes count (not waitlisted, rejected or cancelled ones, not those of
 * a programme still open), per year, partner, continent and regional office, with distinct cities; the
 * 1,183 officials reported before the platform stand as their own row, added to the total; every role
 * sees the page, which shows counts but no names; the CSV is Korean with a BOM.
 */
@WegoPluginTest
class TrainingStatisticsIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey NAIROBI = OrganisationKey.of("ke-nairobi");
    /** Partners of the known programmes: Seoul, and the Chengdu office (a training partner in 2023). */
    private static final OrganisationKey SEOUL = OrganisationKey.of("kr-seoul");

    private static final OrganisationKey CHENGDU_OFFICE = OrganisationKey.of("ro-chengdu");
    /** Years no other test's programmes end in, so their rows hold the known programmes only. */
    private static final int YEAR_A = 2011;

    private static final int YEAR_B = 2012;

    private static final int YEAR_C = 2013;

    @Test
    void theFiguresOfAKnownSetOfProgrammesBesideTheReportedHistory(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        Map<String, Map<String, Object>> before = rows(t, "byPartner");
        Map<String, Map<String, Object>> continentsBefore = rows(t, "byContinent");
        Map<String, Map<String, Object>> officesBefore = rows(t, "byRegionalOffice");
        long totalBefore = officials(totals(t).getFirst());
        String tag = Long.toString(System.nanoTime());
        SignedInUser officer = t.secretariat();

        // A (Seoul, ends in 2011): capacity 3, quota 2. Hanoi 3 (the third waits: quota), Nairobi 2 (one rejected).
        long a = t.openProgramme("Stats A " + tag, 3, 2);
        List<Long> hanoiA = nominate(t, a, HANOI, tag + "a", 3);
        List<Long> nairobiA = nominate(t, a, NAIROBI, tag + "a", 2);
        for (long n : List.of(hanoiA.get(0), hanoiA.get(1), hanoiA.get(2), nairobiA.get(0))) {
            t.decide(officer, t.requestOf(n), ApprovalStatus.APPROVED);
        }
        t.decide(officer, t.requestOf(nairobiA.get(1)), ApprovalStatus.REJECTED);
        assertThat(t.statusOf(hanoiA.get(2))).isEqualTo("WAITLISTED");
        // B (Chengdu office, ends in 2012): Hanoi 2, one of them cancelled before it ran.
        long b = t.openProgramme("Stats B " + tag, 10, 2);
        List<Long> hanoiB = nominate(t, b, HANOI, tag + "b", 2);
        for (long n : hanoiB) {
            t.decide(officer, t.requestOf(n), ApprovalStatus.APPROVED);
        }
        try (var acting = t.as(Role.MEMBER_CITY, HANOI)) {
            t.nominations("cancel", hanoiB.get(1));
        }
        // C (Seoul, still open): Nairobi 1 enrolled, not trained yet.
        long c = t.openProgramme("Stats C " + tag, 10, 2);
        t.decide(officer, t.requestOf(nominate(t, c, NAIROBI, tag + "c", 1).getFirst()), ApprovalStatus.APPROVED);

        complete(t, a, "Stats A " + tag, SEOUL, YEAR_A, 3, 2);
        complete(t, b, "Stats B " + tag, CHENGDU_OFFICE, YEAR_B, 10, 2);

        // Trained: A → Hanoi 2 + Nairobi 1 in 2011; B → Hanoi 1 in 2012. Four officials.
        Map<String, Map<String, Object>> byYear = rows(t, "byYear");
        assertThat(figure(byYear.get(Integer.toString(YEAR_A)))).isEqualTo("3/2");
        assertThat(figure(byYear.get(Integer.toString(YEAR_B)))).isEqualTo("1/1");
        Map<String, Map<String, Object>> after = rows(t, "byPartner");
        assertThat(officials(after.get(SEOUL.value())) - officials(before.get(SEOUL.value())))
                .isEqualTo(3);
        assertThat(officials(after.get(CHENGDU_OFFICE.value())) - officials(before.get(CHENGDU_OFFICE.value())))
                .isEqualTo(1);
        Map<String, Map<String, Object>> continents = rows(t, "byContinent");
        assertThat(officials(continents.get("ASIA")) - officials(continentsBefore.get("ASIA")))
                .isEqualTo(3);
        assertThat(officials(continents.get("AFRICA")) - officials(continentsBefore.get("AFRICA")))
                .isEqualTo(1);
        var directory = t.calls.platformBean(OrganisationDirectory.class);
        String hanoiOffice = officeOf(directory, HANOI);
        String nairobiOffice = officeOf(directory, NAIROBI);
        assertThat(hanoiOffice).isNotEqualTo(nairobiOffice);
        Map<String, Map<String, Object>> offices = rows(t, "byRegionalOffice");
        assertThat(officials(offices.get(hanoiOffice)) - officials(officesBefore.get(hanoiOffice)))
                .isEqualTo(3);
        assertThat(officials(offices.get(nairobiOffice)) - officials(officesBefore.get(nairobiOffice)))
                .isEqualTo(1);

        // Totals: the platform's, the report of January 2023 as its own row, and both together.
        List<Object> totals = totals(t);
        long computed = officials(totals.getFirst());
        assertThat(computed - totalBefore).isEqualTo(4);
        assertThat(totals).hasSize(3);
        Object reported = totals.get(1);
        assertThat(PluginCalls.read(reported, "source")).hasToString("REPORTED");
        assertThat(officials(reported)).isEqualTo(1183);
        assertThat(PluginCalls.read(reported, "cities")).isEqualTo(40L);
        assertThat(PluginCalls.read(reported, "citiesAtLeast")).isEqualTo(true);
        // The platform's one wording of reported figures (HistoryRows), with the month of the overview.
        assertThat((String) PluginCalls.read(reported, "label")).contains("reported, 2023-01");
        assertThat(officials(totals.get(2))).isEqualTo(computed + 1183);
        assertThat(PluginCalls.read(totals.get(2), "cities")).isNull();
        // The report is never spread over years: a row of its own, not inside 2011 or 2012.
        assertThat(byYear.values().stream().filter(r -> "REPORTED".equals(String.valueOf(r.get("source")))))
                .singleElement()
                .satisfies(r -> assertThat(r.get("officials")).isEqualTo(1183L));

        // Every role sees the page: counts, the report labelled, no trainee names.
        for (Role role : Role.values()) {
            String page = platform.open("training/statistics", role).body();
            assertThat(page)
                    .as(role.claimValue())
                    .contains("Training statistics")
                    .contains("Officials trained per year")
                    .contains("1183")
                    .contains("40+")
                    .contains("reported, 2023-01")
                    .contains("training-chart-by-year")
                    .doesNotContain("Person " + tag);
        }

        // The CSV in Korean: BOM, Korean headers, the year rows.
        String csv;
        try (var acting = t.as(Role.MEMBER_CITY, NAIROBI)) {
            csv = (String) t.calls.bean(TrainingStatistics.class).invoke("csv", Locale.KOREAN);
        }
        assertThat(csv)
                .startsWith("\uFEFF연수 통계,")
                .contains("구분,교육받은 공무원,참여 도시,출처\r\n")
                .contains("2011,3,2,플랫폼 집계\r\n")
                .contains(",1183,40+,\"보고 수치, 2023-01\"\r\n")
                .doesNotContain("Person " + tag);
    }

    @Test
    void whereAttendanceWasTakenOnlyThoseWhoMetTheCompletionRuleCount(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        String tag = Long.toString(System.nanoTime());
        long programme = t.openProgramme("Stats C " + tag, 10, 5);
        List<Long> hanoi = nominate(t, programme, HANOI, tag + "c", 3);
        for (long n : hanoi) {
            t.decide(t.secretariat(), t.requestOf(n), ApprovalStatus.APPROVED);
        }
        complete(t, programme, "Stats C " + tag, SEOUL, YEAR_C, 10, 5);
        // Five sessions; the default rule (80 %) needs four. Attended: 5, 4 and 3 sessions.
        List<Long> sessions = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
            t.jdbc.sql("""
                            INSERT INTO training_session (programme_id, session_date, start_time, end_time, zone)
                            VALUES (:programme, :day, '09:00', '12:00', 'Asia/Seoul')""")
                    .param("programme", programme)
                    .param("day", LocalDate.of(YEAR_C, 5, 10).plusDays(day))
                    .update(key, "id");
            sessions.add(key.getKeyAs(Number.class).longValue());
        }
        int[] attended = {5, 4, 3};
        for (int i = 0; i < hanoi.size(); i++) {
            for (int s = 0; s < sessions.size(); s++) {
                t.jdbc.sql("""
                                INSERT INTO training_attendance (session_id, nomination_id, present, recorded_by,
                                    recorded_at)
                                VALUES (:session, :nomination, :present, 'TrainingStatisticsIT', NOW(6))""")
                        .param("session", sessions.get(s))
                        .param("nomination", hanoi.get(i))
                        .param("present", s < attended[i])
                        .update();
            }
        }
        assertThat(figure(rows(t, "byYear").get(Integer.toString(YEAR_C)))).isEqualTo("2/1");

        // A stricter rule set on the programme (100 %) leaves only the one present every time.
        t.jdbc.sql("""
                        INSERT INTO training_completion_rule (programme_id, min_percent, updated_by, updated_at, version)
                        VALUES (:programme, 100, 'TrainingStatisticsIT', NOW(6), 0)""").param("programme", programme).update();
        assertThat(figure(rows(t, "byYear").get(Integer.toString(YEAR_C)))).isEqualTo("1/1");
    }

    /** Nominates people of a city as that city. */
    private static List<Long> nominate(TrainingCalls t, long programme, OrganisationKey city, String tag, int count)
            throws Exception {
        var ids = new ArrayList<Long>();
        try (var acting = t.as(Role.MEMBER_CITY, city)) {
            for (int i = 0; i < count; i++) {
                String who = "Person " + tag + " " + city.value() + " " + i;
                String email = "s" + tag + "-" + city.value() + "-" + i + "@example.org";
                ids.add((Long) t.nominations("nominate", programme, t.trainee(who, city, email)));
            }
        }
        return ids;
    }

    /** The secretariat marks a programme completed, with its dates moved into a year of the past. */
    private static void complete(
            TrainingCalls t, long programme, String title, OrganisationKey partner, int year, int capacity, int quota)
            throws Exception {
        long version = t.jdbc.sql("SELECT version FROM training_programme WHERE id = :id")
                .param("id", programme)
                .query(Long.class)
                .single();
        LocalDate start = LocalDate.of(year, 5, 10);
        Object input = t.calls.make(
                ProgrammeInput.class,
                title,
                "연수 " + title,
                null,
                null,
                partner,
                t.calls.make(ProgrammeMode.class, "ON_SITE"),
                "Seoul HRD institute",
                "en",
                start,
                start.plusDays(4),
                start.minusDays(14),
                capacity,
                quota,
                t.calls.make(ProgrammeStatus.class, "COMPLETED"));
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            t.programmes("update", programme, version, input);
        }
    }

    private static List<Object> totals(TrainingCalls t) throws Exception {
        return table(t, "totals");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> table(TrainingCalls t, String accessor) throws Exception {
        try (var acting = t.as(Role.MEMBER_CITY, HANOI)) {
            Object figures = t.calls.bean(TrainingStatistics.class).invoke("statistics", Locale.ENGLISH);
            return (List<Object>) PluginCalls.read(figures, accessor);
        }
    }

    /** A table's computed and reported rows by key (the "together" row left out), as maps. */
    private static Map<String, Map<String, Object>> rows(TrainingCalls t, String accessor) throws Exception {
        var rows = new java.util.LinkedHashMap<String, Map<String, Object>>();
        for (Object row : table(t, accessor)) {
            if ("TOGETHER".equals(String.valueOf(PluginCalls.read(row, "source")))) {
                continue;
            }
            var values = new java.util.HashMap<String, Object>();
            for (String name : List.of("key", "label", "source", "officials", "cities")) {
                Object value = PluginCalls.read(row, name);
                values.put(name, name.equals("source") ? String.valueOf(value) : value);
            }
            rows.put((String) values.get("key"), values);
        }
        return rows;
    }

    private static long officials(Object row) {
        if (row == null) {
            return 0;
        }
        Object value = row instanceof Map<?, ?> map ? map.get("officials") : PluginCalls.read(row, "officials");
        return ((Number) value).longValue();
    }

    private static String figure(Map<String, Object> row) {
        assertThat(row).isNotNull();
        return row.get("officials") + "/" + row.get("cities");
    }

    private static String officeOf(OrganisationDirectory directory, OrganisationKey city) {
        OrganisationKey office = directory.byKey(city).orElseThrow().regionalOffice();
        return office == null ? TrainingStatisticsCalculator.SECRETARIAT : office.value();
    }
}
