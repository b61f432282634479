package org.wego.plugins.agreements.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.DateOrYear;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SearchPatterns;
import org.wego.plugin.api.SignedInUser;

/**
 * The register of agreements. The secretariat reads and keeps all of it; a member reads the signed agreements
 * it is party to (or signed for WeGO's side), a regional office those of its region's members and its own,
 * nobody else anything: the scope is part of every query, so a forged id finds nothing. Each change is one
 * transaction with its audit entry; a change made on a stale copy is refused.
 */
@Component
@Transactional
public class Agreements {

    /** The permission to keep the register (the secretariat). */
    public static final String MANAGE = "agreements.agreement.manage";

    /** The audit trail's entity. */
    public static final String ENTITY = "agreements.agreement";

    /** The most agreements one page returns. */
    public static final int MAX_PAGE = 500;

    private static final String COLUMNS = """
            a.id, a.kind, a.title_en, a.title_ko, a.purpose_en, a.purpose_ko, a.wego_signatory, a.signed_year,
            a.signed_date, a.effective_date, a.expiry_date, a.auto_renewal, a.renewal_months, a.notice_days,
            a.officer_id, a.officer_name, a.languages, a.stage, a.terminated_on, a.predecessor_id,
            a.names_confirmed, a.source, a.updated_by, a.updated_at, a.version""";

    /** An agreement that renews itself: its term rolls forward as read ({@link Lifecycle#termEnd}). */
    private static final String ROLLS = "(a.auto_renewal AND COALESCE(a.renewal_months, 0) > 0)";

    /** The statuses as SQL over the dates on {@code :today}, the same rule as {@link Lifecycle#status}. */
    private static final Map<Status, String> STATUS_SQL = Map.of(
            Status.DRAFT,
            "a.stage = 'DRAFT'",
            Status.UNDER_NEGOTIATION,
            "a.stage = 'UNDER_NEGOTIATION'",
            Status.TERMINATED,
            "a.stage = 'TERMINATED'",
            Status.RENEWED,
            "a.stage = 'RENEWED'",
            Status.EXPIRED,
            "a.stage = 'SIGNED' AND a.expiry_date < :today AND NOT " + ROLLS,
            Status.SIGNED,
            "a.stage = 'SIGNED' AND (a.expiry_date IS NULL OR a.expiry_date >= :today OR " + ROLLS + ")"
                    + " AND COALESCE(a.effective_date, a.signed_date) > :today",
            Status.ACTIVE,
            "a.stage = 'SIGNED' AND (a.expiry_date IS NULL OR a.expiry_date >= :today OR " + ROLLS + ")"
                    + " AND (COALESCE(a.effective_date, a.signed_date) IS NULL"
                    + " OR COALESCE(a.effective_date, a.signed_date) <= :today)");

    private final PluginContext platform;
    private final JdbcClient jdbc;

