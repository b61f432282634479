package org.wego.plugins.membership.applications;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How often the public form may be sent: at most {@link #PER_IP} applications an hour from one IP
 * address and {@link #PER_EMAIL} a day for one contact e-mail address. Each limit counts in a window
 * (the hour, the day) stored as one database row per window and address, so the count holds across a
 * cluster; these are the rules, the service does the counting.
 */
final class SubmissionLimits {

    static final int PER_IP = 5;
    static final int PER_EMAIL = 3;

    /** Windows older than this are deleted as new ones are counted. */
    static final int KEEP_DAYS = 2;

    private SubmissionLimits() {}

    /** A window of one limit for one address. */
    record Window(String bucket, LocalDateTime start, int max, String messageKey) {

        /** Whether this many submissions in the window are still allowed. */
        boolean allows(int hits) {
            return hits <= max;
        }
    }

    static Window ofIp(String ip, LocalDateTime now) {
        LocalDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        return new Window("ip:" + ip + "@" + hour, hour, PER_IP, "membership.applications.limit.ip");
    }

    static Window ofEmail(String email, LocalDateTime now) {
        LocalDateTime day = now.truncatedTo(ChronoUnit.DAYS);
        return new Window(
                "email:" + email.strip().toLowerCase(Locale.ROOT) + "@" + day.toLocalDate(),
                day,
                PER_EMAIL,
                "membership.applications.limit.email");
    }

    /** An address the form can be counted under: the request's, or "unknown" when there is none. */
    static String ip(@org.jspecify.annotations.Nullable String remoteAddress) {
        String ip = remoteAddress == null ? "" : remoteAddress.strip();
        return ip.isEmpty() || ip.length() > 45 || !ip.matches("[0-9A-Fa-f.:%a-z]+") ? "unknown" : ip;
    }
}
