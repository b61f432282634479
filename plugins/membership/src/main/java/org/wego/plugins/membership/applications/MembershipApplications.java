package org.wego.plugins.membership.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SearchPatterns;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.membership.MembershipPlugin;
import org.wego.plugins.membership.governance.Governance;

/**
 * Applications for membership: anyone submits one through the public form (limited per IP address
 * and per e-mail, a honeypot holds off robots); the secretariat reviews them (complete, more
 * information, rejected, withdrawn), every decision audited with before and after and refused when
 * someone decided in between (optimistic locking). Putting one on a meeting's agenda and the meeting's
 * decision are {@link Governance}'s, which moves the application through {@link #move}.
 */
@Component
@Transactional
public class MembershipApplications {

    public static final String ENTITY = "membership.application";

    /** The version of the consent text ({@code membership.applications.consent.text}) the form shows. */
    static final String CONSENT_VERSION = "2026-11";

    /** An application with the meeting whose agenda holds it, if any. */
    private static final String SELECT = """
            SELECT a.*, i.meeting_id AS agenda_meeting FROM membership_application a
            LEFT JOIN membership_agenda_item i ON i.application_id = a.id""";

    private static final Logger LOG = LoggerFactory.getLogger(MembershipApplications.class);

    private final PluginContext platform;
    private final JdbcClient jdbc;

