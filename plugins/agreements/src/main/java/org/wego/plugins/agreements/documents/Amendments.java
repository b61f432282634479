package org.wego.plugins.agreements.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.agreements.register.Agreement;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.Status;

/**
 * The amendments of agreements: dated records of their own, listed on the agreement's page in date order and
 * read by whoever may see the agreement; recorded by the secretariat, each with its audit entry. The terms form
 * stays for corrections; a change the parties agreed is an amendment.
 */
@Component
@Transactional
public class Amendments {

    /** The audit trail's entity. */
    public static final String ENTITY = "agreements.amendment";

    private final Agreements agreements;
    private final PluginContext platform;
    private final JdbcClient jdbc;

    Amendments(Agreements agreements, PluginContext platform) {
        this.agreements = agreements;
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /**
     * Records an amendment of a signed agreement.
     *
     * @return the amendment
     * @throws InvalidInputException on the field refused; {@code agreements.not-found} for an agreement out of
     *     scope; {@code agreements.docs.invalid.amendment-unsigned} before signing
     */
    public Amendment record(long agreementId, AmendmentInput input) {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, Agreements.MANAGE);
        Agreement agreement =
                agreements.find(agreementId).orElseThrow(() -> new InvalidInputException(null, "agreements.not-found"));
        if (agreement.signed() == null
                || agreement.status() == Status.DRAFT
                || agreement.status() == Status.UNDER_NEGOTIATION) {
            throw new InvalidInputException(null, "agreements.docs.invalid.amendment-unsigned");
        }
        LocalDate signedOn = agreement.signed().date() != null
                ? agreement.signed().date()
                : LocalDate.of(agreement.signed().year(), 1, 1);
        AmendmentInput clean = input.check(LocalDate.now(platform.clock()), signedOn);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO agreements_amendment (agreement_id, amended_on, summary_en, summary_ko,
                            recorded_by, recorded_at)
                        VALUES (:agreement, :date, :en, :ko, :by, :at)""")
                .param("agreement", agreementId)
                .param("date", clean.date())
                .param("en", clean.summaryEn())
                .param("ko", clean.summaryKo())
                .param("by", user.displayName())
                .param("at", LocalDateTime.now(platform.clock()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        Amendment amendment = one(id).orElseThrow();
        platform.audit().record(ENTITY, Long.toString(id), null, amendment);
        return amendment;
    }

    /** The amendments of an agreement the user may see, in date order (the oldest first); none otherwise. */
    @Transactional(readOnly = true)
    public List<Amendment> of(long agreementId) {
        if (agreements.find(agreementId).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " WHERE agreement_id = :agreement ORDER BY amended_on, id")
                .param("agreement", agreementId)
                .query(Amendments::row)
                .list();
    }

    /** The agreement an amendment belongs to, whoever asks: the files' rule checks the scope after. */
    @Transactional(readOnly = true)
    Optional<Long> agreementOf(long amendmentId) {
        return jdbc.sql("SELECT agreement_id FROM agreements_amendment WHERE id = :id")
                .param("id", amendmentId)
                .query(Long.class)
                .optional();
    }

    private static final String COLUMNS =
            "id, agreement_id, amended_on, summary_en, summary_ko, recorded_by, recorded_at FROM agreements_amendment";

    private Optional<Amendment> one(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE id = :id")
                .param("id", id)
                .query(Amendments::row)
                .optional();
    }

    private static Amendment row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Amendment(
                rs.getLong("id"),
                rs.getLong("agreement_id"),
                rs.getObject("amended_on", LocalDate.class),
                rs.getString("summary_en"),
                rs.getString("summary_ko"),
                rs.getString("recorded_by"),
                rs.getObject("recorded_at", LocalDateTime.class));
    }
}
