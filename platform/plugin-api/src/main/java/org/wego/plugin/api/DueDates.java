package org.wego.plugin.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines a {@link Reminder} is about, read from the plugin's own records. Called by the
 * platform's reminder sweep outside any user request (no signed-in user), on a thread whose context
 * class loader is the plugin's; keep it a read.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
@FunctionalInterface
public interface DueDates {

    /**
     * The deadlines from {@code from} to {@code until}, both inclusive, of the records that still
     * need a reminder (e.g. programmes still open for nominations).
     */
    List<DueDate> between(LocalDate from, LocalDate until);
}
