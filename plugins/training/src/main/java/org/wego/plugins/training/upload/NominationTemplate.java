package org.wego.plugins.training.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The downloadable template of the bulk upload, CSV (UTF-8 with a byte-order mark, so Excel shows
 * Korean right) and XLSX: one bilingual header row ("City / 도시", ...), so one file serves every
 * coordinator, then one notes row starting with {@code #} that the reader skips.
 */
final class NominationTemplate {

    /** The notes row, one hint per column, in both languages. */
    static final List<String> NOTES = List.of(
            "# Registry key or English/Korean name, e.g. cn-chengdu — rows starting with # are skipped"
                    + " / 등록 키 또는 영문·한글 이름 — #으로 시작하는 행은 읽지 않습니다",
            "Full name / 성명",
            "Optional / 선택",
            "Optional / 선택",
            "name@city.example.org",
            "en, ko, zh, fr, es… (ISO 639)",
            "female, male, other, undisclosed / 여성, 남성, 기타, 밝히지 않음 (optional / 선택)");

    private NominationTemplate() {}

    static List<String> headers() {
        return Arrays.stream(UploadColumn.values()).map(UploadColumn::header).toList();
    }

    static byte[] csv() {
        var out = new StringBuilder("\uFEFF");
        out.append(line(headers())).append(line(NOTES));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx() {
        var bytes = new ByteArrayOutputStream();
        try (var workbook = new Workbook(bytes, "WeGO Platform", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Nominations");
            List<String> headers = headers();
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(0, column, headers.get(column));
                sheet.value(1, column, NOTES.get(column));
                sheet.width(column, column == 0 ? 40 : 24);
            }
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
            sheet.range(1, 0, 1, headers.size() - 1).style().italic().set();
            sheet.freezePane(0, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One CSV line: fields quoted when they hold a comma, quote or line break; CRLF-terminated. */
    static String line(List<String> fields) {
        var quoted = new ArrayList<String>();
        for (String field : fields) {
            boolean needsQuotes =
                    field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
            quoted.add(needsQuotes ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
        }
        return String.join(",", quoted) + "\r\n";
    }
}
