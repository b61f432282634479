package org.wego.platform.reminders;

import java.time.LocalDate;
import java.util.Collection;
import java.util.OptionalInt;

/** Which lead time of a deadline is due today (pure, no I/O). */
final class ReminderRules {

    private ReminderRules() {}

    /**
     * The lead time to remind of today: the shortest one whose day has come, so a deadline entered
     * late gets one reminder rather than all its missed ones at once; none for a past deadline or
     * before the longest lead time's day.
     */
    static OptionalInt dueLead(LocalDate today, LocalDate deadline, Collection<Integer> daysBefore) {
        if (deadline.isBefore(today)) {
            return OptionalInt.empty();
        }
        return daysBefore.stream()
                .mapToInt(Integer::intValue)
                .filter(days -> !deadline.minusDays(days).isAfter(today))
                .min();
    }
}
