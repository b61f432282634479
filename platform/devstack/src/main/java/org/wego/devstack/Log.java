package org.wego.devstack;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The stack's own progress lines on standard output, which the launcher copies to its log. Kept apart
 * from SLF4J so that library chatter can be silenced without losing these.
 */
final class Log {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private Log() {}

    static void info(String message) {
        System.out.println(LocalTime.now().format(TIME) + " [devstack] " + message);
        System.out.flush();
    }

    static void error(String message) {
        System.err.println(LocalTime.now().format(TIME) + " [devstack] ERROR " + message);
        System.err.flush();
    }

    static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
