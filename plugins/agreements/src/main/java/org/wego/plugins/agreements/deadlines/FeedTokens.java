package org.wego.plugins.agreements.deadlines;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.agreements.register.Agreements;

/**
 * The secret tokens of the deadlines' calendar feed: one live token per user of the secretariat, shown once when
 * made and stored only as its SHA-256, so a copy of the database reveals no feed address. Making a new one
 * revokes the old; a revoked token answers nothing. Each change is audited.
 */
@Component
@Transactional
class FeedTokens {

    /** The audit trail's entity. */
    static final String ENTITY = "agreements.feed-token";

    /** 32 random bytes, base64url without padding. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PluginContext platform;
    private final JdbcClient jdbc;

    FeedTokens(PluginContext platform) {
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** The signed-in user's live token, without its secret. */
    record Live(long id, LocalDateTime createdAt, long version) {}

    /** The signed-in user's live token, if they made one and did not revoke it. */
    @Transactional(readOnly = true)
    Optional<Live> current() {
        SignedInUser user = requireManager();
        return jdbc.sql("""
                        SELECT id, created_at, version FROM agreements_feed_token
                        WHERE user_id = :user AND revoked_at IS NULL ORDER BY id DESC LIMIT 1""")
                .param("user", user.id())
                .query((rs, n) -> new Live(
                        rs.getLong("id"), rs.getObject("created_at", LocalDateTime.class), rs.getLong("version")))
                .optional();
    }

    /**
     * Makes a new token for the signed-in user (the secretariat), revoking their live one.
     *
     * @return the token, to show once: it is not kept
     */
    String create(Locale language) {
        SignedInUser user = requireManager();
        current().ifPresent(live -> revoke(live.id(), live.version()));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(platform.clock());
        String lang = "ko".equals(language.getLanguage()) ? "ko" : "en";
        jdbc.sql("""
                        INSERT INTO agreements_feed_token (user_id, user_name, token_hash, language, created_at)
                        VALUES (:user, :name, :hash, :language, :at)""")
                .param("user", user.id())
                .param("name", user.actorLabel())
                .param("hash", hash(token))
                .param("language", lang)
                .param("at", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        platform.audit().record(ENTITY, Long.toString(id), null, snapshot(user.id(), lang, now));
        return token;
    }

    /**
     * Revokes the signed-in user's token read at {@code version}.
     *
     * @throws InvalidInputException {@code agreements.due.feed.gone} for a token not theirs, revoked or changed
     *     since
     */
    void revoke(long id, long version) {
        SignedInUser user = requireManager();
        LocalDateTime now = LocalDateTime.now(platform.clock());
        var before = jdbc.sql("""
                        SELECT language, created_at FROM agreements_feed_token
                        WHERE id = :id AND user_id = :user AND revoked_at IS NULL""")
                .param("id", id)
                .param("user", user.id())
                .query((rs, n) ->
                        snapshot(user.id(), rs.getString("language"), rs.getObject("created_at", LocalDateTime.class)))
                .optional()
                .orElseThrow(() -> new InvalidInputException(null, "agreements.due.feed.gone"));
        int changed = jdbc.sql("""
                        UPDATE agreements_feed_token SET revoked_at = :at, revoked_by = :by, version = version + 1
                        WHERE id = :id AND user_id = :user AND revoked_at IS NULL AND version = :version""")
                .param("at", now)
                .param("by", user.actorLabel())
                .param("id", id)
                .param("user", user.id())
                .param("version", version)
                .update();
        if (changed != 1) {
            throw new InvalidInputException(null, "agreements.due.feed.gone");
        }
        var after = new LinkedHashMap<>(before);
        after.put("revokedAt", now.toString());
        platform.audit().record(ENTITY, Long.toString(id), before, after);
    }

    /**
     * The language of the feed a token opens: empty for a forged, malformed or revoked token. Read without a
     * signed-in user (the calendar application calling the feed has none).
     */
    @Transactional(readOnly = true)
    Optional<Locale> language(String token) {
        if (!SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT language FROM agreements_feed_token WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash(token))
                .query(String.class)
                .optional()
                .map(Locale::forLanguageTag);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the audit trail keeps of a token: never its secret or its hash. */
    private static Map<String, Object> snapshot(String userId, String language, LocalDateTime createdAt) {
        var map = new LinkedHashMap<String, Object>();
        map.put("userId", userId);
        map.put("language", language);
        map.put("createdAt", createdAt.toString());
        return map;
    }

    private SignedInUser requireManager() {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, Agreements.MANAGE);
        return user;
    }
}
