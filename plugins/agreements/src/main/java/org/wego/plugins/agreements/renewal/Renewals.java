package org.wego.plugins.agreements.renewal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.agreements.register.Agreement;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.Move;
import org.wego.plugins.agreements.register.Status;

/**
 * Renews agreements: the successor is a draft with the predecessor's terms (parties, kind, titles, purposes,
 * signatories, officer, renewal and notice terms) and no dates, linked to it by {@code predecessor_id}; the
 * predecessor's stage becomes {@link Status#RENEWED}. Both are audited in one transaction. An agreement is
 * renewed at most once: the move from SIGNED to RENEWED is one conditional UPDATE, so of two users clicking at the
 * same moment the second waits on the row and then changes nothing, and the unique {@code predecessor_id} is the
 * last guard; the loser is told {@code agreements.renewal.already} and nothing of its attempt is kept.
 */
@Component
@Transactional
public class Renewals {

    /** How far a chain is followed each way (a safeguard: real chains are a few links long). */
    static final int MAX_CHAIN = 50;

    private final PluginContext platform;
    private final Agreements agreements;
    private final JdbcClient jdbc;

    Renewals(PluginContext platform, Agreements agreements) {
        this.platform = platform;
        this.agreements = agreements;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /**
     * Renews an agreement in the secretariat's register.
     *
     * @return the successor's id
     * @throws InvalidInputException {@code agreements.renewal.already} when it was renewed (also just now, by
     *     someone else); {@code agreements.invalid.move} when its status allows no renewal; {@code
     *     agreements.not-found}
     */
    public long renew(long id) {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, Agreements.MANAGE);
        return renewFor(id, user.displayName());
    }

    /** Whether the signed-in user may renew agreements (the secretariat). */
    @Transactional(readOnly = true)
    public boolean mayRenew() {
        return agreements.mayManage();
    }

    /**
     * The renewal itself, for the secretariat's action and for an approved request (the deciding officer
     * acts); audited here.
     */
    long renewFor(long id, String by) {
        Agreement before =
                agreements.find(id).orElseThrow(() -> new InvalidInputException(null, "agreements.not-found"));
        if (before.stage() == Status.RENEWED) {
            throw already();
        }
        if (!Move.RENEW.allowedFrom(before.status())) {
            throw new InvalidInputException(
                    null,
                    "agreements.invalid.move",
                    Move.RENEW.name(),
                    before.status().name());
        }
        LocalDateTime now = LocalDateTime.now(platform.clock());
        // The row lock of this UPDATE is what orders two renewals of the same agreement.
        int changed =
                jdbc.sql("""
                        UPDATE agreements_agreement SET stage = 'RENEWED', updated_by = :by, updated_at = :at,
                            version = version + 1
                        WHERE id = :id AND stage = 'SIGNED'""").param("by", by).param("at", now).param("id", id).update();
        if (changed != 1) {
            String stage = jdbc.sql("SELECT stage FROM agreements_agreement WHERE id = :id FOR UPDATE")
                    .param("id", id)
                    .query(String.class)
                    .single();
            if (Status.RENEWED.name().equals(stage)) {
                throw already();
            }
            throw new InvalidInputException(null, "agreements.stale", before.updatedBy());
        }
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO agreements_agreement (kind, title_en, title_ko, purpose_en, purpose_ko,
                                wego_signatory, auto_renewal, renewal_months, notice_days, officer_id, officer_name,
                                languages, stage, predecessor_id, names_confirmed, created_by, created_at,
                                updated_by, updated_at)
                            SELECT kind, title_en, title_ko, purpose_en, purpose_ko, wego_signatory, auto_renewal,
                                renewal_months, notice_days, officer_id, officer_name, languages, 'DRAFT', id,
                                names_confirmed, :by, :at, :by, :at
                            FROM agreements_agreement WHERE id = :id""").param("by", by).param("at", now).param("id", id).update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw already(); // the unique predecessor_id: a successor exists whatever the stage said
        }
        long successor = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("""
                        INSERT INTO agreements_party (agreement_id, organisation_key, position)
                        SELECT :successor, organisation_key, position FROM agreements_party WHERE agreement_id = :id""").param("successor", successor).param("id", id).update();
        jdbc.sql("""
                        INSERT INTO agreements_signatory (agreement_id, position, side, name, title)
                        SELECT :successor, position, side, name, title FROM agreements_signatory WHERE agreement_id = :id""").param("successor", successor).param("id", id).update();
        platform.audit()
                .record(
                        Agreements.ENTITY,
                        Long.toString(id),
                        before,
                        agreements.find(id).orElseThrow());
        platform.audit()
                .record(
                        Agreements.ENTITY,
                        Long.toString(successor),
                        null,
                        agreements.find(successor).orElseThrow());
        return successor;
    }

    /**
     * The agreement's renewal chain as the user may see it: the agreements it renews, the nearest first, and
     * those that renew it, the nearest first. A link the user may not see (a member does not see a draft
     * successor) ends that side of the chain.
     */
    @Transactional(readOnly = true)
    public Chain chain(Agreement agreement) {
        var seen = new HashSet<Long>(List.of(agreement.id()));
        var predecessors = new ArrayList<Agreement>();
        @Nullable Long previous = agreement.predecessor();
        while (previous != null && predecessors.size() < MAX_CHAIN && seen.add(previous)) {
            Optional<Agreement> found = agreements.find(previous);
            if (found.isEmpty()) {
                break;
            }
            predecessors.add(found.get());
            previous = found.get().predecessor();
        }
        var successors = new ArrayList<Agreement>();
        long current = agreement.id();
        while (successors.size() < MAX_CHAIN) {
            Optional<Agreement> next = successorId(current).filter(seen::add).flatMap(agreements::find);
            if (next.isEmpty()) {
                break;
            }
            successors.add(next.get());
            current = next.get().id();
        }
        return new Chain(List.copyOf(predecessors), List.copyOf(successors));
    }

    private Optional<Long> successorId(long id) {
        return jdbc.sql("SELECT id FROM agreements_agreement WHERE predecessor_id = :id")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    private static InvalidInputException already() {
        return new InvalidInputException(null, "agreements.renewal.already");
    }

    /**
     * An agreement's renewal chain.
     *
     * @param predecessors the agreements it renews, the one it renews directly first
     * @param successors the agreements that renew it, its direct successor first
     */
    public record Chain(List<Agreement> predecessors, List<Agreement> successors) {

        /** Whether there is nothing to show. */
        public boolean isEmpty() {
            return predecessors.isEmpty() && successors.isEmpty();
        }
    }
}