    Agreements(PluginContext platform) {
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /**
     * Which agreements to read: words of a title or a party's name, kind, status (today's), the counterparties'
     * type, the year signed, a regional office's region; a page of them, the latest signed first.
     */
    public record Filter(
            @Nullable String text,
            @Nullable AgreementKind kind,
            @Nullable Status status,
            @Nullable OrganisationType counterpartType,
            @Nullable Integer year,
            @Nullable OrganisationKey region,
            int offset,
            int limit) {

        /** Everything the user may see, the first {@code limit}. */
        public static Filter all(int limit) {
            return new Filter(null, null, null, null, null, null, 0, limit);
        }
    }

    /** The agreements in the user's scope that match, the latest signed first (drafts first of all). */
    @Transactional(readOnly = true)
    public List<Agreement> list(Filter filter) {
        SignedInUser user = platform.requireUser();
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        LocalDate today = LocalDate.now(platform.clock());
        params.put("today", today);
        scope(user, where, params);
        if (filter.text() != null && !filter.text().isBlank()) {
            params.put("text", SearchPatterns.containing(filter.text().strip()));
            where.add("""
                    (a.title_en LIKE :text OR a.title_ko LIKE :text OR EXISTS (
                        SELECT 1 FROM agreements_party p JOIN platform_organisation_public o ON o.org_key = p.organisation_key
                        WHERE p.agreement_id = a.id AND (o.name_en LIKE :text OR o.name_ko LIKE :text)))""");
        }
        if (filter.kind() != null) {
            where.add("a.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.add("(" + STATUS_SQL.get(filter.status()) + ")");
        }
        if (filter.counterpartType() != null) {
            where.add("""
                    EXISTS (SELECT 1 FROM agreements_party p JOIN platform_organisation_public o ON o.org_key = p.organisation_key
                        WHERE p.agreement_id = a.id AND o.type = :type)""");
            params.put("type", filter.counterpartType().name());
        }
        if (filter.year() != null) {
            where.add("a.signed_year = :year");
            params.put("year", filter.year());
        }
        if (filter.region() != null) {
            where.add("""
                    EXISTS (SELECT 1 FROM agreements_party p JOIN platform_organisation_public o ON o.org_key = p.organisation_key
                        WHERE p.agreement_id = a.id AND (o.regional_office_id = :region OR o.org_key = :regionKey))""");
            params.put(
                    "region",
                    platform.organisations()
                            .byKey(filter.region())
                            .map(Organisation::id)
                            .orElse(-1L));
            params.put("regionKey", filter.region().value());
        }
        params.put("offset", filter.offset());
        params.put("limit", Math.min(filter.limit(), MAX_PAGE));
        String sql = "SELECT " + COLUMNS + " FROM agreements_agreement a WHERE " + String.join(" AND ", where)
                + " ORDER BY a.signed_year IS NOT NULL, a.signed_year DESC, a.signed_date DESC, a.id DESC"
                + " LIMIT :limit OFFSET :offset";
        return withLists(
                jdbc.sql(sql).params(params).query((rs, n) -> row(rs, today)).list());
    }

    /** One agreement in the user's scope; empty for one that does not exist or that the user may not see. */
    @Transactional(readOnly = true)
    public Optional<Agreement> find(long id) {
        SignedInUser user = platform.requireUser();
        var where = new ArrayList<String>(List.of("a.id = :id"));
        var params = new HashMap<String, Object>();
        LocalDate today = LocalDate.now(platform.clock());
        params.put("today", today);
        params.put("id", id);
        scope(user, where, params);
        return jdbc.sql("SELECT " + COLUMNS + " FROM agreements_agreement a WHERE " + String.join(" AND ", where))
                .params(params)
                .query((rs, n) -> row(rs, today))
                .optional()
                .map(a -> withLists(List.of(a)).getFirst());
    }

    /**
     * Whether the agreement is in the given user's scope (the same rule as {@link #find}), for checks made on
     * behalf of a user who is not the current one, such as the rules of the agreement's files.
     */
    @Transactional(readOnly = true)
    public boolean isVisibleTo(SignedInUser user, long id) {
        var where = new ArrayList<String>(List.of("a.id = :id"));
        var params = new HashMap<String, Object>();
        params.put("id", id);
        scope(user, where, params);
        return jdbc.sql("SELECT COUNT(*) FROM agreements_agreement a WHERE " + String.join(" AND ", where))
                        .params(params)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether the signed-in user keeps the register. */
    @Transactional(readOnly = true)
    public boolean mayManage() {
        return platform.currentUser()
                .map(user -> platform.permissions().isAllowed(user, MANAGE))
                .orElse(false);
    }

    /**
     * Records an agreement as a draft, under negotiation or signed.
     *
     * @return its id
     * @throws InvalidInputException on the field refused
     */
    public long create(AgreementInput input) {
        SignedInUser user = requireManager();
        if (!Lifecycle.mayStartIn(input.stage())) {
            throw InvalidInputException.of(AgreementInput.STAGE, "agreements.invalid.start-stage");
        }
        AgreementInput clean = AgreementRules.check(input, platform.organisations()::byKey);
        Map<String, Object> params = params(clean, user);
        params.put("stage", clean.stage().name());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO agreements_agreement (kind, title_en, title_ko, purpose_en, purpose_ko, wego_signatory,
                            signed_year, signed_date, effective_date, expiry_date, auto_renewal, renewal_months,
                            notice_days, officer_id, officer_name, languages, stage, created_by, created_at,
                            updated_by, updated_at)
                        VALUES (:kind, :titleEn, :titleKo, :purposeEn, :purposeKo, :wegoSignatory, :signedYear,
                            :signedDate, :effective, :expiry, :autoRenewal, :renewalMonths, :noticeDays, :officerId,
                            :officerName, :languages, :stage, :by, :at, :by, :at)""").params(params).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        saveLists(id, clean);
        platform.audit().record(ENTITY, Long.toString(id), null, clean);
        return id;
    }

    /**
     * Changes the terms of an agreement the user read at {@code version}; its stage changes only by a {@link Move}
     * ({@link #move}), and the stage given is ignored.
     *
     * @throws InvalidInputException on the field refused; {@code agreements.stale} when someone saved it since
     */
    public Agreement update(long id, long version, AgreementInput input) {
        SignedInUser user = requireManager();
        Agreement before = find(id).orElseThrow(() -> new InvalidInputException(null, "agreements.not-found"));
        AgreementInput clean = AgreementRules.check(withStage(input, before.stage()), platform.organisations()::byKey);
        Map<String, Object> params = params(clean, user);
        params.put("id", id);
        params.put("version", version);
        int changed = jdbc.sql("""
                        UPDATE agreements_agreement SET kind = :kind, title_en = :titleEn, title_ko = :titleKo,
                            purpose_en = :purposeEn, purpose_ko = :purposeKo, wego_signatory = :wegoSignatory,
                            signed_year = :signedYear, signed_date = :signedDate, effective_date = :effective,
                            expiry_date = :expiry, auto_renewal = :autoRenewal, renewal_months = :renewalMonths,
                            notice_days = :noticeDays, officer_id = :officerId, officer_name = :officerName,
                            languages = :languages, names_confirmed = TRUE, updated_by = :by, updated_at = :at,
                            version = version + 1
                        WHERE id = :id AND version = :version""").params(params).update();
        if (changed != 1) {
            throw new InvalidInputException(null, "agreements.stale", before.updatedBy());
        }
        jdbc.sql("DELETE FROM agreements_party WHERE agreement_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM agreements_signatory WHERE agreement_id = :id")
                .param("id", id)
                .update();
        saveLists(id, clean);
        platform.audit().record(ENTITY, Long.toString(id), before, clean);
        return find(id).orElseThrow();
    }

    /**
     * Moves an agreement the user read at {@code version} to its next stage: negotiate, redraft, sign (with the
     * signing year or day), terminate (with the day). Renewals go through the renewal, which makes the successor.
     *
     * @param signed for {@link Move#SIGN}: the year or day it was signed
     * @param day for {@link Move#TERMINATE}: the day it ends
     * @throws InvalidInputException {@code agreements.invalid.move} for a move its status does not allow
     */
    public Agreement move(long id, long version, Move move, @Nullable DateOrYear signed, @Nullable LocalDate day) {
        SignedInUser user = requireManager();
        Agreement before = find(id).orElseThrow(() -> new InvalidInputException(null, "agreements.not-found"));
        if (move == Move.RENEW || !move.allowedFrom(before.status())) {
            throw new InvalidInputException(
                    null,
                    "agreements.invalid.move",
                    move.name(),
                    before.status().name());
        }
        var params = new HashMap<String, Object>();
        params.put("id", id);
        params.put("version", version);
        params.put("stage", move.to().name());
        params.put("by", user.displayName());
        params.put("at", LocalDateTime.now(platform.clock()));
        params.put(
                "signedYear",
                move == Move.SIGN ? required(signed, AgreementInput.SIGNED_YEAR).year() : null);
        params.put("signedDate", move == Move.SIGN ? signed.date() : null);
        params.put("terminatedOn", move == Move.TERMINATE ? required(day, AgreementInput.STAGE) : null);
        int changed = jdbc.sql("""
                        UPDATE agreements_agreement SET stage = :stage,
                            signed_year = CASE WHEN :stage = 'SIGNED' THEN :signedYear ELSE signed_year END,
                            signed_date = CASE WHEN :stage = 'SIGNED' THEN :signedDate ELSE signed_date END,
                            terminated_on = CASE WHEN :stage = 'TERMINATED' THEN :terminatedOn ELSE terminated_on END,
                            updated_by = :by, updated_at = :at, version = version + 1
                        WHERE id = :id AND version = :version""").params(params).update();
        if (changed != 1) {
            throw new InvalidInputException(null, "agreements.stale", before.updatedBy());
        }
        Agreement after = find(id).orElseThrow();
        platform.audit().record(ENTITY, Long.toString(id), before, after);
        return after;
    }

    private static <T> T required(@Nullable T value, org.wego.plugin.api.InputField field) {
        if (value == null) {
            throw InvalidInputException.of(field, "input.invalid.required");
        }
        return value;
    }

    /**
     * The scope as SQL: the secretariat everything; a regional office the signed agreements of its region's
     * members and its own; a member the signed agreements it is party to or signed for WeGO's side.
     */
    private void scope(SignedInUser user, List<String> where, Map<String, Object> params) {
        if (user.hasRole(Role.SECRETARIAT)) {
            where.add("TRUE");
            return;
        }
        var keys = new ArrayList<String>();
        OrganisationKey own = user.organisation();
        if (own != null) {
            keys.add(own.value());
            if (user.hasRole(Role.REGIONAL_OFFICE)) {
                platform.organisations()
                        .membersOfRegion(own)
                        .forEach(o -> keys.add(o.key().value()));
            }
        }
        keys.add("-"); // never a key: keeps IN () valid for a user without an organisation
        params.put("scopeKeys", keys);
        where.add("""
                a.stage NOT IN ('DRAFT', 'UNDER_NEGOTIATION') AND (a.wego_signatory IN (:scopeKeys) OR EXISTS (
                    SELECT 1 FROM agreements_party sp WHERE sp.agreement_id = a.id AND sp.organisation_key IN (:scopeKeys)))""");
    }

    private SignedInUser requireManager() {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, MANAGE);
        return user;
    }

    private static AgreementInput withStage(AgreementInput input, Status stage) {
        return new AgreementInput(
                input.kind(),
                input.titleEn(),
                input.titleKo(),
                input.purposeEn(),
                input.purposeKo(),
                input.wegoSignatory(),
                input.signedYear(),
                input.signedDate(),
                input.effective(),
                input.expiry(),
                input.autoRenewal(),
                input.renewalMonths(),
                input.noticeDays(),
                input.officerId(),
                input.officerName(),
                input.languages(),
                stage,
                input.parties(),
                input.signatories());
    }

    private Map<String, Object> params(AgreementInput clean, SignedInUser user) {
        var params = new HashMap<String, Object>();
        params.put("kind", clean.kind().name());
        params.put("titleEn", clean.titleEn());
        params.put("titleKo", clean.titleKo());
        params.put("purposeEn", clean.purposeEn());
        params.put("purposeKo", clean.purposeKo());
        params.put("wegoSignatory", clean.wegoSignatory());
        params.put("signedYear", clean.signedYear());
        params.put("signedDate", clean.signedDate());
        params.put("effective", clean.effective());
        params.put("expiry", clean.expiry());
        params.put("autoRenewal", clean.autoRenewal());
        params.put("renewalMonths", clean.renewalMonths());
        params.put("noticeDays", clean.noticeDays());
        params.put("officerId", clean.officerId());
        params.put("officerName", clean.officerName());
        params.put("languages", String.join(",", clean.languages()));
        params.put("by", user.displayName());
        params.put("at", LocalDateTime.now(platform.clock()));
        return params;
    }

    private void saveLists(long id, AgreementInput clean) {
        for (int i = 0; i < clean.parties().size(); i++) {
            jdbc.sql("INSERT INTO agreements_party (agreement_id, organisation_key, position) VALUES (:id, :key, :at)")
                    .param("id", id)
                    .param("key", clean.parties().get(i))
                    .param("at", i)
                    .update();
        }
        for (int i = 0; i < clean.signatories().size(); i++) {
            Signatory s = clean.signatories().get(i);
            jdbc.sql("""
                            INSERT INTO agreements_signatory (agreement_id, position, side, name, title)
                            VALUES (:id, :at, :side, :name, :title)""")
                    .param("id", id)
                    .param("at", i)
                    .param("side", s.side().name())
                    .param("name", s.name())
                    .param("title", s.title())
                    .update();
        }
    }

    /** Adds parties and signatories to agreements read without them: two queries for the whole list. */
    private List<Agreement> withLists(List<Agreement> agreements) {
        if (agreements.isEmpty()) {
            return agreements;
        }
        var ids = agreements.stream().map(Agreement::id).toList();
        var parties = new HashMap<Long, List<String>>();
        jdbc.sql("SELECT agreement_id, organisation_key FROM agreements_party WHERE agreement_id IN (:ids)"
                        + " ORDER BY agreement_id, position")
                .param("ids", ids)
                .query(rs -> {
                    parties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        var signatories = new HashMap<Long, List<Signatory>>();
        jdbc.sql("SELECT agreement_id, side, name, title FROM agreements_signatory WHERE agreement_id IN (:ids)"
                        + " ORDER BY agreement_id, position")
                .param("ids", ids)
                .query(rs -> {
                    signatories
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Signatory(
                                    Signatory.Side.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
                });
        return agreements.stream()
                .map(a -> a.withLists(
                        parties.getOrDefault(a.id(), List.of()), signatories.getOrDefault(a.id(), List.of())))
                .toList();
    }

    private static Agreement row(ResultSet rs, LocalDate today) throws SQLException {
        Integer signedYear = rs.getObject("signed_year", Integer.class);
        LocalDate signedDate = rs.getObject("signed_date", LocalDate.class);
        DateOrYear signed = signedYear == null ? null : new DateOrYear(signedYear, signedDate);
        LocalDate effective = rs.getObject("effective_date", LocalDate.class);
        Status stage = Status.valueOf(rs.getString("stage"));
        boolean autoRenewal = rs.getBoolean("auto_renewal");
        Integer renewalMonths = rs.getObject("renewal_months", Integer.class);
        LocalDate stored = rs.getObject("expiry_date", LocalDate.class);
        // A signed agreement that renews itself is read with its current term's end.
        LocalDate expiry =
                stage == Status.SIGNED ? Lifecycle.termEnd(stored, autoRenewal, renewalMonths, today) : stored;
        String languages = rs.getString("languages");
        return new Agreement(
                rs.getLong("id"),
                AgreementKind.valueOf(rs.getString("kind")),
                rs.getString("title_en"),
                rs.getString("title_ko"),
                rs.getString("purpose_en"),
                rs.getString("purpose_ko"),
                rs.getString("wego_signatory"),
                signed,
                effective,
                expiry,
                autoRenewal,
                renewalMonths,
                rs.getObject("notice_days", Integer.class),
                rs.getString("officer_id"),
                rs.getString("officer_name"),
                languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(",")),
                stage,
                Lifecycle.status(stage, signed, effective, expiry, today),
                rs.getObject("terminated_on", LocalDate.class),
                rs.getObject("predecessor_id", Long.class),
                rs.getBoolean("names_confirmed"),
                rs.getString("source"),
                List.of(),
                List.of(),
                rs.getString("updated_by"),
                rs.getObject("updated_at", LocalDateTime.class),
                rs.getLong("version"));
    }
}
