package org.wego.plugins.agreements.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.DateOrYear;

/**
 * An agreement of WeGO's register, as stored, with its status on the day it was read.
 *
 * @param wegoSignatory the registry key of the signatory on WeGO's side when it is not the secretariat
 * @param signed when it was signed: the day, or the year alone for agreements known from a report; {@code
 *     null} before signing
 * @param expiry {@code null}: open-ended; for a signed agreement that renews itself, the end of its current term
 *     (the stored expiry rolled forward by whole renewal periods as read, {@link Lifecycle#termEnd})
 * @param renewalMonths the period of an automatic renewal
 * @param noticeDays how long before the expiry a party must give notice
 * @param officerId the responsible officer's user id (reminded of deadlines)
 * @param languages ISO 639-1 codes of the signed text's languages
 * @param stage the stored stage; {@link #status()} is what it is today
 * @param parties the registry keys of the counterparties, in their order
 * @param predecessor the agreement this one renews
 * @param namesConfirmed false for seeded English names the secretariat has not confirmed yet
 */
public record Agreement(
        long id,
        AgreementKind kind,
        @Nullable String titleEn,
        @Nullable String titleKo,
        @Nullable String purposeEn,
        @Nullable String purposeKo,
        @Nullable String wegoSignatory,
        @Nullable DateOrYear signed,
        @Nullable LocalDate effective,
        @Nullable LocalDate expiry,
        boolean autoRenewal,
        @Nullable Integer renewalMonths,
        @Nullable Integer noticeDays,
        @Nullable String officerId,
        @Nullable String officerName,
        List<String> languages,
        Status stage,
        Status status,
        @Nullable LocalDate terminatedOn,
        @Nullable Long predecessor,
        boolean namesConfirmed,
        @Nullable String source,
        List<String> parties,
        List<Signatory> signatories,
        String updatedBy,
        LocalDateTime updatedAt,
        long version) {

    /** The title in a language: Korean for {@code ko} when there is one, else the other language's. */
    public String title(Locale locale) {
        boolean korean = "ko".equals(locale.getLanguage());
        String first = korean ? titleKo : titleEn;
        String other = korean ? titleEn : titleKo;
        return first != null ? first : other == null ? "" : other;
    }

    /** The last day to give notice: the expiry less the notice period; none when open-ended or without one. */
    public @Nullable LocalDate noticeDeadline() {
        return expiry == null || noticeDays == null ? null : expiry.minusDays(noticeDays);
    }

    /** The same agreement with its parties and signatories, read apart from its row. */
    Agreement withLists(List<String> parties, List<Signatory> signatories) {
        return new Agreement(
                id,
                kind,
                titleEn,
                titleKo,
                purposeEn,
                purposeKo,
                wegoSignatory,
                signed,
                effective,
                expiry,
                autoRenewal,
                renewalMonths,
                noticeDays,
                officerId,
                officerName,
                languages,
                stage,
                status,
                terminatedOn,
                predecessor,
                namesConfirmed,
                source,
                List.copyOf(parties),
                List.copyOf(signatories),
                updatedBy,
                updatedAt,
                version);
    }
}
