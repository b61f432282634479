package org.wego.platform.preferences;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wego.platform.audit.AuditTrail;
import org.wego.platform.i18n.Translations;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.TimeZones;

/**
 * What each user chose for themselves, kept by the platform in one row per user ({@code
 * platform_user_preference}) so it follows them across browsers and devices: their language and their
 * time zone. Choosing one leaves the other as it is; every choice is audited. Also the platform's
 * {@link TimeZones} for plugins: a user who chose no zone sees the platform's (its clock's).
 */
@Service
@Transactional
public class UserPreferences implements TimeZones {

    /** One preference: its column and the audit trail's entity of its changes. */
    private enum Preference {
        LANGUAGE("locale", "platform.user-preference.language"),
        TIME_ZONE("time_zone", "platform.user-preference.time-zone");

        private final String column;
        private final String auditEntity;

        Preference(String column, String auditEntity) {
            this.column = column;
            this.auditEntity = auditEntity;
        }
    }

    private final JdbcClient jdbc;
    private final Translations translations;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    UserPreferences(
            JdbcClient jdbc, Translations translations, Clock clock, AuditTrail audit, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.clock = clock;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The language the user chose, if they ever did. */
    @Transactional(readOnly = true)
    public Optional<Locale> language(String userId) {
        return stored(userId, Preference.LANGUAGE).map(Locale::forLanguageTag);
    }

    /** Remembers the user's language; any locale is narrowed to a supported language first. */
    public Locale chooseLanguage(String userId, Locale locale) {
        Locale language = translations.supported(locale);
        store(userId, Preference.LANGUAGE, language.toLanguageTag());
        return language;
    }

    /** The zone the user chose, if they ever did (and it is still a zone the JDK knows). */
    @Transactional(readOnly = true)
    public Optional<ZoneId> timeZone(String userId) {
        return stored(userId, Preference.TIME_ZONE).flatMap(UserPreferences::zone);
    }

    /** Remembers the user's zone. */
    public ZoneId chooseTimeZone(String userId, ZoneId zone) {
        store(userId, Preference.TIME_ZONE, zone.getId());
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
        return timeZone(userId).orElseGet(this::platformZone);
    }

    /** A time the platform stored (a local time in its own zone) as a user in {@code zone} reads it. */
    public LocalDateTime shownIn(LocalDateTime platformTime, ZoneId zone) {
        return platformTime.atZone(platformZone()).withZoneSameInstant(zone).toLocalDateTime();
    }

    private Optional<String> stored(String userId, Preference preference) {
        // The column comes from the enum above, never from input.
        return jdbc.sql("SELECT " + preference.column + " FROM platform_user_preference WHERE user_id = :user AND "
                        + preference.column + " IS NOT NULL")
                .param("user", userId)
                .query(String.class)
                .optional();
    }

    private void store(String userId, Preference preference, String value) {
        @Nullable String before = stored(userId, preference).orElse(null);
        String column = preference.column;
        jdbc.sql("INSERT INTO platform_user_preference (user_id, " + column
                        + ", updated_at) VALUES (:user, :value, :now)"
                        + " ON DUPLICATE KEY UPDATE " + column + " = VALUES(" + column + "),"
                        + " updated_at = VALUES(updated_at)")
                .param("user", userId)
                .param("value", value)
                .param("now", LocalDateTime.now(clock))
                .update();
        audit.record(preference.auditEntity, userId, before, value);
    }

    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty(); // a zone id a newer JDK dropped: the platform's zone instead
        }
    }
}
