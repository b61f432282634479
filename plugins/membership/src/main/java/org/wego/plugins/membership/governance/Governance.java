package org.wego.plugins.membership.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.NewOrganisation;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.membership.MembershipPlugin;
import org.wego.plugins.membership.applications.Application;
import org.wego.plugins.membership.applications.ApplicationInput;
import org.wego.plugins.membership.applications.ApplicationStatus;
import org.wego.plugins.membership.applications.MembershipApplications;
import org.wego.plugins.membership.governance.GovernanceRecords.AgendaItem;
import org.wego.plugins.membership.governance.GovernanceRecords.AgendaKind;
import org.wego.plugins.membership.governance.GovernanceRecords.Meeting;
import org.wego.plugins.membership.governance.GovernanceRecords.MeetingKind;
import org.wego.plugins.membership.governance.GovernanceRecords.Office;
import org.wego.plugins.membership.governance.GovernanceRecords.OfficeKind;
import org.wego.plugins.membership.profiles.Descriptive;
import org.wego.plugins.membership.profiles.MemberProfiles;
import org.wego.plugins.membership.profiles.ProfileInput;

/**
 * Governance records: who holds the chair, vice-chair and executive-member offices for which term;
 * the executive committee's and general assembly's meetings with their agendas; and the meeting's
 * decision on a membership application. Every signed-in user reads them, the secretariat changes them
 * (checked here). Accepting an application, in one transaction: the organisation enters the registry
 * as an applicant and becomes a member from the meeting's date, its profile is made from the
 * application, its contact becomes its official contact; after that commits, the contact is invited
 * as a member-city user ({@link MembershipApplications#sendInvitation}).
 */
@Component
@Transactional
public class Governance {

    static final String OFFICE_ENTITY = "membership.office";
    static final String MEETING_ENTITY = "membership.meeting";
    static final String AGENDA_ENTITY = "membership.agenda-item";
    static final int MAX_TITLE = 300;

    // The inputs the checks refuse, by the same constants the governance forms bind (InputErrors).
    /** The office of a term, or the kind of an agenda item. */
    static final InputField KIND = InputField.of("kind");
    /** The member city holding an office. */
    static final InputField CITY = InputField.of("organisation");

    static final InputField TERM_START = InputField.of("termStart");
    static final InputField TERM_END = InputField.of("termEnd");
    static final InputField DATE = InputField.of("date");
    static final InputField HOST = InputField.of("host");
    static final InputField TITLE = InputField.of("title");

    private final PluginContext platform;
    private final MembershipApplications applications;
    private final MemberProfiles profiles;
    private final JdbcClient jdbc;

