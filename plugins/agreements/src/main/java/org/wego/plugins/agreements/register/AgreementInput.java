package org.wego.plugins.agreements.register;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;

/**
 * What the secretariat enters for an agreement (the form, the import, the demo data); {@link AgreementRules}
 * checks it. {@code stage}: a new agreement starts as a draft, under negotiation or signed; a stored one
 * changes stage only through a {@link Move}.
 */
public record AgreementInput(
        AgreementKind kind,
        @Nullable String titleEn,
        @Nullable String titleKo,
        @Nullable String purposeEn,
        @Nullable String purposeKo,
        @Nullable String wegoSignatory,
        @Nullable Integer signedYear,
        @Nullable LocalDate signedDate,
        @Nullable LocalDate effective,
        @Nullable LocalDate expiry,
        boolean autoRenewal,
        @Nullable Integer renewalMonths,
        @Nullable Integer noticeDays,
        @Nullable String officerId,
        @Nullable String officerName,
        List<String> languages,
        Status stage,
        List<String> parties,
        List<Signatory> signatories) {

    public static final InputField KIND = InputField.of("kind");
    public static final InputField TITLE_EN = InputField.of("titleEn");
    public static final InputField TITLE_KO = InputField.of("titleKo");
    public static final InputField PURPOSE_EN = InputField.of("purposeEn");
    public static final InputField PURPOSE_KO = InputField.of("purposeKo");
    public static final InputField WEGO_SIGNATORY = InputField.of("wegoSignatory");
    public static final InputField SIGNED_YEAR = InputField.of("signedYear");
    public static final InputField EFFECTIVE = InputField.of("effective");
    public static final InputField EXPIRY = InputField.of("expiry");
    public static final InputField RENEWAL_MONTHS = InputField.of("renewalMonths");
    public static final InputField NOTICE_DAYS = InputField.of("noticeDays");
    public static final InputField OFFICER_NAME = InputField.of("officerName");
    public static final InputField LANGUAGES = InputField.of("languages");
    public static final InputField STAGE = InputField.of("stage");
    public static final InputField PARTIES = InputField.of("parties");
    public static final InputField SIGNATORIES = InputField.of("signatories");

    public AgreementInput {
        languages = List.copyOf(languages);
        parties = List.copyOf(parties);
        signatories = List.copyOf(signatories);
    }
}
