package org.wego.plugins.agreements.links;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InputRules;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.agreements.register.Agreement;
import org.wego.plugins.agreements.register.Agreements;

/**
 * What came out of an agreement: records of other plugins (a training programme, a webinar, an F/S project,
 * an event) stored as the kit's {@link RecordReference} values. Whoever may see the agreement sees its links
 * (each shown by its own plugin to that user); the secretariat adds and removes them, each change audited.
 */
@Component
@Transactional
class AgreementLinks {

    /** The audit trail's entity. */
    static final String ENTITY = "agreements.link";

    /** The reference typed, e.g. {@code events:event:7}. */
    static final InputField REFERENCE = InputField.of("reference");

    /** A link of an agreement. */
    record Link(long id, long agreementId, RecordReference reference, String addedBy, LocalDateTime addedAt) {}

    private final Agreements agreements;
    private final PluginContext platform;
    private final JdbcClient jdbc;

    AgreementLinks(Agreements agreements, PluginContext platform) {
        this.agreements = agreements;
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** The links of an agreement the user may see, in the order added; none for one out of scope. */
    @Transactional(readOnly = true)
    List<Link> list(long agreementId) {
        if (agreements.find(agreementId).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, agreement_id, reference, added_by, added_at FROM agreements_link
                        WHERE agreement_id = :id ORDER BY id""")
                .param("id", agreementId)
                .query((rs, n) -> new Link(
                        rs.getLong("id"),
                        rs.getLong("agreement_id"),
                        RecordReference.parse(rs.getString("reference")),
                        rs.getString("added_by"),
                        rs.getObject("added_at", LocalDateTime.class)))
                .list();
    }

    /**
     * Links a record to an agreement: a reference as {@code pluginId:type:id} whose type a running plugin
     * offers and whose record it shows to this user.
     *
     * @return the link's id
     * @throws InvalidInputException on {@link #REFERENCE}: not a reference, unknown, already linked
     */
    long add(long agreementId, @Nullable String typed) {
        SignedInUser user = manager();
        Agreement agreement =
                agreements.find(agreementId).orElseThrow(() -> new InvalidInputException(null, "agreements.not-found"));
        RecordReference reference = check(typed);
        long already = jdbc.sql("SELECT COUNT(*) FROM agreements_link WHERE agreement_id = :id AND reference = :ref")
                .param("id", agreement.id())
                .param("ref", reference.value())
                .query(Long.class)
                .single();
        if (already > 0) {
            throw InvalidInputException.of(REFERENCE, "agreements.links.invalid.duplicate");
        }
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO agreements_link (agreement_id, reference, added_by, added_at)
                            VALUES (:id, :ref, :by, :at)""")
                    .param("id", agreement.id())
                    .param("ref", reference.value())
                    .param("by", user.displayName())
                    .param("at", LocalDateTime.now(platform.clock()))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) { // two users adding the same link at the same moment
            throw InvalidInputException.of(REFERENCE, "agreements.links.invalid.duplicate");
        }
        long id = keys.getKeyAs(Number.class).longValue();
        platform.audit().record(ENTITY, Long.toString(id), null, new Audited(agreement.id(), reference.value()));
        return id;
    }

    /**
     * Removes a link from an agreement.
     *
     * @throws InvalidInputException {@code agreements.links.gone} when it was removed meanwhile
     */
    void remove(long agreementId, long linkId) {
        manager();
        agreements.find(agreementId).orElseThrow(() -> new InvalidInputException(null, "agreements.not-found"));
        var before = jdbc.sql("SELECT reference FROM agreements_link WHERE id = :link AND agreement_id = :id")
                .param("link", linkId)
                .param("id", agreementId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new InvalidInputException(null, "agreements.links.gone"));
        jdbc.sql("DELETE FROM agreements_link WHERE id = :link")
                .param("link", linkId)
                .update();
        platform.audit().record(ENTITY, Long.toString(linkId), new Audited(agreementId, before), null);
    }

    /** Whether the signed-in user may add and remove links. */
    @Transactional(readOnly = true)
    boolean mayManage() {
        return agreements.mayManage();
    }

    private RecordReference check(@Nullable String typed) {
        String text = InputRules.required(REFERENCE, typed, RecordReference.MAX_LENGTH);
        RecordReference reference;
        try {
            reference = RecordReference.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(REFERENCE, "agreements.links.invalid.reference");
        }
        if (!platform.references().isOffered(reference.pluginId(), reference.type())
                || !platform.references().show(reference, Locale.ENGLISH).available()) {
            throw InvalidInputException.of(REFERENCE, "agreements.links.invalid.unknown");
        }
        return reference;
    }

    private SignedInUser manager() {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, Agreements.MANAGE);
        return user;
    }

    /** A link as the audit trail records it. */
    record Audited(long agreement, String reference) {}
}
