package org.wego.platform.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Spreadsheet;
import org.wego.plugin.api.SpreadsheetLimits;

/**
 * Fuzz targets of the bounded reader (Jazzer). In a test run (regression mode) each target replays its
 * corpus of interesting inputs, kept in {@code src/test/resources/org/wego/platform/spreadsheets/
 * SpreadsheetReaderFuzzTestInputs/<target>/}; {@code ./wego fuzz} fuzzes each for a bounded time
 * ({@code JAZZER_FUZZ=1}) and adds what it finds there. The property: every input is either read within
 * the limits or refused with a translated {@code spreadsheet.*} message; anything else (another
 * exception, a row or cell beyond the limits) is a finding.
 */
class SpreadsheetReaderFuzzTest {

    /** Small limits, so the fuzzer reaches every cap with small inputs. */
    private static final SpreadsheetLimits LIMITS = new SpreadsheetLimits(20, 8, 64 * 1024);

    private static final SpreadsheetReader READER = new SpreadsheetReader();
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n/spreadsheets", Locale.ENGLISH);

    /** Any bytes as an upload: mostly CSV in one of the three encodings. */
    @FuzzTest(maxDuration = "2m")
    void anyUpload(byte[] file) {
        check(file);
    }

    /** The bytes as the one worksheet of an otherwise valid workbook: the XML scan and fastexcel behind it. */
    @FuzzTest(maxDuration = "2m")
    void worksheetXml(byte[] sheet) {
        check(CraftedFiles.workbook(new String(sheet, StandardCharsets.UTF_8), null));
    }

    /** The bytes as the shared strings of a workbook whose sheet refers to the first three. */
    @FuzzTest(maxDuration = "2m")
    void sharedStringsXml(byte[] strings) {
        String sheet =
                CraftedFiles.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C1\" t=\"s\"><v>2</v></c></row>");
        check(CraftedFiles.workbook(sheet, new String(strings, StandardCharsets.UTF_8)));
    }

    private static void check(byte[] file) {
        Spreadsheet sheet;
        try {
            sheet = READER.read(file, LIMITS);
        } catch (InvalidInputException refused) {
            assertThat(refused.messageKey()).startsWith("spreadsheet.");
            assertThat(ENGLISH.containsKey(refused.messageKey()))
                    .as(refused.messageKey())
                    .isTrue();
            return;
        }
        assertThat(sheet.rows()).hasSizeLessThanOrEqualTo(LIMITS.maxRows());
        for (Spreadsheet.Row row : sheet.rows()) {
            assertThat(row.number()).isBetween(1, SpreadsheetLimits.EXCEL_ROWS);
            assertThat(row.cells()).hasSizeLessThanOrEqualTo(LIMITS.columns());
            row.cells().forEach(cell -> assertThat(cell.length()).isLessThanOrEqualTo(WorkbookScan.MAX_CELL_CHARS));
        }
    }
}
