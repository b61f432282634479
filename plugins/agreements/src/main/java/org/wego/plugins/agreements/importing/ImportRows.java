package org.wego.plugins.agreements.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Spreadsheet;
import org.wego.plugins.agreements.register.AgreementInput;
import org.wego.plugins.agreements.register.AgreementKind;
import org.wego.plugins.agreements.register.AgreementRules;
import org.wego.plugins.agreements.register.Status;

/**
 * The check of each row of an imported register, before anything is saved: the kind by its name in English,
 * Korean or as its code, the counterparties by registry key or exact name (separated by ";"), ISO dates,
 * whole numbers, and then the register's own {@link AgreementRules}. A row with a year signed is imported as
 * signed, one without as a draft.
 */
final class ImportRows {

    /** A problem of a row: its spreadsheet row number, the column if one, a message key and its arguments. */
    record Problem(int row, @Nullable ImportColumn column, String messageKey, List<Object> arguments) {}

    /** A row checked: the agreement to record, or the problems that stop it. */
    record Checked(int row, @Nullable AgreementInput input, List<Problem> problems) {

        boolean valid() {
            return input != null;
        }
    }

    /** What a registry key looks like ({@link OrganisationKey}'s own rule, which throws rather than answers). */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ImportRows() {}

    /**
     * Checks one data row.
     *
     * @param kinds the kinds by their lower-case names in English and Korean and their codes
     * @param byName finds an organisation by its exact English or Korean name
     * @param byKey finds an organisation by its registry key
     */
    static Checked check(
            Spreadsheet.Row row,
            Map<String, AgreementKind> kinds,
            Function<String, Optional<Organisation>> byName,
            Function<OrganisationKey, Optional<Organisation>> byKey) {
        var problems = new ArrayList<Problem>();
        int n = row.number();
        AgreementKind kind = kinds.get(cell(row, ImportColumn.KIND).toLowerCase(Locale.ROOT));
        if (kind == null) {
            problems.add(new Problem(
                    n, ImportColumn.KIND, "agreements.import.invalid.kind", List.of(cell(row, ImportColumn.KIND))));
        }
        var parties = new ArrayList<String>();
        for (String party : cell(row, ImportColumn.PARTIES).split(";")) {
            String name = party.strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<Organisation> found = byName.apply(name);
            if (found.isEmpty() && KEY.matcher(name).matches()) {
                found = byKey.apply(OrganisationKey.of(name));
            }
            found.ifPresentOrElse(
                    o -> parties.add(o.key().value()),
                    () -> problems.add(
                            new Problem(n, ImportColumn.PARTIES, "agreements.import.invalid.party", List.of(name))));
        }
        Integer year = number(row, ImportColumn.SIGNED_YEAR, problems);
        LocalDate signedDate = date(row, ImportColumn.SIGNED_DATE, problems);
        LocalDate effective = date(row, ImportColumn.EFFECTIVE, problems);
        LocalDate expiry = date(row, ImportColumn.EXPIRY, problems);
        Integer noticeDays = number(row, ImportColumn.NOTICE_DAYS, problems);
        if (!problems.isEmpty()) {
            return new Checked(n, null, List.copyOf(problems));
        }
        boolean signed = year != null || signedDate != null;
        var input = new AgreementInput(
                kind,
                blankToNull(cell(row, ImportColumn.TITLE_EN)),
                blankToNull(cell(row, ImportColumn.TITLE_KO)),
                blankToNull(cell(row, ImportColumn.PURPOSE_EN)),
                blankToNull(cell(row, ImportColumn.PURPOSE_KO)),
                null,
                year,
                signedDate,
                effective,
                expiry,
                false,
                null,
                noticeDays,
                null,
                null,
                List.of(),
                signed ? Status.SIGNED : Status.DRAFT,
                parties,
                List.of());
        try {
            return new Checked(n, AgreementRules.check(input, byKey), List.of());
        } catch (InvalidInputException e) {
            return new Checked(n, null, List.of(new Problem(n, column(e), e.messageKey(), List.copyOf(e.arguments()))));
        }
    }

    /** Whether a row is the template's notes row (its first cell starts with {@code #}). */
    static boolean isNote(Spreadsheet.Row row) {
        return !row.cells().isEmpty() && row.cells().getFirst().strip().startsWith("#");
    }

    private static @Nullable ImportColumn column(InvalidInputException e) {
        String field = e.field();
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "kind" -> ImportColumn.KIND;
            case "titleEn" -> ImportColumn.TITLE_EN;
            case "titleKo" -> ImportColumn.TITLE_KO;
            case "purposeEn" -> ImportColumn.PURPOSE_EN;
            case "purposeKo" -> ImportColumn.PURPOSE_KO;
            case "signedYear" -> ImportColumn.SIGNED_YEAR;
            case "effective" -> ImportColumn.EFFECTIVE;
            case "expiry" -> ImportColumn.EXPIRY;
            case "noticeDays" -> ImportColumn.NOTICE_DAYS;
            case "parties" -> ImportColumn.PARTIES;
            default -> null;
        };
    }

    private static String cell(Spreadsheet.Row row, ImportColumn column) {
        int i = column.ordinal();
        return i < row.cells().size() ? row.cells().get(i).strip() : "";
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static @Nullable LocalDate date(Spreadsheet.Row row, ImportColumn column, List<Problem> problems) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(row.number(), column, "agreements.import.invalid.date", List.of(text)));
            return null;
        }
    }

    private static @Nullable Integer number(Spreadsheet.Row row, ImportColumn column, List<Problem> problems) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new Problem(row.number(), column, "agreements.import.invalid.number", List.of(text)));
            return null;
        }
    }
}
