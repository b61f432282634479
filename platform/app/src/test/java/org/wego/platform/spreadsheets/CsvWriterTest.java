package org.wego.platform.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wego.platform.i18n.Translations;
import org.wego.plugin.api.Spreadsheet;
import org.wego.plugin.api.SpreadsheetLimits;

class CsvWriterTest {

    private static final Translations TRANSLATIONS = new Translations();
    private static final CsvWriter CSV = new CsvWriter();

    @Test
    void startsWithTheByteOrderMarkAndEndsEachLineWithCrlf() {
        byte[] bytes = CSV.create(TRANSLATIONS.messages(Locale.ENGLISH))
                .row("a", "b")
                .row("c")
                .bytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\r\nc\r\n");
    }

    @Test
    void theSameTableAsXlsxReadsBackWithItsNumbersAndDefusedText() {
        byte[] xlsx = CSV.create(TRANSLATIONS.messages(Locale.ENGLISH))
                .header("organisations.key", "organisations.name.ko")
                .row("=SUM(A1)", 7)
                .row("서울", -5)
                .xlsx("Agreements: 2019/2022 [all]");

        assertThat(Arrays.copyOf(xlsx, 2)).containsExactly('P', 'K');
        var sheet = new SpreadsheetReader().read(xlsx, new SpreadsheetLimits(10, 3, 64 * 1024));
        assertThat(sheet.format()).isEqualTo(Spreadsheet.XLSX);
        assertThat(sheet.rows())
                .extracting(Spreadsheet.Row::cells)
                .containsExactly(
                        java.util.List.of("Key", "Name (Korean)"),
                        java.util.List.of("'=SUM(A1)", "7"),
                        java.util.List.of("서울", "-5"));
        assertThat(CsvWriter.sheetName("Agreements: 2019/2022 [all] and a very long tail"))
                .isEqualTo("Agreements  2019 2022  all  and")
                .hasSizeLessThanOrEqualTo(31);
    }

    @Test
    void translatesTheHeaderKeysIntoTheTablesLanguage() {
        assertThat(CSV.create(TRANSLATIONS.messages(Locale.ENGLISH))
                        .header("organisations.key", "organisations.name.ko")
                        .text())
                .isEqualTo("\uFEFFKey,Name (Korean)\r\n");
        assertThat(CSV.create(TRANSLATIONS.messages(Locale.KOREAN))
                        .header("organisations.key", "organisations.name.ko")
                        .text())
                .isEqualTo("\uFEFF키,이름(국문)\r\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"=SUM(A1:A2)", "+1 555 0100", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx", "-", "-1e3"})
    void defusesEveryLeadingFormulaCharacter(String cell) {
        assertThat(CsvWriter.cell(cell)).isEqualTo("'" + cell);
        assertThat(CSV.defused(cell)).as("the same rule for other formats").isEqualTo("'" + cell);
        // and what is written reads back as that defused text
        assertThat(readBack(CSV.create(TRANSLATIONS.messages(Locale.ENGLISH))
                        .row(cell, "next")
                        .bytes()))
                .containsExactly("'" + cell, "next");
    }

    @Test
    void keepsNumbersUsable() {
        assertThat(CsvWriter.cell(-5)).isEqualTo("-5");
        assertThat(CsvWriter.cell(-5L)).isEqualTo("-5");
        assertThat(CsvWriter.cell(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(CsvWriter.cell(-1.5)).isEqualTo("-1.5");
        assertThat(CsvWriter.cell(1e20)).isEqualTo("100000000000000000000");
        assertThat(CsvWriter.cell(2.5)).isEqualTo("2.5");
        // a negative decimal as text cannot hold a formula: left as a number the spreadsheet can sum
        assertThat(CsvWriter.cell("-5")).isEqualTo("-5");
        assertThat(CsvWriter.cell("-0.25")).isEqualTo("-0.25");
        assertThat(CsvWriter.cell(Double.NaN)).isEqualTo("NaN");
        assertThat(CsvWriter.cell(null)).isEmpty();
        assertThat(CsvWriter.cell("Seoul")).isEqualTo("Seoul");
        assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAndReadsBackTheSame() {
        String tricky = "Seoul, \"Smart City\"\r\nWeek";
        String text = CSV.create(TRANSLATIONS.messages(Locale.ENGLISH))
                .row(tricky, "plain", "line\nbreak")
                .text();

        assertThat(text).isEqualTo("\uFEFF\"Seoul, \"\"Smart City\"\"\r\nWeek\",plain,\"line\nbreak\"\r\n");
        assertThat(readBack(text.getBytes(StandardCharsets.UTF_8))).containsExactly(tricky, "plain", "line\nbreak");
    }

    @Test
    void writesKoreanTextAsUtf8() {
        byte[] bytes = CSV.create(TRANSLATIONS.messages(Locale.KOREAN))
                .row("서울특별시", "O'Neil", "<script>alert(1)</script>")
                .bytes();

        var sheet = new SpreadsheetReader().read(bytes, new SpreadsheetLimits(10, 3, 1024));
        assertThat(sheet.encoding()).isEqualTo(Spreadsheet.UTF8_BOM);
        assertThat(sheet.rows().getFirst().cells()).containsExactly("서울특별시", "O'Neil", "<script>alert(1)</script>");
    }

    @Test
    void separatesTablesWithBlankLinesAndWritesEmptyCells() {
        String text = CSV.create(TRANSLATIONS.messages(Locale.ENGLISH))
                .row("Title")
                .blankLine()
                .row("a", null, "")
                .text();

        assertThat(text).isEqualTo("\uFEFFTitle\r\n\r\na,,\r\n");
    }

    @Test
    void aTableOfGivenTextsRefusesTranslatedHeaders() {
        var table = CSV.create().row("City / 도시", "Name / 성명");

        assertThat(table.text()).isEqualTo("\uFEFFCity / 도시,Name / 성명\r\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.header("organisations.key"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static java.util.List<String> readBack(byte[] bytes) {
        return new SpreadsheetReader()
                .read(bytes, new SpreadsheetLimits(10, 3, 1024))
                .rows()
                .getFirst()
                .cells();
    }
}
