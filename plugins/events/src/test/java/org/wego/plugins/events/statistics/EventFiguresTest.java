package org.wego.plugins.events.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.wego.plugins.events.register.WegoRole;

/** Counted events and reported counts stand side by side, per year, and are never added up. */
class EventFiguresTest {

    @Test
    void eachYearShowsWhatTheRegisterCountsBesideWhatWasReported() {
        Map<@Nullable WegoRole, Long> y2018 = new HashMap<>();
        y2018.put(WegoRole.CO_HOST, 2L);
        y2018.put(WegoRole.SPEAKER, 1L);
        y2018.put(null, 2L);
        Map<@Nullable WegoRole, Long> y2015 = new HashMap<>();
        y2015.put(WegoRole.CO_HOST, 1L);

        var figures = EventFigures.of(Map.of(2018, y2018, 2015, y2015), EventFigures.REPORTED_2023_01);

        assertThat(figures.years())
                .extracting(EventFigures.Year::year)
                .containsExactly(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022);
        var of2018 = figures.years().get(3);
        assertThat(of2018.counted()).isEqualTo(5);
        assertThat(of2018.reported()).isEqualTo(10);
        assertThat(of2018.notRecorded()).isEqualTo(2);
        assertThat(of2018.byRole()).containsEntry(WegoRole.CO_HOST, 2L).containsEntry(WegoRole.HOST, 0L);
        assertThat(figures.years().getFirst().reported())
                .as("2015: not in the overview")
                .isNull();
        assertThat(figures.years().get(1).counted()).as("2016: reported only").isZero();
        assertThat(figures.total()).as("counted only, the reported never added").isEqualTo(6);
        assertThat(figures.byRole()).containsEntry(WegoRole.CO_HOST, 3L);
        assertThat(figures.roleNotRecorded()).isEqualTo(2);
    }

    @Test
    void theOverviewsFiguresAreTheReportedOnes() {
        assertThat(EventFigures.REPORTED_2023_01)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(2016, 5L, 2017, 3L, 2018, 10L, 2019, 6L, 2020, 6L, 2021, 11L, 2022, 10L));
    }
}