    public Governance(PluginContext platform, MembershipApplications applications, MemberProfiles profiles) {
        this.platform = platform;
        this.applications = applications;
        this.profiles = profiles;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** Whether the user may change the governance records (the secretariat). */
    public boolean mayEdit(@Nullable SignedInUser user) {
        return user != null && platform.permissions().isAllowed(user, MembershipPlugin.EDIT_GOVERNANCE);
    }

    /** Every office, current and past, newest term first; for every signed-in user. */
    @Transactional(readOnly = true)
    List<Office> offices() {
        platform.requireUser();
        return jdbc.sql("SELECT * FROM membership_office ORDER BY term_start DESC, office, id")
                .query(Governance::office)
                .list();
    }

    /**
     * Records that a member city holds an office for a term. Refused for an organisation that is not a
     * member city, an end before the start, or a second chair for an overlapping term.
     */
    Office addOffice(OfficeKind kind, OrganisationKey city, LocalDate termStart, @Nullable LocalDate termEnd) {
        SignedInUser user = requireEditor();
        Organisation organisation = platform.organisations()
                .byKey(city)
                .orElseThrow(() -> InvalidInputException.of(CITY, "membership.invalid.organisation"));
        if (organisation.type() != OrganisationType.CITY || organisation.status() != MembershipStatus.MEMBER) {
            throw InvalidInputException.of(CITY, "membership.governance.invalid.member-city");
        }
        if (termEnd != null && termEnd.isBefore(termStart)) {
            throw InvalidInputException.of(TERM_END, "membership.governance.invalid.term");
        }
        if (kind == OfficeKind.CHAIR) {
            int overlapping = jdbc.sql("""
                            SELECT COUNT(*) FROM membership_office WHERE office = 'CHAIR'
                            AND (term_end IS NULL OR term_end >= :start) AND (:end IS NULL OR term_start <= :end)
                            FOR UPDATE""")
                    .param("start", termStart)
                    .param("end", termEnd)
                    .query(Integer.class)
                    .single();
            if (overlapping > 0) {
                throw InvalidInputException.of(KIND, "membership.governance.invalid.chair-overlap");
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO membership_office (office, organisation_key, term_start, term_end, updated_by, updated_at)
                        VALUES (:kind, :key, :start, :end, :by, :at)""")
                .param("kind", kind.name())
                .param("key", city.value())
                .param("start", termStart)
                .param("end", termEnd)
                .param("by", user.displayName())
                .param("at", LocalDateTime.now(platform.clock()))
                .update(keys);
        Office office = requireOffice(keys.getKeyAs(Number.class).longValue());
        platform.audit().record(OFFICE_ENTITY, Long.toString(office.id()), null, office);
        return office;
    }

    /** Removes an office recorded by mistake (a term that ended gets its end date instead). */
    void removeOffice(long id) {
        requireEditor();
        Office before = requireOffice(id);
        jdbc.sql("DELETE FROM membership_office WHERE id = :id").param("id", id).update();
        platform.audit().record(OFFICE_ENTITY, Long.toString(id), before, null);
    }

    /** Every meeting with its agenda, the latest first; for every signed-in user. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings() {
        platform.requireUser();
        List<AgendaItem> items = jdbc.sql("SELECT * FROM membership_agenda_item ORDER BY id")
                .query(Governance::item)
                .list();
        return jdbc.sql("SELECT * FROM membership_meeting ORDER BY meeting_date DESC, id DESC")
                .query((rs, row) -> meeting(rs, items))
                .list();
    }

    /** A meeting with its agenda; for every signed-in user. */
    @Transactional(readOnly = true)
    Meeting meeting(long id) {
        platform.requireUser();
        return requireMeeting(id);
    }

    /** Records a meeting: its kind, date and host city (a city of the registry). */
    public Meeting addMeeting(MeetingKind kind, LocalDate date, @Nullable OrganisationKey host) {
        SignedInUser user = requireEditor();
        if (host != null) {
            Organisation city = platform.organisations()
                    .byKey(host)
                    .orElseThrow(() -> InvalidInputException.of(HOST, "membership.invalid.organisation"));
            if (city.type() != OrganisationType.CITY) {
                throw InvalidInputException.of(HOST, "membership.governance.invalid.host");
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO membership_meeting (kind, meeting_date, host_organisation_key, updated_by, updated_at, version)
                        VALUES (:kind, :date, :host, :by, :at, 1)""")
                .param("kind", kind.name())
                .param("date", date)
                .param("host", host == null ? null : host.value())
                .param("by", user.displayName())
                .param("at", LocalDateTime.now(platform.clock()))
                .update(keys);
        Meeting meeting = requireMeeting(keys.getKeyAs(Number.class).longValue());
        platform.audit().record(MEETING_ENTITY, Long.toString(meeting.id()), null, summary(meeting));
        return meeting;
    }

    /** Adds an item other than a membership application (budget, statute change, election, other). */
    AgendaItem addAgendaItem(long meetingId, AgendaKind kind, String title) {
        requireEditor();
        if (kind == AgendaKind.MEMBERSHIP_APPLICATION) {
            throw InvalidInputException.of(KIND, "membership.governance.invalid.application-item");
        }
        String clean = ProfileInput.text(TITLE, title, MAX_TITLE, false);
        if (clean == null) {
            throw InvalidInputException.of(TITLE, "membership.invalid.required");
        }
        requireMeeting(meetingId);
        return insertItem(meetingId, kind, clean, null);
    }

    /**
     * Puts a complete application on a meeting's agenda: the application moves to {@code ON_AGENDA}
     * (refused if someone changed it since the user saw {@code version}).
     */
    public AgendaItem placeOnAgenda(long meetingId, long applicationId, long version) {
        requireEditor();
        Meeting meeting = requireMeeting(meetingId);
        Application application = applications.move(applicationId, version, ApplicationStatus.ON_AGENDA, null, null);
        return insertItem(meeting.id(), AgendaKind.MEMBERSHIP_APPLICATION, application.nameEn(), applicationId);
    }

    /**
     * Records the meeting's decision on an application item, in one transaction, audited. Accepted:
     * the organisation enters the registry as an applicant and becomes a member from the meeting's
     * date, its profile and official contact are made from the application, and once this commits its
     * contact is invited as a member-city user. Rejected: the reason is e-mailed to the contact.
     *
     * @param version the application's version as the user saw it
     * @param reason why it was rejected (required then); a note for an acceptance
     * @return the application as decided (an acceptance's invitation follows after the commit)
     */
    public Application recordDecision(long itemId, boolean accepted, long version, @Nullable String reason) {
        SignedInUser user = requireEditor();
        AgendaItem item = requireItem(itemId);
        if (item.kind() != AgendaKind.MEMBERSHIP_APPLICATION || item.applicationId() == null) {
            throw new InvalidInputException("item", "membership.governance.invalid.not-application");
        }
        if (item.decision() != null) {
            throw new InvalidInputException("item", "membership.governance.invalid.decided");
        }
        Meeting meeting = requireMeeting(item.meetingId());
        if (meeting.date().isAfter(LocalDate.now(platform.clock()))) {
            throw new InvalidInputException("item", "membership.governance.invalid.future-meeting");
        }
        long id = item.applicationId();
        Application decided;
        if (accepted) {
            decided = applications.move(
                    id, version, ApplicationStatus.ACCEPTED, ApplicationInput.comment(reason, false), null);
            decided = admit(decided, meeting, user);
        } else {
            decided = applications.move(
                    id,
                    version,
                    ApplicationStatus.REJECTED,
                    ApplicationInput.comment(reason, true),
                    "membership.applications.mail.rejected");
        }
        String decision = accepted ? "ACCEPTED" : "REJECTED";
        jdbc.sql("""
                        UPDATE membership_agenda_item SET decision = :decision, decided_by = :by, decided_at = :at
                        WHERE id = :id AND decision IS NULL""")
                .param("decision", decision)
                .param("by", user.displayName())
                .param("at", LocalDateTime.now(platform.clock()))
                .param("id", itemId)
                .update();
        platform.audit().record(AGENDA_ENTITY, Long.toString(itemId), item, requireItem(itemId));
        if (accepted) {
            inviteAfterCommit(id);
        }
        return decided;
    }

    /** The accepted application's organisation: registry record, membership from the meeting, profile, contact. */
    private Application admit(Application application, Meeting meeting, SignedInUser user) {
        var registry = platform.registry();
        Organisation created = registry.createApplicant(new NewOrganisation(
                application.type(),
                application.nameEn(),
                application.nameKo() == null ? application.nameEn() : application.nameKo(),
                application.nameLocal(),
                application.country(),
                application.capital(),
                application.website()));
        OrganisationKey key = created.key();
        registry.changeStatus(
                key,
                MembershipStatus.MEMBER,
                meeting.date(),
                "Accepted by the "
                        + meeting.kind()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ') + " on " + meeting.date() + " (application " + application.id()
                        + ")");
        profiles.insertProfile(
                key,
                application.headName(),
                application.headTitle(),
                new Descriptive(null, application.address(), Set.of(), List.of(), null, null),
                user,
                LocalDateTime.now(platform.clock()));
        registry.replaceContacts(
                key,
                List.of(new OrganisationContact(
                        application.contactName(),
                        application.contactPosition(),
                        application.contactEmail(),
                        application.contactPhone())));
        jdbc.sql("""
                        UPDATE membership_application SET organisation_key = :key, version = version + 1
                        WHERE id = :id""").param("key", key.value()).param("id", application.id()).update();
        Application after = applications.require(application.id());
        platform.audit()
                .record(
                        MembershipApplications.ENTITY,
                        Long.toString(application.id()),
                        MembershipApplications.snapshot(application),
                        MembershipApplications.snapshot(after));
        return after;
    }

    private void inviteAfterCommit(long applicationId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            applications.sendInvitation(applicationId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                applications.sendInvitation(applicationId);
            }
        });
    }

