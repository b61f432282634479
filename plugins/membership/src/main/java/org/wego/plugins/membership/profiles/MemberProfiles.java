package org.wego.plugins.membership.profiles;

import java.io.ByteArrayInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.ApprovalDecision;
import org.wego.plugin.api.ApprovalRequest;
import org.wego.plugin.api.AttachedTo;
import org.wego.plugin.api.Attachment;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.AttachmentRejectedException;
import org.wego.plugin.api.AttachmentRule;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.NotAudited;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.TopicChoices;
import org.wego.plugins.membership.MembershipPlugin;

/**
 * Member profiles. A member-city user edits its own organisation's profile, the secretariat any
 * (checked here, on the server, whatever key the caller passes). Descriptive fields save at once,
 * audited, refused when someone saved in between (optimistic locking on {@code version}). Official
 * fields (names, head, official contacts, a new logo) become one change request in the secretariat's
 * approvals inbox; {@link #decided} applies it in the decision's transaction, names, contacts and logo
 * through the platform registry and the head into the profile. One official change waits per
 * organisation.
 */
@Component
@Transactional
public class MemberProfiles {

    static final String ENTITY = "membership.profile";
    static final String CHANGE_ENTITY = "membership.profile-change";
    /** The files of logos proposed in official changes, attached to the change's id ({@link LogoRule}). */
    public static final String LOGO_ENTITY = "membership.logo-request";
    /** The input of a proposed logo, which the form shows under its upload. */
    static final InputField LOGO = InputField.of("logo");
    /** What a proposed logo may be: the platform's limits for logos (PNG or JPEG, 2 MB). */
    static final AttachmentLimits LOGO_LIMITS = AttachmentLimits.images();

    private final PluginContext platform;
    private final JdbcClient jdbc;

