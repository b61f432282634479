package org.wego.plugins.agreements.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.CsvTable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Spreadsheet;
import org.wego.plugin.api.SpreadsheetLimits;
import org.wego.plugins.agreements.register.AgreementKind;
import org.wego.plugins.agreements.register.Agreements;

/**
 * Import of the register the secretariat keeps today (CSV or XLSX through the platform's bounded reader): every
 * row checked first, each problem with its row number; then nothing saved (cancel) or the valid rows saved,
 * each row one whole agreement in its own transaction with its audit entry ({@link Agreements#create}).
 */
@Component
class AgreementImport {

    /** The most data rows one file may hold. */
    static final int MAX_ROWS = 1000;

    /** The largest file. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final SpreadsheetLimits LIMITS =
            new SpreadsheetLimits(MAX_ROWS + 2, ImportColumn.values().length, MAX_BYTES);

    /** The rows of a file, checked. */
    record Check(List<ImportRows.Checked> rows) {

        List<ImportRows.Problem> problems() {
            return rows.stream().flatMap(r -> r.problems().stream()).toList();
        }

        long valid() {
            return rows.stream().filter(ImportRows.Checked::valid).count();
        }
    }

    private final Agreements agreements;
    private final PluginContext platform;

    AgreementImport(Agreements agreements, PluginContext platform) {
        this.agreements = agreements;
        this.platform = platform;
    }

    /**
     * Reads and checks a file; saves nothing.
     *
     * @throws InvalidInputException (field {@code file}) for a file refused as a whole
     */
    Check check(byte[] file) {
        requireManager();
        Spreadsheet sheet = platform.spreadsheets().read(file, LIMITS);
        Map<String, AgreementKind> kinds = kinds();
        var rows = new ArrayList<ImportRows.Checked>();
        var data = sheet.rows().stream()
                .skip(1)
                .filter(row -> !ImportRows.isNote(row))
                .toList();
        if (sheet.rows().isEmpty() || data.isEmpty()) {
            throw new InvalidInputException("file", "agreements.import.empty");
        }
        for (Spreadsheet.Row row : data) {
            rows.add(ImportRows.check(row, kinds, this::byExactName, platform.organisations()::byKey));
        }
        return new Check(List.copyOf(rows));
    }

    /**
     * Saves the valid rows of a check, each in its own transaction.
     *
     * @return the ids of the agreements recorded
     */
    List<Long> save(Check check) {
        requireManager();
        var ids = new ArrayList<Long>();
        for (ImportRows.Checked row : check.rows()) {
            if (row.valid()) {
                try {
                    ids.add(agreements.create(row.input()));
                } catch (InvalidInputException e) {
                    // changed in the registry since the check: this row is not saved, the others still are
                }
            }
        }
        return List.copyOf(ids);
    }

    /** The template as CSV: the bilingual header row, then a notes row the import skips. */
    byte[] template() {
        return templateTable().bytes();
    }

    /** The same template as XLSX. */
    byte[] templateXlsx() {
        return templateTable().xlsx("Agreements");
    }

    private CsvTable templateTable() {
        return platform.csv()
                .create()
                .row(Arrays.stream(ImportColumn.values())
                        .map(ImportColumn::header)
                        .toList())
                .row(List.of(
                        "# MOU, PARTNERSHIP, JOINT_PROGRAMME, LETTER_OF_INTENT — rows starting with # are skipped"
                                + " / #으로 시작하는 행은 읽지 않습니다",
                        "",
                        "",
                        "Registry key or exact name; several separated by ; / 등록 키 또는 정확한 이름, 여럿은 ;로 구분",
                        "2019",
                        "YYYY-MM-DD",
                        "YYYY-MM-DD",
                        "YYYY-MM-DD (empty: open-ended / 비우면 기한 없음)",
                        "90",
                        "",
                        ""));
    }

    private Map<String, AgreementKind> kinds() {
        var kinds = new HashMap<String, AgreementKind>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            Messages messages = platform.messages(locale);
            for (AgreementKind kind : AgreementKind.values()) {
                String label = messages.get("agreements.kind." + kind.name()).toLowerCase(Locale.ROOT);
                kinds.put(label, kind);
                kinds.put(label.replaceAll("\\s*\\(.*\\)$", ""), kind); // 양해각서 for 양해각서(MOU)
                kinds.put(kind.name().toLowerCase(Locale.ROOT), kind);
            }
        }
        return kinds;
    }

    private Optional<Organisation> byExactName(String name) {
        return platform
                .organisations()
                .search(new OrganisationDirectory.Query(name, null, null, null, null, null, 0, 500))
                .stream()
                .filter(o -> o.nameEn().equalsIgnoreCase(name) || o.nameKo().equals(name))
                .findFirst();
    }

    private void requireManager() {
        platform.permissions().require(platform.requireUser(), Agreements.MANAGE);
    }
}
