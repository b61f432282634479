package org.wego.platform.spreadsheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.CsvTable;
import org.wego.plugin.api.CsvTables;
import org.wego.plugin.api.Messages;

/**
 * The platform's one CSV writer (see {@link CsvTables}), on Commons CSV as the reader is: RFC 4180,
 * CRLF, minimal quoting, a byte-order mark first, and formula defusing of text cells. Stateless; the
 * plugin test kit hands the same writer to plugins' unit tests.
 */
public final class CsvWriter implements CsvTables {

    /** The byte-order mark that makes Excel read UTF-8 (and so Korean) right. */
    static final String BOM = "\uFEFF";

    /** What a spreadsheet program runs as a formula when a cell starts with it (OWASP's CSV injection list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** A plain negative decimal: cannot carry a formula, so it stays a number the spreadsheet can sum. */
    private static final Pattern NEGATIVE_DECIMAL = Pattern.compile("-\\d+(\\.\\d+)?");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    @Override
    public CsvTable create(Messages messages) {
        return new Table(Objects.requireNonNull(messages, "messages"));
    }

    @Override
    public CsvTable create() {
        return new Table(null);
    }

    /** One cell as the writer puts it into the file, before quoting: numbers plain, text defused. */
    static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal decimal -> decimal.toPlainString();
            case Byte _, Short _, Integer _, Long _, BigInteger _ -> value.toString();
            case Double d
            when Double.isFinite(d) ->
                BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case Float f
            when Float.isFinite(f) ->
                new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString();
            default -> defusedText(value.toString());
        };
    }

    @Override
    public String defused(String text) {
        return defusedText(text);
    }

    /** A text cell with a leading apostrophe when a spreadsheet would run it as a formula. */
    static String defusedText(String text) {
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return NEGATIVE_DECIMAL.matcher(text).matches() ? text : "'" + text;
    }

    private static final class Table implements CsvTable {

        private final @Nullable Messages messages;
        private final StringBuilder out = new StringBuilder(BOM);
        private final CSVPrinter printer;
        /** The lines again, as cells, for {@link #xlsx}: the CSV text would lose which cells are numbers. */
        private final List<List<Object>> lines = new ArrayList<>();

        private final java.util.Set<Integer> headerLines = new java.util.HashSet<>();

        Table(@Nullable Messages messages) {
            this.messages = messages;
            try {
                this.printer = new CSVPrinter(out, FORMAT);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringBuilder never fails
            }
        }

        @Override
        public CsvTable header(List<String> keys) {
            Messages language = messages;
            if (language == null) {
                throw new IllegalStateException("a table made without messages has no translated headers");
            }
            headerLines.add(lines.size());
            return row(keys.stream().map(key -> language.get(key)).toList());
        }

        @Override
        public CsvTable row(List<?> cells) {
            var texts = new ArrayList<String>(cells.size());
            var kept = new ArrayList<Object>(cells.size());
            for (Object cell : cells) {
                texts.add(cell(cell));
                kept.add(cell instanceof Number number ? number : cell(cell));
            }
            lines.add(kept);
            try {
                printer.printRecord(texts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        @Override
        public CsvTable blankLine() {
            lines.add(List.of());
            try {
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        @Override
        public String text() {
            return out.toString();
        }

        @Override
        public byte[] bytes() {
            return text().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] xlsx(String sheet) {
            var bytes = new java.io.ByteArrayOutputStream();
            try (var workbook = new org.dhatim.fastexcel.Workbook(bytes, "WeGO Platform", "1.0")) {
                var worksheet = workbook.newWorksheet(sheetName(sheet));
                for (int row = 0; row < lines.size(); row++) {
                    List<Object> cells = lines.get(row);
                    for (int column = 0; column < cells.size(); column++) {
                        Object cell = cells.get(column);
                        if (cell instanceof Number number) {
                            worksheet.value(row, column, number);
                        } else {
                            worksheet.value(row, column, (String) cell); // defused in row(): never a formula
                        }
                    }
                    if (headerLines.contains(row) && !cells.isEmpty()) {
                        worksheet
                                .range(row, 0, row, cells.size() - 1)
                                .style()
                                .bold()
                                .set();
                    }
                }
                if (headerLines.contains(0)) {
                    worksheet.freezePane(0, 1);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }

    /** A sheet name Excel takes: no {@code []:*?/\}, not blank, at most 31 characters. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (clean.isEmpty()) {
            return "Sheet1";
        }
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