    public MemberProfiles(PluginContext platform) {
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** Whether the user may edit this organisation's profile: its own as a member, any as the secretariat. */
    public boolean mayEdit(@Nullable SignedInUser user, OrganisationKey key) {
        if (user == null) {
            return false;
        }
        return platform.permissions().isAllowed(user, MembershipPlugin.EDIT_ANY)
                || key.equals(user.organisation()) && platform.permissions().isAllowed(user, MembershipPlugin.EDIT_OWN);
    }

    /** The organisation's profile, for a user who may edit it. */
    @Transactional(readOnly = true)
    Profile profileOf(OrganisationKey key) {
        requireEditor(key);
        Organisation organisation = platform.organisations()
                .byKey(key)
                .orElseThrow(() -> new InvalidInputException("organisation", "membership.invalid.organisation"));
        var contacts = platform.registry().contacts(key);
        Pending pending = jdbc.sql("""
                        SELECT approval_request_id, logo_attachment_id FROM membership_profile_change
                        WHERE pending_organisation = :key""")
                .param("key", key.value())
                .query((rs, row) -> new Pending(
                        rs.getObject("approval_request_id", Long.class),
                        rs.getObject("logo_attachment_id", Long.class)))
                .optional()
                .orElse(new Pending(null, null));
        return stored(key)
                .map(row -> new Profile(
                        organisation,
                        contacts,
                        row.headName(),
                        row.headTitle(),
                        row.descriptive(),
                        row.version(),
                        row.updatedBy(),
                        row.updatedAt(),
                        pending.request(),
                        pending.logo()))
                .orElseGet(() -> new Profile(
                        organisation,
                        contacts,
                        null,
                        null,
                        Descriptive.empty(),
                        0,
                        null,
                        null,
                        pending.request(),
                        pending.logo()));
    }

    /**
     * Saves the descriptive fields at once, audited.
     *
     * @param base the profile as the user loaded it: its version must still be the stored one
     * @return the profile as saved
     * @throws InvalidInputException for bad input, or {@code membership.stale} naming what someone
     *     else changed since the user loaded it
     */
    Profile saveDescriptive(OrganisationKey key, long baseVersion, Descriptive base, Descriptive input) {
        SignedInUser user = requireEditor(key);
        Descriptive clean = ProfileInput.descriptive(input);
        Optional<StoredProfile> before = stored(key);
        // New choices among the current topics; a retired one the profile names already may stay.
        TopicChoices.of(platform.topics())
                .check(
                        FocusAreas.INPUT,
                        clean.focusAreas(),
                        before.map(p -> p.descriptive().focusAreas()).orElse(Set.of()));
        long current = before.map(StoredProfile::version).orElse(0L);
        if (current != baseVersion) {
            throw stale(user, base, before.map(StoredProfile::descriptive).orElse(Descriptive.empty()), before);
        }
        LocalDateTime now = LocalDateTime.now(platform.clock());
        if (before.isEmpty()) {
            insertProfile(key, null, null, clean, user, now);
        } else {
            int changed = jdbc.sql("""
                            UPDATE membership_profile SET population = :population, address = :address,
                                focus_areas = :focus, languages = :languages, description_en = :en,
                                description_ko = :ko, updated_by = :by, updated_at = :at, version = version + 1
                            WHERE organisation_key = :key AND version = :version""")
                    .param("population", clean.population())
                    .param("address", clean.address())
                    .param("focus", focusText(clean.focusAreas()))
                    .param("languages", String.join(",", clean.languages()))
                    .param("en", clean.descriptionEn())
                    .param("ko", clean.descriptionKo())
                    .param("by", user.displayName())
                    .param("at", now)
                    .param("key", key.value())
                    .param("version", baseVersion)
                    .update();
            if (changed != 1) {
                Optional<StoredProfile> now2 = stored(key);
                throw stale(user, base, now2.map(StoredProfile::descriptive).orElse(Descriptive.empty()), now2);
            }
        }
        platform.audit()
                .record(
                        ENTITY,
                        key.value(),
                        before.map(StoredProfile::descriptive).orElse(null),
                        clean);
        return profileOf(key);
    }

    /** {@link #requestOfficialChange(OrganisationKey, OfficialChange, LogoUpload)} without a new logo. */
    public long requestOfficialChange(OrganisationKey key, OfficialChange input) {
        return requestOfficialChange(key, input, null);
    }

    /**
     * Submits the official fields, and a new logo if one is given, as one change request to the
     * secretariat's approvals inbox; nothing changes until it approves. Refused while another official
     * change of the organisation waits. The logo is stored through the platform's file store in this
     * transaction: a file it refuses (empty, too large, not PNG or JPEG by its content) fails the whole
     * request with {@code InvalidInputException} on field {@code logo}, and nothing is saved.
     *
     * @return the approval request's id
     */
    long requestOfficialChange(OrganisationKey key, OfficialChange input, @Nullable LogoUpload logo) {
        SignedInUser user = requireEditor(key);
        OfficialChange clean = ProfileInput.official(input);
        Organisation organisation = platform.organisations()
                .byKey(key)
                .orElseThrow(() -> new InvalidInputException("organisation", "membership.invalid.organisation"));
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO membership_profile_change (organisation_key, pending_organisation, status,
                                name_en, name_ko, name_local, head_name, head_title, submitted_by, submitted_at)
                            VALUES (:key, :key, 'PENDING', :en, :ko, :local, :head, :title, :by, :at)""")
                    .param("key", key.value())
                    .param("en", clean.nameEn())
                    .param("ko", clean.nameKo())
                    .param("local", clean.nameLocal())
                    .param("head", clean.headName())
                    .param("title", clean.headTitle())
                    .param("by", user.displayName())
                    .param("at", LocalDateTime.now(platform.clock()))
                    .update(keys);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(null, "membership.change.pending");
        }
        long id = keys.getKeyAs(Number.class).longValue();
        Attachment storedLogo = null;
        if (logo != null) {
            storedLogo = storeLogo(key, id, logo);
            clean = clean.withLogo(storedLogo.id());
            jdbc.sql("UPDATE membership_profile_change SET logo_attachment_id = :logo WHERE id = :id")
                    .param("logo", storedLogo.id())
                    .param("id", id)
                    .update();
        }
        int position = 0;
        for (OrganisationContact contact : clean.contacts()) {
            jdbc.sql("""
                            INSERT INTO membership_profile_change_contact (change_id, position, name, role, email, phone)
                            VALUES (:id, :position, :name, :role, :email, :phone)""")
                    .param("id", id)
                    .param("position", position++)
                    .param("name", contact.name())
                    .param("role", contact.role())
                    .param("email", contact.email())
                    .param("phone", contact.phone())
                    .update();
        }
        long request = platform.approvals()
                .submit(new ApprovalRequest(
                        MembershipPlugin.PROFILE_CHANGE,
                        key,
                        organisation.nameEn() + " / " + organisation.nameKo(),
                        details(clean, storedLogo),
                        Long.toString(id)));
        jdbc.sql("UPDATE membership_profile_change SET approval_request_id = :request WHERE id = :id")
                .param("request", request)
                .param("id", id)
                .update();
        platform.audit().record(CHANGE_ENTITY, Long.toString(id), null, clean);
        return request;
    }

    /**
     * The platform calls this when the secretariat decides an official change, inside the decision's
     * transaction: approved, names, contacts and a proposed logo go to the registry and the head into
     * the profile; rejected, nothing changes. A rejected logo's file stays, attached to its change, as
     * the record of what was proposed (only the organisation's scope sees it, {@link LogoRule}).
     * Throwing rolls the decision back.
     */
    public void decided(ApprovalDecision decision) {
        long id = Long.parseLong(decision.subject());
        OfficialChange change = jdbc.sql("""
                        SELECT name_en, name_ko, name_local, head_name, head_title, logo_attachment_id
                        FROM membership_profile_change WHERE id = :id AND status = 'PENDING'""")
                .param("id", id)
                .query((rs, row) -> new OfficialChange(
                        rs.getString("name_en"),
                        rs.getString("name_ko"),
                        rs.getString("name_local"),
                        rs.getString("head_name"),
                        rs.getString("head_title"),
                        contactsOf(id),
                        rs.getObject("logo_attachment_id", Long.class)))
                .optional()
                .orElseThrow(() -> new IllegalStateException("Profile change " + id + " is no longer pending"));
        OrganisationKey key = decision.organisation();
        String status = decision.approved() ? "APPROVED" : "REJECTED";
        if (decision.approved()) {
            platform.registry().updateNames(key, change.nameEn(), change.nameKo(), change.nameLocal());
            platform.registry().replaceContacts(key, change.contacts());
            if (change.logoAttachmentId() != null) {
                // The registry audits the logo's change itself.
                platform.registry().updateLogo(key, change.logoAttachmentId());
            }
            Optional<StoredProfile> before = stored(key);
            if (before.isEmpty()) {
                insertProfile(
                        key,
                        change.headName(),
                        change.headTitle(),
                        Descriptive.empty(),
                        decision.decidedBy(),
                        decision.decidedAt());
            } else {
                jdbc.sql("""
                                UPDATE membership_profile SET head_name = :head, head_title = :title,
                                    updated_by = :by, updated_at = :at, version = version + 1
                                WHERE organisation_key = :key""")
                        .param("head", change.headName())
                        .param("title", change.headTitle())
                        .param("by", decision.decidedBy().displayName())
                        .param("at", decision.decidedAt())
                        .param("key", key.value())
                        .update();
            }
            platform.audit()
                    .record(
                            ENTITY,
                            key.value(),
                            before.map(p -> head(p.headName(), p.headTitle())).orElse(null),
                            head(change.headName(), change.headTitle()));
        }
        jdbc.sql("""
                        UPDATE membership_profile_change SET status = :status, pending_organisation = NULL
                        WHERE id = :id""").param("status", status).param("id", id).update();
        platform.audit()
                .record(CHANGE_ENTITY, Long.toString(id), Map.of("status", "PENDING"), Map.of("status", status));
    }

    /** Who sees proposed logos ({@link LogoRule}), which the plugin declares for {@link #LOGO_ENTITY}. */
    public AttachmentRule logoRule() {
        return new LogoRule(platform.organisations());
    }

    /** A logo file (the registry's, or one proposed in a change), if the current user may see it. */
    @Transactional(readOnly = true)
    Optional<Attachment> logo(@Nullable Long attachmentId) {
        return attachmentId == null ? Optional.empty() : platform.attachments().find(attachmentId);
    }

    private Attachment storeLogo(OrganisationKey key, long changeId, LogoUpload logo) {
        try {
            return platform.attachments()
                    .store(
                            new AttachedTo(LOGO_ENTITY, Long.toString(changeId), key),
                            logo.fileName(),
                            logo.declaredType(),
                            new ByteArrayInputStream(logo.content()),
                            LOGO_LIMITS);
        } catch (AttachmentRejectedException e) {
            // Thrown on, it rolls back the change row: nothing of the request is saved.
            throw InvalidInputException.of(LOGO, e.messageKey(), e.arguments());
        }
    }

    private SignedInUser requireEditor(OrganisationKey key) {
        SignedInUser user = platform.requireUser();
        if (!mayEdit(user, key)) {
            throw new PermissionDeniedException(MembershipPlugin.EDIT_OWN);
        }
        return user;
    }

    private InvalidInputException stale(
            SignedInUser user, Descriptive base, Descriptive current, Optional<StoredProfile> stored) {
        Messages messages = platform.messages(user.locale());
        List<String> changed = ProfileInput.changedFields(base, current);
        String fields = changed.isEmpty()
                ? messages.get("membership.field.head")
                : changed.stream().map(messages::get).collect(Collectors.joining(", "));
        String who = stored.map(StoredProfile::updatedBy).orElse("?");
        return new InvalidInputException(null, "membership.stale", who, fields);
    }

    /** A profile's first row; public for governance, which creates the profile of an admitted member. */
    @NotAudited("a building block: saveDescriptive and decided record the profile they create, governance the admission"
            + " it creates one for")
    public void insertProfile(
            OrganisationKey key,
            @Nullable String headName,
            @Nullable String headTitle,
            Descriptive descriptive,
            SignedInUser by,
            LocalDateTime at) {
        try {
            jdbc.sql("""
                            INSERT INTO membership_profile (organisation_key, head_name, head_title, population, address,
                                focus_areas, languages, description_en, description_ko, updated_by, updated_at, version)
                            VALUES (:key, :head, :title, :population, :address, :focus, :languages, :en, :ko, :by, :at, 1)""")
                    .param("key", key.value())
                    .param("head", headName)
                    .param("title", headTitle)
                    .param("population", descriptive.population())
                    .param("address", descriptive.address())
                    .param("focus", focusText(descriptive.focusAreas()))
                    .param("languages", String.join(",", descriptive.languages()))
                    .param("en", descriptive.descriptionEn())
                    .param("ko", descriptive.descriptionKo())
                    .param("by", by.displayName())
                    .param("at", at)
                    .update();
        } catch (DuplicateKeyException e) {
            // Someone saved the first version in between.
            throw new InvalidInputException(null, "membership.stale", "?", "");
        }
    }

    private Optional<StoredProfile> stored(OrganisationKey key) {
        return jdbc.sql("SELECT * FROM membership_profile WHERE organisation_key = :key")
                .param("key", key.value())
                .query(MemberProfiles::storedProfile)
                .optional();
    }

    private List<OrganisationContact> contactsOf(long changeId) {
        return jdbc.sql("""
                        SELECT name, role, email, phone FROM membership_profile_change_contact
                        WHERE change_id = :id ORDER BY position""")
                .param("id", changeId)
                .query((rs, row) -> new OrganisationContact(
                        rs.getString("name"), rs.getString("role"), rs.getString("email"), rs.getString("phone")))
                .list();
    }

    private static StoredProfile storedProfile(ResultSet rs, int row) throws SQLException {
        long population = rs.getLong("population");
        Long populationOrNull = rs.wasNull() ? null : population;
        return new StoredProfile(
                rs.getString("head_name"),
                rs.getString("head_title"),
                new Descriptive(
                        populationOrNull,
                        rs.getString("address"),
                        focusAreas(rs.getString("focus_areas")),
                        splitList(rs.getString("languages")),
                        rs.getString("description_en"),
                        rs.getString("description_ko")),
                rs.getString("updated_by"),
                rs.getObject("updated_at", LocalDateTime.class),
                rs.getLong("version"));
    }

    /** Focus areas as stored: topic codes, sorted, comma-separated (the directory filters with FIND_IN_SET). */
    static String focusText(Set<String> areas) {
        return areas.stream().sorted().collect(Collectors.joining(","));
    }

    /** The topic codes of a stored {@code focus_areas} value. */
    public static Set<String> focusAreas(@Nullable String text) {
        return Set.copyOf(splitList(text));
    }

    private static List<String> splitList(@Nullable String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split(","));
    }

    private static Map<String, String> head(@Nullable String name, @Nullable String title) {
        var head = new LinkedHashMap<String, String>();
        head.put("headName", name == null ? "" : name);
        head.put("headTitle", title == null ? "" : title);
        return head;
    }

    /** The request's details, labelled by message keys so the inbox shows them in the reader's language. */
    private static Map<String, String> details(OfficialChange change, @Nullable Attachment logo) {
        var details = new LinkedHashMap<String, String>();
        details.put("membership.field.name-en", change.nameEn());
        details.put("membership.field.name-ko", change.nameKo());
        details.put("membership.field.name-local", change.nameLocal() == null ? "" : change.nameLocal());
        details.put("membership.field.head", change.headName() == null ? "" : change.headName());
        details.put("membership.field.head-title", change.headTitle() == null ? "" : change.headTitle());
        var contacts = new ArrayList<String>();
        for (OrganisationContact c : change.contacts()) {
            contacts.add(c.name()
                    + (c.role() == null ? "" : " (" + c.role() + ")")
                    + (c.email() == null ? "" : " " + c.email()));
        }
        details.put("membership.profile.contacts", String.join("; ", contacts));
        if (logo != null) {
            // Plain text in the inbox: the file's name, type and size, and where to download it.
            details.put(
                    "membership.profile.logo.pending",
                    logo.fileName() + " (" + logo.type().label() + ", " + AttachmentLimits.sizeLabel(logo.size())
                            + "), " + logo.downloadPath());
        }
        return details;
    }

    /** The waiting official change of an organisation, if any: its approval request and proposed logo. */
    private record Pending(@Nullable Long request, @Nullable Long logo) {}

    /** A stored profile row. */
    private record StoredProfile(
            @Nullable String headName,
            @Nullable String headTitle,
            Descriptive descriptive,
            String updatedBy,
            LocalDateTime updatedAt,
            long version) {}
}