    MembershipApplications(PluginContext platform) {
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /**
     * Stores an application from the public form and e-mails its contact a confirmation in their
     * language. Refused with a message when the form has a problem or a limit is reached; nothing is
     * stored then. A robot's submission (the honeypot filled) counts against its address's limit but
     * is not stored and sends nothing: it gets the same confirmation as a person, so it learns nothing.
     *
     * @param remoteAddress the IP address the form came from
     * @return the application's id, empty for a robot's submission
     */
    OptionalLong submit(ApplicationForm form, @Nullable String remoteAddress) {
        LocalDateTime now = LocalDateTime.now(platform.clock());
        String ip = SubmissionLimits.ip(remoteAddress);
        if (ApplicationInput.isRobot(form)) {
            count(SubmissionLimits.ofIp(ip, now));
            LOG.info("Discarded an application from {}: the honeypot field was filled", ip);
            return OptionalLong.empty();
        }
        ApplicationForm clean = ApplicationInput.check(form);
        count(SubmissionLimits.ofIp(ip, now));
        count(SubmissionLimits.ofEmail(clean.contactEmail(), now));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO membership_application (status, organisation_type, name_en, name_ko, name_local,
                            country, capital, website, head_name, head_title, address, motivation, contact_first_name,
                            contact_last_name, contact_position, contact_email, contact_phone, contact_language,
                            consent_version, consent_language, consent_at, submitted_ip, submitted_at, updated_by,
                            updated_at, version)
                        VALUES ('SUBMITTED', :type, :nameEn, :nameKo, :nameLocal, :country, :capital, :website, :head,
                            :headTitle, :address, :motivation, :first, :last, :position, :email, :phone, :language,
                            :consentVersion, :consentLanguage, :now, :ip, :now, :by, :now, 1)""")
                .param("type", clean.type().name())
                .param("nameEn", clean.nameEn())
                .param("nameKo", clean.nameKo())
                .param("nameLocal", clean.nameLocal())
                .param("country", clean.country())
                .param("capital", clean.capital())
                .param("website", clean.website())
                .param("head", clean.headName())
                .param("headTitle", clean.headTitle())
                .param("address", clean.address())
                .param("motivation", clean.motivation())
                .param("first", clean.contactFirstName())
                .param("last", clean.contactLastName())
                .param("position", clean.contactPosition())
                .param("email", clean.contactEmail())
                .param("phone", clean.contactPhone())
                .param("language", clean.contactLanguage())
                .param("consentVersion", CONSENT_VERSION)
                .param("consentLanguage", clean.consentLanguage())
                .param("now", now)
                .param("ip", ip)
                .param("by", clean.contactEmail())
                .update(keys);
        long id = keys.getKeyAs(Number.class).longValue();
        platform.audit().record(ENTITY, Long.toString(id), null, snapshot(require(id)));
        platform.notifications()
                .email(
                        clean.contactEmail(),
                        Locale.of(clean.contactLanguage()),
                        "membership.applications.mail.received",
                        List.of(),
                        clean.contactFirstName(),
                        clean.nameEn(),
                        id);
        return OptionalLong.of(id);
    }

    /** Whether the user may review applications (the secretariat). */
    boolean mayReview(@Nullable SignedInUser user) {
        return user != null && platform.permissions().isAllowed(user, MembershipPlugin.REVIEW_APPLICATIONS);
    }

    /** One application, for the secretariat. */
    @Transactional(readOnly = true)
    public Application application(long id) {
        requireReviewer();
        return require(id);
    }

    /**
     * A page of applications, for the secretariat: those in a status (or all), whose organisation or
     * contact matches the text (or all), sorted by a column.
     *
     * @param sort {@code submittedAt}, {@code nameEn}, {@code country} or {@code status}; newest first otherwise
     */
    @Transactional(readOnly = true)
    List<Application> search(
            @Nullable ApplicationStatus status,
            @Nullable String text,
            @Nullable String sort,
            boolean ascending,
            int offset,
            int limit) {
        requireReviewer();
        String column = switch (sort == null ? "" : sort) {
            case "nameEn" -> "a.name_en";
            case "country" -> "a.country";
            case "status" -> "a.status";
            default -> "a.submitted_at";
        };
        return jdbc.sql(SELECT + where(status, text) + " ORDER BY " + column + (ascending ? " ASC" : " DESC")
                        + ", a.id DESC LIMIT :limit OFFSET :offset")
                .params(filter(status, text))
                .param("limit", Math.clamp(limit, 1, 500))
                .param("offset", Math.max(0, offset))
                .query(MembershipApplications::application)
                .list();
    }

    /** How many applications {@link #search} finds. */
    @Transactional(readOnly = true)
    int count(@Nullable ApplicationStatus status, @Nullable String text) {
        requireReviewer();
        return jdbc.sql("SELECT COUNT(*) FROM membership_application a" + where(status, text))
                .params(filter(status, text))
                .query(Integer.class)
                .single();
    }

    /**
     * How many applications are in each status (every status, zero included), for the statistics.
     * Counts only: no names or addresses, so it is not restricted to the secretariat.
     */
    @Transactional(readOnly = true)
    Map<ApplicationStatus, Long> countByStatus() {
        var counts = new EnumMap<ApplicationStatus, Long>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM membership_application GROUP BY status")
                .query((rs, row) -> counts.put(ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** The secretariat finds the application complete: it may go on a meeting's agenda. */
    Application markComplete(long id, long version) {
        return move(id, version, ApplicationStatus.COMPLETE, null, null);
    }

    /** The secretariat asks the contact for more information (the comment is e-mailed to them). */
    Application requestInformation(long id, long version, String comment) {
        return move(
                id,
                version,
                ApplicationStatus.INFORMATION_REQUESTED,
                ApplicationInput.comment(comment, true),
                "membership.applications.mail.information");
    }

    /** The secretariat rejects the application; the reason is required and e-mailed to the contact. */
    Application reject(long id, long version, String reason) {
        return move(
                id,
                version,
                ApplicationStatus.REJECTED,
                ApplicationInput.comment(reason, true),
                "membership.applications.mail.rejected");
    }

    /** The applicant withdrew (told the secretariat, which records it with a note). */
    Application withdraw(long id, long version, String note) {
        return move(id, version, ApplicationStatus.WITHDRAWN, ApplicationInput.comment(note, true), null);
    }

    /**
     * Moves an application to another status for the secretariat, in the caller's transaction:
     * refused when its version is no longer the one the user saw, or the move is not allowed from
     * where it stands; audited; the contact is e-mailed the comment with the template, if one is given.
     */
    public Application move(
            long id, long version, ApplicationStatus target, @Nullable String comment, @Nullable String mailTemplate) {
        SignedInUser user = requireReviewer();
        Application before = require(id);
        if (before.version() != version) {
            throw stale(before);
        }
        if (!before.status().mayMoveTo(target)) {
            throw new InvalidInputException(
                    "status",
                    "membership.applications.invalid.move",
                    before.status().name(),
                    target.name());
        }
        int changed = jdbc.sql("""
                        UPDATE membership_application SET status = :target,
                            last_comment = COALESCE(:comment, last_comment), updated_by = :by, updated_at = :at,
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("target", target.name())
                .param("comment", comment)
                .param("by", user.displayName())
                .param("at", LocalDateTime.now(platform.clock()))
                .param("id", id)
                .param("version", version)
                .update();
        if (changed != 1) {
            throw stale(require(id));
        }
        Application after = require(id);
        platform.audit().record(ENTITY, Long.toString(id), snapshot(before), snapshot(after));
        if (mailTemplate != null) {
            mail(after, mailTemplate, comment == null ? "" : comment);
        }
        return after;
    }

    /** E-mails the application's contact, in their language, with their first name and the organisation. */
    void mail(Application application, String template, Object... more) {
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = application.contactFirstName();
        arguments[1] = application.nameEn();
        System.arraycopy(more, 0, arguments, 2, more.length);
        platform.notifications()
                .email(application.contactEmail(), application.contactLanguage(), template, List.of(), arguments);
    }

    /**
     * Invites the contact of an accepted application as a member-city user of its new organisation,
     * in a transaction of its own: after the acceptance committed (the identity provider is not
     * transactional), or again by the secretariat when it failed. A failure is recorded on the
     * application ("invitation failed, send again"); the membership stands.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Application sendInvitation(long id) {
        requireReviewer();
        Application before = require(id);
        if (before.status() != ApplicationStatus.ACCEPTED
                || before.organisationKey() == null
                || Application.INVITATION_SENT.equals(before.invitationStatus())) {
            throw new InvalidInputException(null, "membership.applications.invitation.not-needed");
        }
        String status = Application.INVITATION_SENT;
        String userId = null;
        try {
            userId = platform.users()
                    .invite(
                            OrganisationKey.of(before.organisationKey()),
                            Role.MEMBER_CITY,
                            before.contactFirstName(),
                            before.contactLastName(),
                            before.contactEmail(),
                            before.contactLanguage());
        } catch (RuntimeException e) {
            LOG.warn("Invitation of the contact of application {} failed: {}", id, e.toString());
            status = Application.INVITATION_FAILED;
        }
        jdbc.sql("""
                        UPDATE membership_application SET invitation_status = :status, invited_user_id = :user,
                            version = version + 1
                        WHERE id = :id""")
                .param("status", status)
                .param("user", userId)
                .param("id", id)
                .update();
        Application after = require(id);
        platform.audit().record(ENTITY, Long.toString(id), snapshot(before), snapshot(after));
        return after;
    }

    SignedInUser requireReviewer() {
        SignedInUser user = platform.requireUser();
        if (!mayReview(user)) {
            throw new PermissionDeniedException(MembershipPlugin.REVIEW_APPLICATIONS);
        }
        return user;
    }

    public Application require(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id")
                .param("id", id)
                .query(MembershipApplications::application)
                .optional()
                .orElseThrow(() -> new InvalidInputException("application", "membership.applications.invalid.unknown"));
    }

    InvalidInputException stale(Application current) {
        return new InvalidInputException(
                null,
                "membership.applications.stale",
                current.updatedBy(),
                current.status().name());
    }

    /** Counts one submission in the window; refused (rolling the count back) above the window's limit. */
    private void count(SubmissionLimits.Window window) {
        jdbc.sql("DELETE FROM membership_application_limit WHERE window_start < :old")
                .param("old", window.start().minusDays(SubmissionLimits.KEEP_DAYS))
                .update();
        // Insert-or-increment locks the row until commit: concurrent submissions count one after another.
        jdbc.sql("""
                        INSERT INTO membership_application_limit (bucket, window_start, hits) VALUES (:bucket, :start, 1)
                        ON DUPLICATE KEY UPDATE hits = hits + 1""")
                .param("bucket", window.bucket())
                .param("start", window.start())
                .update();
        int hits = jdbc.sql("SELECT hits FROM membership_application_limit WHERE bucket = :bucket")
                .param("bucket", window.bucket())
                .query(Integer.class)
                .single();
        if (!window.allows(hits)) {
            throw new InvalidInputException(null, window.messageKey(), window.max());
        }
    }

    private static String where(@Nullable ApplicationStatus status, @Nullable String text) {
        var where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND a.status = :status");
        }
        if (text != null && !text.isBlank()) {
            where.append(" AND (a.name_en LIKE :text OR a.name_ko LIKE :text OR a.contact_email LIKE :text"
                    + " OR a.contact_last_name LIKE :text)");
        }
        return where.toString();
    }

