package org.wego.plugins.agreements.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugins.agreements.register.Agreement;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.Move;

/**
 * Terminations with their notice: the register's terminate move, the notice's date and its file, saved in one
 * transaction (a refused file leaves the agreement as it was), audited. Read by whoever may see the agreement.
 */
@Component
@Transactional
public class TerminationNotices {

    /** The audit trail's entity. */
    public static final String ENTITY = "agreements.termination";

    /** The day the notice was given. */
    public static final InputField GIVEN_ON = InputField.of("noticeGivenOn");

    /** The day the agreement ends. */
    public static final InputField ENDS_ON = InputField.of("terminatedOn");

    private final Agreements agreements;
    private final AgreementDocuments documents;
    private final PluginContext platform;
    private final JdbcClient jdbc;

    TerminationNotices(Agreements agreements, AgreementDocuments documents, PluginContext platform) {
        this.agreements = agreements;
        this.documents = documents;
        this.platform = platform;
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /**
     * Terminates an agreement the user read at {@code version} on {@code endsOn}, by the notice given on {@code
     * givenOn}, with the notice's file when there is one.
     *
     * @throws InvalidInputException on the day refused, the move refused (stale, not signed)
     * @throws org.wego.plugin.api.AttachmentRejectedException for a file refused; nothing is saved
     */
    public TerminationNotice terminate(
            long agreementId,
            long version,
            @Nullable LocalDate endsOn,
            @Nullable LocalDate givenOn,
            @Nullable NoticeFile file) {
        SignedInUser user = platform.requireUser();
        platform.permissions().require(user, Agreements.MANAGE);
        checkDays(endsOn, givenOn, LocalDate.now(platform.clock()));
        Agreement after = agreements.move(agreementId, version, Move.TERMINATE, null, endsOn);
        jdbc.sql("""
                        INSERT INTO agreements_termination_notice (agreement_id, given_on, ends_on, recorded_by,
                            recorded_at)
                        VALUES (:agreement, :given, :ends, :by, :at)""")
                .param("agreement", agreementId)
                .param("given", givenOn)
                .param("ends", endsOn)
                .param("by", user.displayName())
                .param("at", LocalDateTime.now(platform.clock()))
                .update();
        if (file != null) {
            platform.attachments()
                    .store(
                            documents.of(after.id(), Shelf.TERMINATION),
                            file.fileName(),
                            file.declaredType(),
                            file.open(),
                            Shelf.TERMINATION.limits());
        }
        TerminationNotice notice = find(agreementId).orElseThrow();
        platform.audit().record(ENTITY, Long.toString(agreementId), null, notice);
        return notice;
    }

    /**
     * The days of a notice: both given, the notice not in the future (it is recorded once given) and not after
     * the end; the end itself may lie ahead (a notice period running).
     *
     * @throws InvalidInputException on the first day refused
     */
    static void checkDays(@Nullable LocalDate endsOn, @Nullable LocalDate givenOn, LocalDate today) {
        if (endsOn == null) {
            throw InvalidInputException.of(ENDS_ON, "input.invalid.required");
        }
        if (givenOn == null) {
            throw InvalidInputException.of(GIVEN_ON, "input.invalid.required");
        }
        if (givenOn.isAfter(today)) {
            throw InvalidInputException.of(GIVEN_ON, "agreements.docs.invalid.notice-future");
        }
        if (givenOn.isAfter(endsOn)) {
            throw InvalidInputException.of(GIVEN_ON, "agreements.docs.invalid.notice-after-end");
        }
    }

    /** The notice of an agreement the user may see, if it was terminated with one. */
    @Transactional(readOnly = true)
    public Optional<TerminationNotice> of(long agreementId) {
        return agreements.find(agreementId).flatMap(a -> find(agreementId));
    }

    private Optional<TerminationNotice> find(long agreementId) {
        return jdbc.sql("""
                        SELECT agreement_id, given_on, ends_on, recorded_by, recorded_at
                        FROM agreements_termination_notice WHERE agreement_id = :agreement""")
                .param("agreement", agreementId)
                .query((rs, n) -> new TerminationNotice(
                        rs.getLong("agreement_id"),
                        rs.getObject("given_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getString("recorded_by"),
                        rs.getObject("recorded_at", LocalDateTime.class)))
                .optional();
    }
}
