package org.wego.plugins.agreements.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.DateOrYear;
import org.wego.plugin.api.InputRules;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;

/** The checks of an agreement's input, free of I/O: the kit's input rules, dates in order, known parties. */
public final class AgreementRules {

    static final int MAX_TITLE = 300;
    static final int MAX_PURPOSE = 4000;
    static final int MAX_SIGNATORIES = 10;
    static final int MAX_RENEWAL_MONTHS = 120;
    static final int MAX_NOTICE_DAYS = 3650;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private AgreementRules() {}

    /**
     * The input as it is stored: texts trimmed, the signing year given (from the day when only the day is),
     * the dates in order, the organisations known, the renewal period only with an automatic renewal.
     *
     * @param registry finds an organisation by key
     * @throws InvalidInputException on the first field refused
     */
    public static AgreementInput check(
            AgreementInput input, Function<OrganisationKey, Optional<Organisation>> registry) {
        String titleEn = InputRules.optional(AgreementInput.TITLE_EN, input.titleEn(), MAX_TITLE);
        String titleKo = InputRules.optional(AgreementInput.TITLE_KO, input.titleKo(), MAX_TITLE);
        if (titleEn == null && titleKo == null) {
            throw InvalidInputException.of(AgreementInput.TITLE_EN, "agreements.invalid.title");
        }
        String purposeEn = InputRules.optionalMultiline(AgreementInput.PURPOSE_EN, input.purposeEn(), MAX_PURPOSE);
        String purposeKo = InputRules.optionalMultiline(AgreementInput.PURPOSE_KO, input.purposeKo(), MAX_PURPOSE);
        String wegoSignatory =
                input.wegoSignatory() == null || input.wegoSignatory().isBlank()
                        ? null
                        : known(AgreementInput.WEGO_SIGNATORY, input.wegoSignatory(), registry)
                                .key()
                                .value();
        boolean signedStage = input.stage() != Status.DRAFT && input.stage() != Status.UNDER_NEGOTIATION;
        DateOrYear signed = null;
        if (signedStage) {
            signed = DateOrYear.check(AgreementInput.SIGNED_YEAR, input.signedYear(), input.signedDate());
        } else if (input.signedYear() != null || input.signedDate() != null) {
            throw InvalidInputException.of(AgreementInput.SIGNED_YEAR, "agreements.invalid.signed-before-signing");
        }
        LocalDate effective = input.effective();
        if (effective != null && signed != null && signed.date() != null && effective.isBefore(signed.date())) {
            throw InvalidInputException.of(AgreementInput.EFFECTIVE, "agreements.invalid.effective-before-signed");
        }
        LocalDate expiry = input.expiry();
        LocalDate starts = effective != null ? effective : signed == null ? null : signed.date();
        if (expiry != null && starts != null && !expiry.isAfter(starts)) {
            throw InvalidInputException.of(AgreementInput.EXPIRY, "agreements.invalid.expiry-before-start");
        }
        Integer renewalMonths = null;
        if (input.autoRenewal()) {
            renewalMonths = input.renewalMonths();
            if (renewalMonths == null || renewalMonths < 1 || renewalMonths > MAX_RENEWAL_MONTHS) {
                throw InvalidInputException.of(
                        AgreementInput.RENEWAL_MONTHS, "agreements.invalid.renewal-months", MAX_RENEWAL_MONTHS);
            }
        }
        Integer noticeDays = input.noticeDays();
        if (noticeDays != null && (noticeDays < 0 || noticeDays > MAX_NOTICE_DAYS)) {
            throw InvalidInputException.of(
                    AgreementInput.NOTICE_DAYS, "agreements.invalid.notice-days", MAX_NOTICE_DAYS);
        }
        String officerName = input.officerName() == null || input.officerName().isBlank()
                ? null
                : InputRules.personName(AgreementInput.OFFICER_NAME, input.officerName());
        var languages = new LinkedHashSet<String>();
        for (String language : input.languages()) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(code)) {
                throw InvalidInputException.of(AgreementInput.LANGUAGES, "agreements.invalid.language", language);
            }
            languages.add(code);
        }
        if (input.parties().isEmpty()) {
            throw InvalidInputException.of(AgreementInput.PARTIES, "agreements.invalid.no-party");
        }
        var parties = new LinkedHashSet<String>();
        for (String key : input.parties()) {
            Organisation party = known(AgreementInput.PARTIES, key, registry);
            if (party.type() == OrganisationType.SECRETARIAT) {
                throw InvalidInputException.of(AgreementInput.PARTIES, "agreements.invalid.party-secretariat");
            }
            parties.add(party.key().value());
        }
        if (input.signatories().size() > MAX_SIGNATORIES) {
            throw InvalidInputException.of(
                    AgreementInput.SIGNATORIES, "agreements.invalid.signatories", MAX_SIGNATORIES);
        }
        var signatories = new ArrayList<Signatory>();
        for (int i = 0; i < input.signatories().size(); i++) {
            Signatory s = input.signatories().get(i);
            signatories.add(new Signatory(
                    s.side(),
                    InputRules.personName(AgreementInput.SIGNATORIES.item(i, "name"), s.name()),
                    InputRules.optional(AgreementInput.SIGNATORIES.item(i, "title"), s.title(), InputRules.MAX_NAME)));
        }
        return new AgreementInput(
                input.kind(),
                titleEn,
                titleKo,
                purposeEn,
                purposeKo,
                wegoSignatory,
                signed == null ? null : signed.year(),
                signed == null ? null : signed.date(),
                effective,
                expiry,
                input.autoRenewal(),
                renewalMonths,
                noticeDays,
                officerName == null ? null : input.officerId(),
                officerName,
                List.copyOf(languages),
                input.stage(),
                List.copyOf(parties),
                signatories);
    }

    private static Organisation known(
            org.wego.plugin.api.InputField field,
            String key,
            Function<OrganisationKey, Optional<Organisation>> registry) {
        try {
            return registry.apply(OrganisationKey.of(key.strip()))
                    .orElseThrow(() -> InvalidInputException.of(field, "agreements.invalid.organisation", key));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "agreements.invalid.organisation", key);
        }
    }

    /** The signing of an input as a date-or-year, when it has one. */
    static @Nullable DateOrYear signed(AgreementInput checked) {
        return checked.signedYear() == null ? null : new DateOrYear(checked.signedYear(), checked.signedDate());
    }
}
