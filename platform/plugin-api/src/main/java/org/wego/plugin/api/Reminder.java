package org.wego.plugin.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A deadline reminder a plugin declares with {@link PluginContributions#reminder(Reminder)}: "{@code
 * N} days before the deadline of a record, notify these people". The platform asks {@link #dueDates()}
 * for the coming deadlines once per sweep (once in the whole cluster), and queues each reminder of a
 * record, deadline and lead time exactly once, across nodes and restarts, delivering it through the
 * notifications and the mail outbox in each recipient's language.
 *
 * <p>A deadline that moves is a new deadline: it is reminded of again. A deadline that has passed,
 * or that the source no longer returns (the record was removed or closed), is not reminded of. When
 * several lead times are due at once (a deadline entered late), only the shortest one is sent.
 *
 * <p>The template {@code <template>.subject}/{@code .body} gets the days left (from the sweep's day) as {@code {0}}, the
 * deadline (ISO date) as {@code {1}}, then the due date's own arguments from {@code {2}} on.
 *
 * @param name unique within the plugin: lower-case letters, digits and hyphens
 * @param daysBefore the lead times in days, each from 0 (the day itself) to 366
 * @param template the message template's key prefix in the plugin's bundles
 * @param dueDates where the deadlines come from
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record Reminder(String name, List<Integer> daysBefore, String template, DueDates dueDates) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** @throws IllegalArgumentException for a bad name, no lead time or a lead time out of range */
    public Reminder {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Reminder name '" + name + "' must be lower-case letters, digits and hyphens (at most 40)");
        }
        daysBefore = List.copyOf(daysBefore);
        if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(days -> days < 0 || days > 366)) {
            throw new IllegalArgumentException(
                    "Reminder '" + name + "' needs lead times between 0 and 366 days, not " + daysBefore);
        }
        if (template.isBlank()) {
            throw new IllegalArgumentException("Reminder '" + name + "' needs a message template");
        }
    }

    /** The longest lead time: how far ahead the platform asks for deadlines. */
    public int longestLead() {
        return daysBefore.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
