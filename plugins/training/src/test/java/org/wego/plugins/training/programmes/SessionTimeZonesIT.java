package org.wego.plugins.training.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;

/**
 * Session times follow the reader's time-zone preference (the platform's, on MariaDB): a session held
 * in Seoul is read by a user who chose Paris at Paris time, with the UTC offset written out; a user who
 * chose none reads it in the platform's zone.
 */
@WegoPluginTest
class SessionTimeZonesIT {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Test
    void aUserInAnotherZoneReadsTheSessionConvertedWithItsOffset(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        LocalDate start = ProgrammeSessionsIT.START;
        String title = "Zones " + System.nanoTime();
        long id;
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            id = (Long) t.programmes(
                    "create",
                    ProgrammeSessionsIT.input(
                            t,
                            title,
                            "ON_SITE",
                            "OPEN",
                            List.of(ProgrammeSessionsIT.session(t, start, "09:00", "12:00", "Asia/Seoul"))));
        }
        OrganisationKey city =
                t.cities(OrganisationKey.of("ro-chengdu"), 1).getFirst().key();
        String inParis = "training-zones-paris-" + System.nanoTime();
        t.jdbc.sql("""
                        INSERT INTO platform_user_preference (user_id, time_zone, updated_at)
                        VALUES (:user, 'Europe/Paris', :now)""").param("user", inParis).param("now", LocalDateTime.now()).update();
        ZonedDateTime nineInSeoul = ZonedDateTime.of(start, LocalTime.of(9, 0), ZoneId.of("Asia/Seoul"));

        try (var acting = t.calls.as(inParis, Role.MEMBER_CITY, city)) {
            assertThat(t.programmes("sessionTimesOf", id)).isEqualTo(List.of(shown(nineInSeoul, "Europe/Paris")));
        }
        ZoneId platformZone = t.calls.platformBean(Clock.class).getZone();
        try (var acting = t.calls.as("training-zones-none-" + System.nanoTime(), Role.MEMBER_CITY, city)) {
            assertThat(t.programmes("sessionTimesOf", id)).isEqualTo(List.of(shown(nineInSeoul, platformZone.getId())));
        }
    }

    /** 09:00–12:00 in Seoul as read in a zone, worked out here with java.time. */
    private static String shown(ZonedDateTime start, String zone) {
        ZonedDateTime there = start.withZoneSameInstant(ZoneId.of(zone));
        String offset = there.getOffset().getTotalSeconds() == 0
                ? "+00:00"
                : there.getOffset().getId();
        return DAY_TIME.format(there) + "–" + TIME.format(there.plusHours(3)) + " (UTC" + offset + ")";
    }
}
