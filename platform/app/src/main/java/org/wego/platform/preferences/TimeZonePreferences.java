package org.wego.platform.preferences;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wego.platform.audit.AuditTrail;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.TimeZones;

/**
 * Each user's time zone, kept beside their language in {@code platform_user_preference}; the
 * platform's {@link TimeZones} for plugins. A user who chose none sees the platform's zone (its clock's).
 */
@Service
@Transactional
public class TimeZonePreferences implements TimeZones {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    TimeZonePreferences(JdbcClient jdbc, Clock clock, AuditTrail audit, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The zone the user chose, if they ever did (and it is still a zone the JDK knows). */
    @Transactional(readOnly = true)
    public Optional<ZoneId> find(String userId) {
        return jdbc.sql("SELECT time_zone FROM platform_user_preference WHERE user_id = :user"
                        + " AND time_zone IS NOT NULL")
                .param("user", userId)
                .query(String.class)
                .optional()
                .flatMap(TimeZonePreferences::zone);
    }

    /** Remembers the user's zone, audited; their language is left as it is. */
    public ZoneId choose(String userId, ZoneId zone) {
        String before = find(userId).map(ZoneId::getId).orElse(null);
        jdbc.sql("""
                        INSERT INTO platform_user_preference (user_id, time_zone, updated_at)
                        VALUES (:user, :zone, :now)
                        ON DUPLICATE KEY UPDATE time_zone = VALUES(time_zone), updated_at = VALUES(updated_at)
                        """)
                .param("user", userId)
                .param("zone", zone.getId())
                .param("now", LocalDateTime.now(clock))
                .update();
        audit.record("platform.user-preference.time-zone", userId, before, zone.getId());
        return zone;
    }

    @Override
    public ZoneId platformZone() {
        return clock.getZone();
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId currentUser() {
        return currentUser.get().map(user -> of(user.id())).orElseGet(this::platformZone);
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId of(String userId) {
        return find(userId).orElseGet(this::platformZone);
    }

    /** A time the platform stored (a local time in its own zone) as a user in {@code zone} reads it. */
    public LocalDateTime shownIn(LocalDateTime platformTime, ZoneId zone) {
        return platformTime.atZone(platformZone()).withZoneSameInstant(zone).toLocalDateTime();
    }

    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty(); // a zone id a newer JDK dropped: the platform's zone instead
        }
    }
}
