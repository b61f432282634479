package org.wego.plugins.agreements.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/** The statistics on a real platform: counted from the register by type and kind, shown to every role. */
@WegoPluginTest
class AgreementStatisticsIT {

    private static Map<String, Function<Object[], Object>> plugin;
    private static PluginCalls calls;

    @BeforeAll
    static void calls(RunningPlatform platform) {
        calls = platform.calls();
        plugin = calls.inPlugin(AgreementStatistics.class, StatisticsCalls.class);
    }

    @Test
    void aSignedAgreementCountsInItsYearKindAndItsCounterpartiesTypesAndContinents(RunningPlatform platform)
            throws Exception {
        assertThat(platform.pluginFailure()).isEmpty();
        Map<String, Long> before;
        Map<String, Long> after;
        try (var as = calls.as(Role.SECRETARIAT, PluginCalls.SECRETARIAT)) {
            before = figures();
            // A city of Asia and a partner recorded as a government (the registry's partner kinds).
            plugin.get("record").apply(new Object[] {2017, List.of("vn-hanoi", "pa-nia")});
            after = figures();
        }
        assertThat(after.get("year:2017")).isEqualTo(before.getOrDefault("year:2017", 0L) + 1);
        assertThat(after.get("kind:LETTER_OF_INTENT")).isEqualTo(before.get("kind:LETTER_OF_INTENT") + 1);
        assertThat(after.get("type:CITY")).isEqualTo(before.get("type:CITY") + 1);
        assertThat(after.get("type:GOVERNMENT"))
                .as("a partner counts by its kind")
                .isEqualTo(before.get("type:GOVERNMENT") + 1);
        assertThat(after.get("continent:ASIA")).isEqualTo(before.get("continent:ASIA") + 1);
        assertThat(after.get("total")).isEqualTo(before.get("total") + 1);
        assertThat(after)
                .as("the overview's figures, never added in")
                .containsEntry("reported:2019", 7L)
                .containsEntry("reported:2020", 3L)
                .containsEntry("reported:2021", 3L)
                .containsEntry("reported:2022", 9L);
    }

    @Test
    void everyRoleSeesCountedAndReportedSideBySide(RunningPlatform platform) {
        for (Role role : Role.values()) {
            String body = platform.open("agreements/statistics", role).body();
            assertThat(body)
                    .as(role.claimValue())
                    .contains("agreements-statistics-counted", "agreements-statistics-reported");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> figures() {
        return (Map<String, Long>) plugin.get("figures").apply(new Object[0]);
    }
}
