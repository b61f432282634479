package org.wego.platform.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Spreadsheet;
import org.wego.plugin.api.SpreadsheetLimits;

/** The bounded reader on legitimate files and on small hostile ones (the large ones: {@link UploadBombTest}). */
class SpreadsheetReaderTest {

    private static final SpreadsheetLimits LIMITS = new SpreadsheetLimits(1011, 64, 2 * 1024 * 1024);
    private final SpreadsheetReader reader = new SpreadsheetReader();

    @Test
    void csvKeepsItsEncodingQuotesAndRowNumbersAndLeavesOutBlankRows() {
        String text = "도시,성명\r\n\r\ncn-chengdu,\"김, 민지\"\r\n\"two\nlines\",\"say \"\"hi\"\"\"\n";
        Spreadsheet utf8 = reader.read(text.getBytes(StandardCharsets.UTF_8), LIMITS);
        assertThat(utf8.format()).isEqualTo("CSV");
        assertThat(utf8.encoding()).isEqualTo("UTF-8");
        assertThat(utf8.rows())
                .containsExactly(
                        new Spreadsheet.Row(1, List.of("도시", "성명")),
                        new Spreadsheet.Row(3, List.of("cn-chengdu", "김, 민지")),
                        new Spreadsheet.Row(4, List.of("two\nlines", "say \"hi\"")));
        Spreadsheet bom = reader.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), LIMITS);
        assertThat(bom.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(bom.rows().getFirst().cells()).containsExactly("도시", "성명");
        Spreadsheet cp949 = reader.read(text.getBytes(Charset.forName("x-windows-949")), LIMITS);
        assertThat(cp949.encoding()).isEqualTo("CP949");
        assertThat(cp949.rows()).isEqualTo(utf8.rows());
    }

    @Test
    void xlsxGivesTextNumbersAndFormulasAsFormulas() {
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>이름</t></is></c><c r=\"C1\"><v>42.0</v></c></row>"
                + "<row r=\"3\"><c r=\"B3\"><f>HYPERLINK(\"http://evil.example\",\"x\")</f><v>0</v></c></row>";
        Spreadsheet sheet = reader.read(CraftedFiles.workbook(CraftedFiles.sheet(rows), null), LIMITS);
        assertThat(sheet.format()).isEqualTo("XLSX");
        assertThat(sheet.rows())
                .containsExactly(
                        new Spreadsheet.Row(1, List.of("이름", "", "42")),
                        new Spreadsheet.Row(3, List.of("", "=HYPERLINK(\"http://evil.example\",\"x\")")));
    }

    @Test
    void aLegitimateThousandRowWorkbookAndCsvAreRead() {
        assertThat(reader.read(CraftedFiles.legitimateWorkbook(1000), LIMITS).rows())
                .hasSize(1001);
        assertThat(reader.read(CraftedFiles.legitimateCsv(1000), LIMITS).rows()).hasSize(1001);
    }

    @Test
    void emptyOldTooLargeAndBrokenFilesAreRefusedAsAWhole() {
        assertRefused(new byte[0], LIMITS, "spreadsheet.file.empty");
        assertRefused(new byte[LIMITS.maxBytes() + 1], LIMITS, "spreadsheet.file.too-large");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertRefused(ole2, LIMITS, "spreadsheet.file.xls");
        assertRefused(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5}, LIMITS, "spreadsheet.file.unreadable");
        assertRefused(
                CraftedFiles.workbook("<worksheet><sheetData><row>", null), LIMITS, "spreadsheet.file.unreadable");
    }

    @Test
    void rowsBeyondTheLimitAreRefusedInBothFormats() {
        var few = new SpreadsheetLimits(10, 7, 1024 * 1024);
        assertRefused(CraftedFiles.legitimateCsv(10), few, "spreadsheet.file.too-many-rows");
        var tally = new ReadingTally();
        assertRefused(CraftedFiles.legitimateWorkbook(1000), few, tally, "spreadsheet.file.too-many-rows");
        assertThat(tally.rowsSeen()).as("stopped at the eleventh row").isEqualTo(11);
    }

    @Test
    void cellsBeyondTheDeclaredColumnsAreRefusedBeforeAnyRowIsPadded() {
        var tally = new ReadingTally();
        assertRefused(
                CraftedFiles.legitimateWorkbook(5),
                new SpreadsheetLimits(10, 6, 1024 * 1024),
                tally,
                "spreadsheet.cell.beyond-columns");
        assertThat(tally.cellsSeen()).as("the seventh cell of the first row").isEqualTo(7);
        assertRefused(
                "a,b,c\r\n".getBytes(StandardCharsets.UTF_8),
                new SpreadsheetLimits(10, 2, 1024),
                "spreadsheet.cell.beyond-columns");
        assertThat(reader.read("a,b,,\r\n".getBytes(StandardCharsets.UTF_8), new SpreadsheetLimits(10, 2, 1024))
                        .rows()
                        .getFirst()
                        .cells())
                .as("empty trailing fields beyond the columns are dropped")
                .containsExactly("a", "b");
    }

    @Test
    void rowsWithoutANumberFollowTheRowBefore() {
        // Found by the fuzz corpus: fastexcel numbers such rows 0.
        String rows = "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row><c><v>2</v></c></row><row><c><v>3</v></c></row>";
        assertThat(reader.read(CraftedFiles.workbook(CraftedFiles.sheet(rows), null), LIMITS)
                        .rows())
                .extracting(Spreadsheet.Row::number)
                .containsExactly(2, 3, 4);
    }

    @Test
    void aWorksheetAtAnUnusualPathIsBoundedAsWell() {
        String zzzzzz = CraftedFiles.sheet("<row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>");
        String legitimate = CraftedFiles.sheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>");
        assertThat(reader.read(CraftedFiles.workbookWithSheetAt("data/odd.bin.xml", legitimate), LIMITS)
                        .rows())
                .as("fastexcel follows the relationship")
                .containsExactly(new Spreadsheet.Row(1, List.of("7")));
        assertRefused(
                CraftedFiles.workbookWithSheetAt("data/odd.bin.xml", zzzzzz),
                LIMITS,
                "spreadsheet.cell.beyond-columns");
    }

    @Test
    void everyRefusalHasItsMessageInEnglishAndKorean() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/spreadsheets", language);
            for (String key : List.of(
                    "file.empty",
                    "file.too-large",
                    "file.xls",
                    "file.unreadable",
                    "file.too-many-rows",
                    "cell.too-long",
                    "cell.beyond-columns",
                    "csv.line-too-long",
                    "xlsx.row-beyond",
                    "xlsx.too-large",
                    "xlsx.ratio",
                    "xlsx.size-mismatch",
                    "xlsx.dtd",
                    "xlsx.shared-strings",
                    "xlsx.shared-strings-size",
                    "xlsx.text-too-long")) {
                assertThat(bundle.containsKey("spreadsheet." + key))
                        .as(language + " spreadsheet." + key)
                        .isTrue();
            }
        }
    }

    @Test
    void cellReferencesParseWithoutOverflow() {
        assertThat(CellReference.parse("B12")).contains(new CellReference(2, 12));
        assertThat(CellReference.parse("XFD1048576")).contains(new CellReference(16_384, 1_048_576));
        assertThat(CellReference.parse("ZZZZZZZZZZZZZZ99999999999999"))
                .contains(new CellReference(CellReference.BEYOND_COLUMNS, CellReference.BEYOND_ROWS));
        assertThat(CellReference.parse("12")).isEmpty();
        assertThat(CellReference.parse("A")).isEmpty();
        assertThat(CellReference.columnLabel(64)).isEqualTo("BL");
        assertThat(CellReference.columnLabel(16_384)).isEqualTo("XFD");
    }

    private void assertRefused(byte[] file, SpreadsheetLimits limits, String key) {
        assertRefused(file, limits, new ReadingTally(), key);
    }

    private void assertRefused(byte[] file, SpreadsheetLimits limits, ReadingTally tally, String key) {
        assertThatThrownBy(() -> reader.read(file, limits, tally))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo("file");
                });
    }
}
