package org.wego.plugins.membership.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.CsvTable;
import org.wego.plugin.api.CsvTables;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.TopicChoices;

/**
 * The directory's rows as a spreadsheet: CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet
 * programs read Korean right) or XLSX. Headers and values (type, continent, status, focus areas) in the
 * reader's language; CSV through the platform's writer, and a cell that a spreadsheet would run as a
 * formula defused by its rule in both formats.
 */
final class DirectoryExport {

    /** The header keys, in column order. */
    static final List<String> HEADERS = List.of(
            "membership.directory.column.key",
            "membership.field.name-en",
            "membership.field.name-ko",
            "membership.field.name-local",
            "membership.directory.column.type",
            "membership.directory.column.country",
            "membership.directory.column.continent",
            "membership.directory.column.capital",
            "membership.directory.column.region",
            "membership.directory.column.status",
            "membership.directory.column.since",
            "membership.directory.column.website",
            "membership.field.head",
            "membership.field.head-title",
            "membership.field.focus-areas");

    private DirectoryExport() {}

    /** The header row in the messages' language. */
    static List<String> headers(Messages messages) {
        return HEADERS.stream().map(messages::get).toList();
    }

    /** One member's cells, in the header's order, values translated. */
    static List<String> cells(DirectoryEntry e, Messages messages, TopicChoices areas) {
        var cells = new ArrayList<String>();
        cells.add(e.key().value());
        cells.add(e.nameEn());
        cells.add(e.nameKo());
        cells.add(orEmpty(e.nameLocal()));
        cells.add(messages.get("organisation.type." + e.type().name()));
        cells.add(orEmpty(e.country()));
        cells.add(
                e.continent() == null
                        ? ""
                        : messages.get("continent." + e.continent().name()));
        cells.add(messages.get(e.capital() ? "membership.directory.yes" : "membership.directory.no"));
        cells.add(e.regionalOffice() == null ? "" : e.regionalOffice().value());
        cells.add(messages.get("membership.status." + e.status().name()));
        cells.add(e.statusSince() == null ? "" : e.statusSince().toString());
        cells.add(orEmpty(e.website()));
        cells.add(orEmpty(e.headName()));
        cells.add(orEmpty(e.headTitle()));
        cells.add(areas.names(e.focusAreas(), messages.locale()));
        return cells;
    }

    /** Through the platform's CSV writer (BOM, defusing, quoting). */
    static byte[] csv(List<DirectoryEntry> entries, Messages messages, TopicChoices areas, CsvTables csv) {
        CsvTable table = csv.create(messages).header(HEADERS);
        for (DirectoryEntry entry : entries) {
            table.row(cells(entry, messages, areas));
        }
        return table.bytes();
    }

    static byte[] xlsx(List<DirectoryEntry> entries, Messages messages, TopicChoices areas, CsvTables csv) {
        var bytes = new ByteArrayOutputStream();
        try (var workbook = new Workbook(bytes, "WeGO Platform", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(messages.get("membership.directory.title"));
            write(sheet, 0, headers(messages), csv);
            sheet.range(0, 0, 0, HEADERS.size() - 1).style().bold().set();
            int row = 1;
            for (DirectoryEntry entry : entries) {
                write(sheet, row++, cells(entry, messages, areas), csv);
            }
            sheet.freezePane(0, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(Worksheet sheet, int row, List<String> cells, CsvTables csv) {
        for (int column = 0; column < cells.size(); column++) {
            // Written as text (never as a formula), defused as the CSV writer does: the file may be re-saved as CSV.
            sheet.value(row, column, csv.defused(cells.get(column)));
        }
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
