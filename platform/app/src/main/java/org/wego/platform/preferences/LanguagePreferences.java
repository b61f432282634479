package org.wego.platform.preferences;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wego.platform.audit.AuditTrail;
import org.wego.platform.i18n.Translations;

/** Each user's chosen language, kept by the platform so it follows them across browsers and devices. */
@Service
@Transactional
public class LanguagePreferences {

    private final JdbcClient jdbc;
    private final Translations translations;
    private final Clock clock;

    private final AuditTrail audit;

    LanguagePreferences(JdbcClient jdbc, Translations translations, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.clock = clock;
        this.audit = audit;
    }

    /** The language the user chose, if they ever did. */
    @Transactional(readOnly = true)
    public Optional<Locale> find(String userId) {
        return jdbc.sql("SELECT locale FROM platform_user_preference WHERE user_id = :user AND locale IS NOT NULL")
                .param("user", userId)
                .query(String.class)
                .optional()
                .map(Locale::forLanguageTag);
    }

    /** Remembers the user's language; any locale is narrowed to a supported language first. */
    public Locale choose(String userId, Locale locale) {
        Locale language = translations.supported(locale);
        String before = find(userId).map(Locale::toLanguageTag).orElse(null);
        jdbc.sql("""
                        INSERT INTO platform_user_preference (user_id, locale, updated_at)
                        VALUES (:user, :locale, :now)
                        ON DUPLICATE KEY UPDATE locale = VALUES(locale), updated_at = VALUES(updated_at)
                        """)
                .param("user", userId)
                .param("locale", language.toLanguageTag())
                .param("now", LocalDateTime.now(clock))
                .update();
        audit.record("platform.user-preference.language", userId, before, language.toLanguageTag());
        return language;
    }
}
