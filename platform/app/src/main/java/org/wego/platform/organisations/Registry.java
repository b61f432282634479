package org.wego.platform.organisations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wego.platform.audit.AuditTrail;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.NewOrganisation;
import org.wego.plugin.api.NewPartner;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Permissions;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.StatusChange;

/**
 * The registry, written: for the secretariat's screens and, through the plugin API, for plugins.
 * Joins the caller's transaction; every change raises the record's version and is audited.
 */
@Service
@Transactional
public class Registry implements OrganisationRegistry {

    static final String AUDIT_ENTITY = "platform.organisation";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    Registry(
            JdbcClient jdbc,
            Organisations organisations,
            CurrentUser currentUser,
            Permissions permissions,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Another user changed the record since the caller read it; nothing was saved. */
    public static final class ConcurrentEditException extends RuntimeException {
        private final Organisation current;

        ConcurrentEditException(Organisation current) {
            super("organisation " + current.key().value() + " was changed by someone else");
            this.current = current;
        }

        /** The record as it is now. */
        public Organisation current() {
            return current;
        }
    }

    /** What the secretariat's edit form changes at once. */
    public record Edit(
            String nameEn,
            String nameKo,
            @Nullable String nameLocal,
            @Nullable String website,
            @Nullable OrganisationKey regionalOffice,
            List<OrganisationContact> contacts) {}

    /**
     * Applies an edit form in one transaction, if nobody changed the record since it was read at
     * {@code readVersion}: names, website, region and contacts together or nothing.
     *
     * @throws ConcurrentEditException if the version moved on
     */
    public Organisation edit(OrganisationKey key, long readVersion, Edit edit) {
        Organisation current = lockedCurrent(key);
        if (current.version() != readVersion) {
            throw new ConcurrentEditException(current);
        }
        updateNames(key, edit.nameEn(), edit.nameKo(), edit.nameLocal());
        updateWebsite(key, edit.website());
        if (!Objects.equals(current.regionalOffice(), edit.regionalOffice())) {
            assignRegionalOffice(key, edit.regionalOffice());
        }
        replaceContacts(key, edit.contacts());
        return require(key);
    }

    @Override
    public Organisation createApplicant(NewOrganisation applicant) {
        SignedInUser user = official();
        if (applicant.type() != OrganisationType.CITY
                && applicant.type() != OrganisationType.COMPANY
                && applicant.type() != OrganisationType.INSTITUTION) {
            throw new InvalidInputException("type", "registry.error.applicant-type");
        }
        String nameEn = RegistryInput.requiredText("nameEn", applicant.nameEn(), MAX_NAME);
        String nameKo = RegistryInput.requiredText("nameKo", applicant.nameKo(), MAX_NAME);
        String nameLocal = RegistryInput.optionalText("nameLocal", applicant.nameLocal(), MAX_NAME);
        String country = RegistryInput.country(applicant.country());
        String website = RegistryInput.website(applicant.website());
        String key = freeKey(RegistryInput.keyFor(country, nameEn));
        // A new city joins the region and continent most organisations of its country are in.
        var usual = jdbc.sql("""
                        SELECT continent, regional_office_id FROM platform_organisation
                        WHERE country = :country AND type IN ('CITY', 'COMPANY', 'INSTITUTION')
                        GROUP BY continent, regional_office_id ORDER BY COUNT(*) DESC LIMIT 1""")
                .param("country", country)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getObject(2)})
                .optional();
        jdbc.sql("""
                        INSERT INTO platform_organisation (org_key, type, name_en, name_ko, name_local, country, continent,
                            capital, regional_office_id, status, status_since, website, version)
                        VALUES (:key, :type, :nameEn, :nameKo, :nameLocal, :country, :continent, :capital, :office,
                            'APPLICANT', :since, :website, 0)""")
                .param("key", key)
                .param("type", applicant.type().name())
                .param("nameEn", nameEn)
                .param("nameKo", nameKo)
                .param("nameLocal", nameLocal)
                .param("country", country)
                .param("continent", usual.map(u -> u[0]).orElse(null))
                .param("capital", applicant.type() == OrganisationType.CITY && applicant.capital())
                .param("office", usual.map(u -> u[1]).orElse(null))
                .param("since", LocalDate.now(clock))
                .param("website", website)
                .update();
        Organisation created = require(OrganisationKey.of(key));
        audit.recordAs(user, AUDIT_ENTITY, key, null, snapshot(created));
        return created;
    }

    @Override
    public Organisation createPartner(NewPartner partner) {
        SignedInUser user = official();
        String nameEn = RegistryInput.optionalText("nameEn", partner.nameEn(), MAX_NAME);
        String nameKo = RegistryInput.optionalText("nameKo", partner.nameKo(), MAX_NAME);
        if (nameEn == null && nameKo == null) {
            throw new InvalidInputException("nameEn", "registry.error.partner-name");
        }
        String country = partner.country() == null || partner.country().isBlank()
                ? null
                : RegistryInput.country(partner.country());
        String website = RegistryInput.website(partner.website());
        // Only one name known: the registry shows it in both languages rather than a blank.
        String en = nameEn == null ? Objects.requireNonNull(nameKo) : nameEn;
        String ko = nameKo == null ? en : nameKo;
        String key = freeKey(RegistryInput.keyFor("pa", en));
        String continent = country == null
                ? null
                : jdbc.sql("""
                                SELECT continent FROM platform_organisation
                                WHERE country = :country AND continent IS NOT NULL
                                GROUP BY continent ORDER BY COUNT(*) DESC LIMIT 1""")
                        .param("country", country)
                        .query(String.class)
                        .optional()
                        .orElse(null);
        jdbc.sql("""
                        INSERT INTO platform_organisation (org_key, type, partner_kind, name_en, name_ko, country, continent,
                            capital, status, status_since, website, version)
                        VALUES (:key, 'PARTNER', :kind, :nameEn, :nameKo, :country, :continent, FALSE,
                            'PARTNER', :since, :website, 0)""")
                .param("key", key)
                .param("kind", partner.kind().name())
                .param("nameEn", en)
                .param("nameKo", ko)
                .param("country", country)
                .param("continent", continent)
                .param("since", LocalDate.now(clock))
                .param("website", website)
                .update();
        Organisation created = require(OrganisationKey.of(key));
        var after = snapshot(created);
        after.put("partnerKind", partner.kind().name());
        audit.recordAs(user, AUDIT_ENTITY, key, null, after);
        return created;
    }

    @Override
    public Organisation changeStatus(OrganisationKey key, MembershipStatus status, LocalDate effective, String reason) {
        SignedInUser user = official();
        Organisation before = lockedCurrent(key);
        String why = RegistryInput.requiredText("reason", reason, MAX_REASON);
        RegistryInput.move(before.status(), status, effective, LocalDate.now(clock));
        jdbc.sql("""
                        UPDATE platform_organisation SET status = :status, status_since = :since, status_note = :note,
                            version = version + 1
                        WHERE id = :id""")
                .param("status", status.name())
                .param("since", effective)
                .param("note", why.length() > 200 ? why.substring(0, 200) : why)
                .param("id", before.id())
                .update();
        jdbc.sql("""
                        INSERT INTO platform_organisation_status_change
                            (organisation_id, from_status, to_status, effective, reason, recorded_by, recorded_at)
                        VALUES (:id, :from, :to, :effective, :reason, :by, :at)""")
                .param("id", before.id())
                .param("from", before.status().name())
                .param("to", status.name())
                .param("effective", effective)
                .param("reason", why)
                .param("by", user.displayName())
                .param("at", LocalDateTime.now(clock))
                .update();
        return audited(user, before);
    }

    @Override
    public Organisation updateNames(OrganisationKey key, String nameEn, String nameKo, @Nullable String nameLocal) {
        SignedInUser user = official();
        Organisation before = lockedCurrent(key);
        String en = RegistryInput.requiredText("nameEn", nameEn, MAX_NAME);
        String ko = RegistryInput.requiredText("nameKo", nameKo, MAX_NAME);
        String local = RegistryInput.optionalText("nameLocal", nameLocal, MAX_NAME);
        if (en.equals(before.nameEn()) && ko.equals(before.nameKo()) && Objects.equals(local, before.nameLocal())) {
            return before;
        }
        jdbc.sql("""
                        UPDATE platform_organisation SET name_en = :en, name_ko = :ko, name_local = :local,
                            version = version + 1
                        WHERE id = :id""")
                .param("en", en)
                .param("ko", ko)
                .param("local", local)
                .param("id", before.id())
                .update();
        return audited(user, before);
    }

    @Override
    public Organisation updateWebsite(OrganisationKey key, @Nullable String website) {
        SignedInUser user = currentUser.get().orElseThrow(() -> new PermissionDeniedException(WRITE_PERMISSION));
        Organisation before = lockedCurrent(key);
        // Descriptive, not official: the organisation's own users keep it current themselves.
        if (!key.equals(user.organisation()) && !permissions.isAllowed(user, WRITE_PERMISSION)) {
            throw new PermissionDeniedException(WRITE_PERMISSION);
        }
        String url = RegistryInput.website(website);
        if (Objects.equals(url, before.website())) {
            return before;
        }
        jdbc.sql("UPDATE platform_organisation SET website = :website, version = version + 1 WHERE id = :id")
                .param("website", url)
                .param("id", before.id())
                .update();
        return audited(user, before);
    }

    @Override
    public Organisation updateLogo(OrganisationKey key, @Nullable Long attachmentId) {
        SignedInUser user = official();
        Organisation before = lockedCurrent(key);
        if (Objects.equals(attachmentId, before.logoAttachmentId())) {
            return before;
        }
        jdbc.sql("UPDATE platform_organisation SET logo_attachment_id = :logo, version = version + 1 WHERE id = :id")
                .param("logo", attachmentId)
                .param("id", before.id())
                .update();
        return audited(user, before);
    }

    @Override
    public Organisation assignRegionalOffice(OrganisationKey key, @Nullable OrganisationKey regionalOffice) {
        SignedInUser user = official();
        Organisation before = lockedCurrent(key);
        Long officeId = null;
        if (regionalOffice != null) {
            Organisation office = organisations
                    .byKey(regionalOffice)
                    .filter(o -> o.type() == OrganisationType.REGIONAL_OFFICE)
                    .orElseThrow(() -> new InvalidInputException("regionalOffice", "registry.error.not-an-office"));
            officeId = office.id();
        }
        if (Objects.equals(regionalOffice, before.regionalOffice())) {
            return before;
        }
        jdbc.sql("UPDATE platform_organisation SET regional_office_id = :office, version = version + 1 WHERE id = :id")
                .param("office", officeId)
                .param("id", before.id())
                .update();
        return audited(user, before);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationContact> contacts(OrganisationKey key) {
        Organisation organisation = inPrivateScope(key);
        return jdbc.sql("""
                        SELECT name, role, email, phone FROM platform_organisation_contact
                        WHERE organisation_id = :id ORDER BY position""")
                .param("id", organisation.id())
                .query((rs, row) -> new OrganisationContact(
                        rs.getString("name"), rs.getString("role"), rs.getString("email"), rs.getString("phone")))
                .list();
    }

    @Override
    public void replaceContacts(OrganisationKey key, List<OrganisationContact> contacts) {
        SignedInUser user = official();
        Organisation organisation = lockedCurrent(key);
        if (contacts.size() > RegistryInput.MAX_CONTACTS) {
            throw new InvalidInputException("contacts", "registry.error.too-many-contacts", RegistryInput.MAX_CONTACTS);
        }
        var checked = new ArrayList<OrganisationContact>();
        for (int i = 0; i < contacts.size(); i++) {
            checked.add(RegistryInput.contact(i, contacts.get(i)));
        }
        List<OrganisationContact> before = contacts(key);
        if (before.equals(checked)) {
            return;
        }
        jdbc.sql("DELETE FROM platform_organisation_contact WHERE organisation_id = :id")
                .param("id", organisation.id())
                .update();
        for (int i = 0; i < checked.size(); i++) {
            OrganisationContact contact = checked.get(i);
            jdbc.sql("""
                            INSERT INTO platform_organisation_contact (organisation_id, position, name, role, email, phone)
                            VALUES (:id, :position, :name, :role, :email, :phone)""")
                    .param("id", organisation.id())
                    .param("position", i)
                    .param("name", contact.name())
                    .param("role", contact.role())
                    .param("email", contact.email())
                    .param("phone", contact.phone())
                    .update();
        }
        jdbc.sql("UPDATE platform_organisation SET version = version + 1 WHERE id = :id")
                .param("id", organisation.id())
                .update();
        audit.recordAs(user, AUDIT_ENTITY + ".contacts", key.value(), before, checked);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatusChange> statusHistory(OrganisationKey key) {
        Organisation organisation = inPrivateScope(key);
        return jdbc.sql("""
                        SELECT from_status, to_status, effective, reason, recorded_by, recorded_at
                        FROM platform_organisation_status_change WHERE organisation_id = :id ORDER BY id""")
                .param("id", organisation.id())
                .query((rs, row) -> new StatusChange(
                        MembershipStatus.valueOf(rs.getString("from_status")),
                        MembershipStatus.valueOf(rs.getString("to_status")),
                        rs.getObject("effective", LocalDate.class),
                        rs.getString("reason"),
                        rs.getString("recorded_by"),
                        rs.getObject("recorded_at", Timestamp.class).toInstant()))
                .list();
    }

    private SignedInUser official() {
        SignedInUser user = currentUser.get().orElse(null);
        permissions.require(user, WRITE_PERMISSION);
        return Objects.requireNonNull(user);
    }

    private Organisation inPrivateScope(OrganisationKey key) {
        Organisation organisation = require(key);
        if (!Organisations.isInScope(currentUser.get().orElse(null), organisation)) {
            throw new PermissionDeniedException("organisation.private");
        }
        return organisation;
    }

    private Organisation require(OrganisationKey key) {
        return organisations
                .byKey(key)
                .orElseThrow(() -> new InvalidInputException("organisation", "registry.error.unknown"));
    }

    /** Reads the record and holds its row until the transaction ends, so changes queue up, never interleave. */
    private Organisation lockedCurrent(OrganisationKey key) {
        int locked = jdbc.sql("SELECT COUNT(*) FROM platform_organisation WHERE org_key = :key FOR UPDATE")
                .param("key", key.value())
                .query(Integer.class)
                .single();
        if (locked == 0) {
            throw new InvalidInputException("organisation", "registry.error.unknown");
        }
        return require(key);
    }

    private Organisation audited(SignedInUser user, Organisation before) {
        Organisation after = require(before.key());
        audit.recordAs(user, AUDIT_ENTITY, before.key().value(), snapshot(before), snapshot(after));
        return after;
    }

    private String freeKey(String wanted) {
        String key = wanted;
        for (int n = 2; organisations.byKey(OrganisationKey.of(key)).isPresent(); n++) {
            key = wanted + "-" + n;
        }
        return key;
    }

    /** The registry's fields as the audit trail shows them; the version is bookkeeping, not content. */
    private static Map<String, @Nullable Object> snapshot(Organisation o) {
        var fields = new LinkedHashMap<String, @Nullable Object>();
        fields.put("type", o.type().name());
        fields.put("nameEn", o.nameEn());
        fields.put("nameKo", o.nameKo());
        fields.put("nameLocal", o.nameLocal());
        fields.put("country", o.country());
        fields.put(
                "regionalOffice",
                o.regionalOffice() == null ? null : o.regionalOffice().value());
        fields.put("status", o.status().name());
        fields.put(
                "statusSince", o.statusSince() == null ? null : o.statusSince().toString());
        fields.put("website", o.website());
        fields.put("logo", o.logoAttachmentId());
        return fields;
    }
}
