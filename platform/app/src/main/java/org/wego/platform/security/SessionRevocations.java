package org.wego.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ended sign-ins, kept in the database so that every node of a cluster ends them: a Keycloak session
 * (its {@code sid}) or every session of an account signed in before the revocation (its {@code sub}).
 * Each node answers from a copy of the recent rows that is at most a few seconds old; a revocation
 * written on this node counts here at once.
 */
@Component
public class SessionRevocations {

    /** Why a sign-in was ended, as stored. */
    public enum Reason {
        /** The secretariat deactivated the account. */
        DEACTIVATED,
        /** The user signed out of the platform. */
        SIGNED_OUT,
        /** Keycloak ended the session (admin logout, sign-out elsewhere, expiry) and told us so. */
        BACK_CHANNEL_LOGOUT,
        /** Keycloak no longer accepts the session's refresh token (checked on a user action). */
        REVALIDATION_FAILED
    }

    private static final Logger LOG = LoggerFactory.getLogger(SessionRevocations.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SessionSettings settings;
    private volatile Snapshot snapshot = new Snapshot(Instant.MIN, Map.of(), Set.of());

    SessionRevocations(JdbcClient jdbc, Clock clock, SessionSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Ends every session of the account that began before now, on every node. */
    public void revokeAccount(String subject, String revokedBy, Reason reason) {
        insert(subject, null, revokedBy, reason);
    }

    /** Ends one Keycloak session (the {@code sid} claim) on every node. */
    public void revokeSession(String sessionId, @Nullable String subject, String revokedBy, Reason reason) {
        insert(subject, sessionId, revokedBy, reason);
    }

    /**
     * Whether a sign-in has been ended.
     *
     * @param subject the account ({@code sub})
     * @param sessionId the Keycloak session ({@code sid}), if the ID token carried one
     * @param signedInAt when the platform session began: revocations of the account before it do not count
     */
    boolean isRevoked(String subject, @Nullable String sessionId, Instant signedInAt) {
        Snapshot current = current();
        Instant accountRevoked = current.accounts().get(subject);
        return (accountRevoked != null && !accountRevoked.isBefore(signedInAt))
                || (sessionId != null && current.sessions().contains(sessionId));
    }

    private void insert(@Nullable String subject, @Nullable String sessionId, String revokedBy, Reason reason) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO platform_session_revocation (subject, session_id, revoked_at, revoked_by, reason)
                        VALUES (:subject, :sessionId, :at, :by, :reason)""")
                .param("subject", subject)
                .param("sessionId", sessionId)
                .param("at", Timestamp.from(now))
                .param("by", revokedBy.length() > 200 ? revokedBy.substring(0, 200) : revokedBy)
                .param("reason", reason.name())
                .update();
        LOG.info("Session revoked ({}): account {} session {} by {}", reason, subject, sessionId, revokedBy);
        // Counts here at once, without waiting for the next read.
        synchronized (this) {
            Snapshot old = snapshot;
            Map<String, Instant> accounts = new HashMap<>(old.accounts());
            Set<String> sessions = new HashSet<>(old.sessions());
            if (sessionId != null) {
                sessions.add(sessionId);
            } else if (subject != null) {
                accounts.merge(subject, now, (a, b) -> a.isAfter(b) ? a : b);
            }
            snapshot = new Snapshot(old.readAt(), Map.copyOf(accounts), Set.copyOf(sessions));
        }
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (!now.isAfter(known.readAt().plus(settings.revocationCache()))) {
            return known;
        }
        synchronized (this) {
            if (now.isAfter(snapshot.readAt().plus(settings.revocationCache()))) {
                snapshot = read(now);
            }
            return snapshot;
        }
    }

    /** Rows older than the longest session cannot end any session still open. */
    private Snapshot read(Instant now) {
        Map<String, Instant> accounts = new HashMap<>();
        Set<String> sessions = new HashSet<>();
        jdbc.sql("""
                        SELECT subject, session_id, revoked_at FROM platform_session_revocation
                        WHERE revoked_at >= :since""")
                .param("since", Timestamp.from(now.minus(settings.maxLifetime())))
                .query((rs, row) -> {
                    String subject = rs.getString("subject");
                    String sessionId = rs.getString("session_id");
                    Instant at = rs.getTimestamp("revoked_at").toInstant();
                    if (sessionId != null) {
                        sessions.add(sessionId);
                    } else if (subject != null) {
                        accounts.merge(subject, at, (a, b) -> a.isAfter(b) ? a : b);
                    }
                    return row;
                })
                .list();
        return new Snapshot(now, Map.copyOf(accounts), Set.copyOf(sessions));
    }

    private record Snapshot(Instant readAt, Map<String, Instant> accounts, Set<String> sessions) {}
}