    private static Map<String, Object> filter(@Nullable ApplicationStatus status, @Nullable String text) {
        var params = new LinkedHashMap<String, Object>();
        if (status != null) {
            params.put("status", status.name());
        }
        if (text != null && !text.isBlank()) {
            params.put("text", SearchPatterns.containing(text.strip()));
        }
        return params;
    }

    private static Application application(ResultSet rs, int row) throws SQLException {
        long meeting = rs.getLong("agenda_meeting");
        return new Application(
                rs.getLong("id"),
                ApplicationStatus.valueOf(rs.getString("status")),
                OrganisationType.valueOf(rs.getString("organisation_type")),
                rs.getString("name_en"),
                rs.getString("name_ko"),
                rs.getString("name_local"),
                rs.getString("country"),
                rs.getBoolean("capital"),
                rs.getString("website"),
                rs.getString("head_name"),
                rs.getString("head_title"),
                rs.getString("address"),
                rs.getString("motivation"),
                rs.getString("contact_first_name"),
                rs.getString("contact_last_name"),
                rs.getString("contact_position"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"),
                Locale.of(rs.getString("contact_language")),
                rs.getString("consent_version"),
                rs.getString("consent_language"),
                rs.getObject("consent_at", LocalDateTime.class),
                rs.getObject("submitted_at", LocalDateTime.class),
                rs.getString("last_comment"),
                rs.getString("organisation_key"),
                rs.getString("invitation_status"),
                meeting == 0 ? null : meeting,
                rs.getString("updated_by"),
                rs.getObject("updated_at", LocalDateTime.class),
                rs.getLong("version"));
    }

    /** What the audit log keeps of an application: its state and who the contact is, not the whole form. */
    public static Map<String, Object> snapshot(Application a) {
        var snapshot = new LinkedHashMap<String, Object>();
        snapshot.put("status", a.status().name());
        snapshot.put("type", a.type().name());
        snapshot.put("nameEn", a.nameEn());
        snapshot.put("country", a.country());
        snapshot.put("contactEmail", a.contactEmail());
        snapshot.put("consentVersion", a.consentVersion());
        snapshot.put("comment", a.lastComment() == null ? "" : a.lastComment());
        if (a.organisationKey() != null) {
            snapshot.put("organisation", a.organisationKey());
        }
        if (a.invitationStatus() != null) {
            snapshot.put("invitation", a.invitationStatus());
        }
        snapshot.put("version", a.version());
        return snapshot;
    }
}
