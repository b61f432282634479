package org.wego.plugins.events.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/** The events plugin on a real platform: seed, register, scope of documents, API, organisation page. */
@WegoPluginTest
class EventsIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");

    private static Map<String, Function<Object[], Object>> plugin;
    private static PluginCalls calls;

    @BeforeAll
    static void calls(RunningPlatform platform) {
        calls = platform.calls();
        plugin = calls.inPlugin(Events.class, EventCalls.class);
    }

    @Test
    void theSeedHoldsTheOverviewsNamedEventsByTheirYearOnly(RunningPlatform platform) {
        assertThat(platform.pluginFailure()).isEmpty();
        var jdbc = JdbcClient.create(calls.platformBean(DataSource.class));
        var perYear = new TreeMap<Integer, Long>();
        jdbc.sql("""
                        SELECT event_year, COUNT(*) AS n FROM events_event
                        WHERE source = 'overview-2023-01' GROUP BY event_year""").query(rs -> {
            perYear.put(rs.getInt("event_year"), rs.getLong("n"));
        });
        assertThat(perYear)
                .containsExactlyEntriesOf(new TreeMap<>(
                        Map.of(2015, 1L, 2016, 3L, 2017, 3L, 2018, 5L, 2019, 5L, 2020, 2L, 2021, 1L, 2022, 2L)));
        assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM events_event WHERE source = 'overview-2023-01'
                                AND (start_date IS NOT NULL OR end_date IS NOT NULL)""").query(Long.class).single())
                .as("no invented dates")
                .isZero();
        assertThat(jdbc.sql("SELECT title_en FROM events_event WHERE source = 'overview-2023-01'")
                        .query(String.class)
                        .list())
                .contains(
                        "Smart City Expo Barcelona",
                        "AfDB Annual Meetings, Busan",
                        "World Cities Summit",
                        "WeGO–ITU Asia-Pacific e-Government Forum 2017, Bangkok",
                        "WeGO–World Bank e-Government Workshop 2019");
        // The reported counts stay figures: no year holds more named records than the overview counted.
        var reported = Map.of(2016, 5L, 2017, 3L, 2018, 10L, 2019, 6L, 2020, 6L, 2021, 11L, 2022, 10L);
        perYear.forEach((year, named) ->
                assertThat(named).as("" + year).isLessThanOrEqualTo(reported.getOrDefault(year, Long.MAX_VALUE)));
    }

    @Test
    void theStatisticsShowCountedAndReportedSideBySideToEveryRole(RunningPlatform platform) {
        for (Role role : Role.values()) {
            String body = platform.open("events/statistics", role).body();
            assertThat(body).as(role.claimValue()).contains("events-statistics-counted", "events-statistics-reported");
        }
    }

    @Test
    void theSecretariatRecordsAndAMemberCitySeesTheEventOnItsPageAndInTheApi(RunningPlatform platform)
            throws Exception {
        long id;
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            id = (Long)
                    plugin.get("record").apply(new Object[] {"Smart Cities Summit <b>2026</b>", Set.of("vn-hanoi")});
        }
        assertThat(calls.auditOf(Events.ENTITY, Long.toString(id))).hasSize(1);
        assertThat(platform.open("organisation/vn-hanoi", Role.MEMBER_CITY).body())
                .contains("Smart Cities Summit", "events-organisation");
        for (Role role : Role.values()) {
            var one = platform.api("GET", "/api/v1/events/" + id, role, null);
            assertThat(one.statusCode()).as(role.claimValue()).isEqualTo(200);
            assertThat(one.body()).contains("\"participants\":[\"vn-hanoi\"]", "\"startDate\":\"2026-10-12\"");
            assertThat(platform.api("GET", "/api/v1/events?year=2018&size=100", role, null)
                            .body())
                    .contains("AfDB Annual Meetings, Busan")
                    .doesNotContain("World Cities Summit");
        }
        assertThat(platform.api("GET", "/api/v1/events/" + id, null, null).statusCode())
                .isEqualTo(401);
        assertThat(platform.api("GET", "/api/v1/events/999999999", Role.MEMBER_CITY, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(platform.api("GET", "/api/v1/events?size=1000", Role.MEMBER_CITY, null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(platform.api("GET", "/v3/api-docs", Role.SECRETARIAT, null).body())
                .contains("/api/v1/events/{id}", "/api/v1/events");
    }

    @Test
    void onlyTheSecretariatRecordsAndAStaleChangeIsRefused() throws Exception {
        for (Role role : new Role[] {Role.MEMBER_CITY, Role.REGIONAL_OFFICE}) {
            try (var user = calls.as(role, HANOI)) {
                assertThatThrownBy(() -> plugin.get("record").apply(new Object[] {"Mine", Set.of()}))
                        .as(role.claimValue())
                        .isInstanceOf(PermissionDeniedException.class);
            }
        }
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            long id = (Long) plugin.get("record").apply(new Object[] {"Seoul -- Smart City Week", Set.of()});
            long second = (Long) plugin.get("change").apply(new Object[] {id, 0L});
            assertThat(second).isEqualTo(1L);
            assertThatThrownBy(() -> plugin.get("change").apply(new Object[] {id, 0L}))
                    .as("a change made on the first copy")
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("events.stale");
            assertThat(calls.auditOf(Events.ENTITY, Long.toString(id))).hasSize(2);
        }
    }

    @Test
    void documentsAreReadByEverySignedInUserAndFiledOnlyByTheSecretariat(RunningPlatform platform) throws Exception {
        long event;
        long file;
        try (var secretariat = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            event = (Long) plugin.get("record").apply(new Object[] {"Forum with a programme", Set.of()});
            file = (Long) plugin.get("file").apply(new Object[] {event});
        }
        for (Role role : Role.values()) {
            assertThat(platform.open("files/" + file, role).status())
                    .as(role.claimValue())
                    .isEqualTo(200);
        }
        var anonymous = platform.openAnonymously("files/" + file);
        assertThat(anonymous.isKeycloakLoginForm() || anonymous.status() == 401 || anonymous.status() == 404)
                .as("anonymous: " + anonymous.status())
                .isTrue();
        for (Role role : new Role[] {Role.MEMBER_CITY, Role.REGIONAL_OFFICE}) {
            try (var user = calls.as(role, HANOI)) {
                assertThat((Boolean) plugin.get("sees").apply(new Object[] {file}))
                        .isTrue();
                assertThatThrownBy(() -> plugin.get("file").apply(new Object[] {event}))
                        .as(role.claimValue() + " files a document")
                        .isInstanceOf(PermissionDeniedException.class);
            }
        }
    }
}
