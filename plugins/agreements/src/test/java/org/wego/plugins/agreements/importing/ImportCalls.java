package org.wego.plugins.agreements.importing;

import java.util.Map;
import java.util.function.Function;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.testkit.InPlugin;

/**
 * Calls into the running plugin with its real types, as the current user: {@code check} (a file's bytes,
 * answering its problems as {@code row:COLUMN:key} texts, or the refusal's key for a file refused whole),
 * {@code valid} (a file's bytes, answering how many rows are valid) and {@code save} (a file's bytes: checks
 * and saves the valid rows, answering how many were saved), {@code xlsx} (the list's XLSX export read back by
 * the platform's reader, each row's cells joined by {@code |}) and {@code template} (the XLSX template checked
 * as it is: the refusal's key, since it holds no agreement).
 */
public class ImportCalls implements InPlugin<Map<String, Function<Object[], Object>>> {

    @Override
    public Map<String, Function<Object[], Object>> run(Beans beans) {
        AgreementImport importing = beans.bean(AgreementImport.class);
        var export = beans.bean(org.wego.plugins.agreements.register.AgreementExport.class);
        var platform = beans.bean(org.wego.plugin.api.PluginContext.class);
        return Map.of(
                "xlsx",
                args -> platform
                        .spreadsheets()
                        .read(
                                export.xlsx(
                                        org.wego.plugins.agreements.register.Agreements.Filter.all(500),
                                        java.util.Locale.ENGLISH),
                                new org.wego.plugin.api.SpreadsheetLimits(1000, 11, 5 * 1024 * 1024))
                        .rows()
                        .stream()
                        .map(row -> String.join("|", row.cells()))
                        .toList(),
                "check",
                args -> {
                    try {
                        return importing.check((byte[]) args[0]).problems().stream()
                                .map(p -> p.row() + ":"
                                        + (p.column() == null ? "" : p.column().name()) + ":" + p.messageKey())
                                .toList();
                    } catch (InvalidInputException e) {
                        return e.messageKey();
                    }
                },
                "template",
                args -> {
                    try {
                        return importing.check(importing.templateXlsx()).rows().size();
                    } catch (InvalidInputException e) {
                        return e.messageKey();
                    }
                },
                "valid",
                args -> importing.check((byte[]) args[0]).valid(),
                "save",
                args -> importing.save(importing.check((byte[]) args[0])).size());
    }
}