    private AgendaItem insertItem(long meetingId, AgendaKind kind, String title, @Nullable Long applicationId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO membership_agenda_item (meeting_id, kind, title, application_id)
                        VALUES (:meeting, :kind, :title, :application)""")
                .param("meeting", meetingId)
                .param("kind", kind.name())
                .param("title", title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title)
                .param("application", applicationId)
                .update(keys);
        AgendaItem item = requireItem(keys.getKeyAs(Number.class).longValue());
        platform.audit().record(AGENDA_ENTITY, Long.toString(item.id()), null, item);
        return item;
    }

    private SignedInUser requireEditor() {
        SignedInUser user = platform.requireUser();
        if (!mayEdit(user)) {
            throw new PermissionDeniedException(MembershipPlugin.EDIT_GOVERNANCE);
        }
        return user;
    }

    private Office requireOffice(long id) {
        return jdbc.sql("SELECT * FROM membership_office WHERE id = :id")
                .param("id", id)
                .query(Governance::office)
                .optional()
                .orElseThrow(() -> new InvalidInputException("office", "membership.governance.invalid.unknown"));
    }

    private Meeting requireMeeting(long id) {
        List<AgendaItem> items = jdbc.sql("SELECT * FROM membership_agenda_item WHERE meeting_id = :id ORDER BY id")
                .param("id", id)
                .query(Governance::item)
                .list();
        return jdbc.sql("SELECT * FROM membership_meeting WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> meeting(rs, items))
                .optional()
                .orElseThrow(() -> new InvalidInputException("meeting", "membership.governance.invalid.unknown"));
    }

    private AgendaItem requireItem(long id) {
        return jdbc.sql("SELECT * FROM membership_agenda_item WHERE id = :id")
                .param("id", id)
                .query(Governance::item)
                .optional()
                .orElseThrow(() -> new InvalidInputException("item", "membership.governance.invalid.unknown"));
    }

    private static Map<String, Object> summary(Meeting meeting) {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("kind", meeting.kind().name());
        summary.put("date", meeting.date().toString());
        summary.put("host", meeting.hostOrganisationKey() == null ? "" : meeting.hostOrganisationKey());
        return summary;
    }

    private static Office office(ResultSet rs, int row) throws SQLException {
        return new Office(
                rs.getLong("id"),
                OfficeKind.valueOf(rs.getString("office")),
                rs.getString("organisation_key"),
                rs.getObject("term_start", LocalDate.class),
                rs.getObject("term_end", LocalDate.class),
                rs.getString("updated_by"),
                rs.getObject("updated_at", LocalDateTime.class));
    }

    private static Meeting meeting(ResultSet rs, List<AgendaItem> items) throws SQLException {
        long id = rs.getLong("id");
        var agenda = new ArrayList<AgendaItem>();
        for (AgendaItem item : items) {
            if (item.meetingId() == id) {
                agenda.add(item);
            }
        }
        return new Meeting(
                id,
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getObject("meeting_date", LocalDate.class),
                rs.getString("host_organisation_key"),
                agenda,
                rs.getLong("version"));
    }

    private static AgendaItem item(ResultSet rs, int row) throws SQLException {
        long application = rs.getLong("application_id");
        Long applicationId = rs.wasNull() ? null : application;
        return new AgendaItem(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                AgendaKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                applicationId,
                rs.getString("decision"),
                rs.getString("decided_by"),
                rs.getObject("decided_at", LocalDateTime.class));
    }
}
