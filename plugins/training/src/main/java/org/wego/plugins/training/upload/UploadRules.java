package org.wego.plugins.training.upload;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugins.training.nominations.Gender;
import org.wego.plugins.training.nominations.Nominations;
import org.wego.plugins.training.nominations.TraineeInput;
import org.wego.plugins.training.nominations.TraineeRules;
import org.wego.plugins.training.programmes.TextRules;

/**
 * The checks of an upload that need no database (pure): the header, the rows, each row's fields
 * (through {@link TextRules}, the rules {@link TraineeRules} applies), formulas, genders, the same
 * e-mail twice in the file, which city a cell names, and the quota warning.
 *
 * <p>The first non-blank row is the header. A row whose first cell starts with {@code #} is a note
 * (the template's hint row) and is skipped. A city cell holds the registry key ({@code cn-chengdu})
 * or the city's English or Korean name, in any case.
 */
final class UploadRules {

    static final String NOTE = "#";

    private UploadRules() {}

    /**
     * The data rows of a sheet.
     *
     * @throws InvalidInputException (field {@code file}) for a missing header column, no data rows or
     *     more than {@link UploadedSheet#MAX_ROWS}
     */
    static List<UploadRow> rows(UploadedSheet sheet) {
        if (sheet.rows().isEmpty()) {
            throw new InvalidInputException("file", "training.upload.file.no-rows");
        }
        SheetRow header = sheet.rows().getFirst();
        var index = new EnumMap<UploadColumn, Integer>(UploadColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            int column = i;
            UploadColumn.ofHeader(header.cell(i)).ifPresent(c -> index.putIfAbsent(c, column));
        }
        String missing = java.util.Arrays.stream(UploadColumn.values())
                .filter(c -> c.required() && !index.containsKey(c))
                .map(UploadColumn::header)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new InvalidInputException("file", "training.upload.file.missing-columns", missing);
        }
        var rows = new ArrayList<UploadRow>();
        for (SheetRow row : sheet.rows().subList(1, sheet.rows().size())) {
            if (row.cell(0).strip().startsWith(NOTE)) {
                continue;
            }
            var values = new EnumMap<UploadColumn, String>(UploadColumn.class);
            index.forEach((column, i) -> values.put(column, row.cell(i)));
            rows.add(new UploadRow(row.number(), values));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "training.upload.file.no-rows");
        }
        if (rows.size() > UploadedSheet.MAX_ROWS) {
            throw new InvalidInputException("file", "training.upload.file.too-many-rows", UploadedSheet.MAX_ROWS);
        }
        return rows;
    }

    /**
     * Every problem of a row's own fields, not only the first: formulas, then name, position,
     * department, e-mail and language by {@link TextRules}, the city given, the gender known.
     */
    static List<UploadProblem> fieldProblems(UploadRow row) {
        var problems = new ArrayList<UploadProblem>();
        for (UploadColumn column : UploadColumn.values()) {
            if (formula(row.value(column))) {
                problems.add(UploadProblem.error(row.number(), column, "training.upload.problem.formula"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (row.value(UploadColumn.CITY).isBlank()) {
            problems.add(UploadProblem.error(row.number(), UploadColumn.CITY, "training.invalid.required"));
        }
        check(problems, row, UploadColumn.NAME, v -> TextRules.required(TraineeInput.NAME, v, TextRules.MAX_NAME));
        check(
                problems,
                row,
                UploadColumn.POSITION,
                v -> TextRules.optional(TraineeInput.POSITION, v, TextRules.MAX_NAME, false));
        check(
                problems,
                row,
                UploadColumn.DEPARTMENT,
                v -> TextRules.optional(TraineeInput.DEPARTMENT, v, TextRules.MAX_NAME, false));
        check(problems, row, UploadColumn.EMAIL, v -> TextRules.email(TraineeInput.EMAIL, v));
        check(problems, row, UploadColumn.LANGUAGE, v -> TextRules.language(TraineeInput.LANGUAGE, v));
        if (gender(row.value(UploadColumn.GENDER)).isEmpty()) {
            problems.add(UploadProblem.error(row.number(), UploadColumn.GENDER, "training.upload.problem.gender"));
        }
        return problems;
    }

    /** A later row with an e-mail an earlier row has: one person, nominated once. */
    static List<UploadProblem> duplicates(List<UploadRow> rows) {
        var first = new HashMap<String, Integer>();
        var problems = new ArrayList<UploadProblem>();
        for (UploadRow row : rows) {
            String email = row.value(UploadColumn.EMAIL).strip().toLowerCase(Locale.ROOT);
            if (email.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(email, row.number());
            if (earlier != null) {
                problems.add(UploadProblem.error(
                        row.number(), UploadColumn.EMAIL, "training.upload.problem.duplicate-in-file", earlier));
            }
        }
        return problems;
    }

    /** The gender a cell names (English or Korean, the enum name or the label); empty cell: not given. */
    static Optional<Gender> gender(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Gender.UNDISCLOSED);
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "female", "f", "woman", "여성", "여" -> Optional.of(Gender.FEMALE);
            case "male", "m", "man", "남성", "남" -> Optional.of(Gender.MALE);
            case "other", "기타" -> Optional.of(Gender.OTHER);
            case "undisclosed", "not given", "-", "밝히지 않음", "미공개", "비공개" -> Optional.of(Gender.UNDISCLOSED);
            default -> Optional.empty();
        };
    }

    /** The city of a cell among these cities: registry key, English or Korean name, any case. */
    static Optional<Organisation> city(String text, Collection<Organisation> cities) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return cities.stream()
                .filter(c -> c.key().value().toLowerCase(Locale.ROOT).equals(wanted)
                        || c.nameEn().strip().toLowerCase(Locale.ROOT).equals(wanted)
                        || c.nameKo().strip().equals(text.strip()))
                .findFirst();
    }

    /** The trainee a checked row describes, for {@link Nominations#nominate}. */
    static TraineeInput trainee(UploadRow row, OrganisationKey city) {
        return new TraineeInput(
                row.value(UploadColumn.NAME),
                row.value(UploadColumn.POSITION),
                row.value(UploadColumn.DEPARTMENT),
                city,
                row.value(UploadColumn.EMAIL),
                row.value(UploadColumn.LANGUAGE),
                gender(row.value(UploadColumn.GENDER)).orElse(Gender.UNDISCLOSED));
    }

    /**
     * A warning on each row that takes its city beyond the programme's quota: the nominations the city
     * holds already (pending, enrolled, waiting) and the file's earlier rows count. The row stays valid:
     * if approved, it waits on the waitlist.
     */
    static List<UploadProblem> quotaWarnings(
            Map<UploadRow, Organisation> rows, Map<OrganisationKey, Integer> held, int quota) {
        var counts = new HashMap<>(held);
        var warnings = new ArrayList<UploadProblem>();
        rows.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(UploadRow::number)))
                .forEach(entry -> {
                    Organisation city = entry.getValue();
                    int count = counts.merge(city.key(), 1, Integer::sum);
                    if (count > quota) {
                        warnings.add(UploadProblem.warning(
                                entry.getKey().number(),
                                UploadColumn.CITY,
                                "training.upload.warning.quota",
                                city.nameEn(),
                                city.nameKo(),
                                quota));
                    }
                });
        return warnings;
    }

    /** A value a spreadsheet would run as a formula (OWASP's list); refused, never stored. */
    static boolean formula(String value) {
        String text = value.stripLeading();
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.equals("-")
                || !value.isEmpty() && (value.charAt(0) == '\t' || value.charAt(0) == '\r');
    }

    private static void check(
            List<UploadProblem> problems,
            UploadRow row,
            UploadColumn column,
            java.util.function.Consumer<String> rule) {
        try {
            rule.accept(row.value(column));
        } catch (InvalidInputException e) {
            problems.add(UploadProblem.error(
                    row.number(), column, e.messageKey(), e.arguments().toArray()));
        }
    }
}
