package org.wego.plugins.training.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Spreadsheets;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugins.training.nominations.Gender;

/** The upload's pure parts: encodings, CSV and XLSX reading, headers in both languages, every row check. */
class NominationUploadRulesTest {

    /** The platform's own bounded reader, as the test kit's unit-test context offers it. */
    private static final Spreadsheets READER = UnitTestContext.spreadsheets();

    private static final String HEADER_EN = "City,Name,Position,Department,E-mail,Language,Gender\r\n";
    private static final String HEADER_KO = "도시,성명,직위,부서,이메일,언어,성별\r\n";
    private static final String ROW = "cn-chengdu,김민지,Director,Smart City,minji@chengdu.example.org,ko,여성\r\n";

    @Test
    void csvWithAByteOrderMarkIsUtf8AndTheMarkIsNotPartOfTheFirstHeader() {
        byte[] bytes = ("\uFEFF" + HEADER_EN + ROW).getBytes(StandardCharsets.UTF_8);
        UploadedSheet sheet = UploadedSheet.read(READER, bytes);
        assertThat(sheet.format()).isEqualTo("CSV");
        assertThat(sheet.encoding()).isEqualTo("UTF-8 (BOM)");
        List<UploadRow> rows = UploadRules.rows(sheet);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().value(UploadColumn.CITY)).isEqualTo("cn-chengdu");
        assertThat(rows.getFirst().value(UploadColumn.NAME)).isEqualTo("김민지");
    }

    @Test
    void csvWithoutAMarkIsUtf8WhenValidAndCp949Otherwise() {
        UploadedSheet utf8 = UploadedSheet.read(READER, (HEADER_KO + ROW).getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.encoding()).isEqualTo("UTF-8");
        assertThat(UploadRules.rows(utf8).getFirst().value(UploadColumn.NAME)).isEqualTo("김민지");

        byte[] cp949 = (HEADER_KO + ROW).getBytes(Charset.forName("x-windows-949"));
        UploadedSheet korean = UploadedSheet.read(READER, cp949);
        assertThat(korean.encoding()).isEqualTo("CP949");
        List<UploadRow> rows = UploadRules.rows(korean);
        assertThat(rows.getFirst().value(UploadColumn.NAME)).isEqualTo("김민지");
        assertThat(rows.getFirst().value(UploadColumn.GENDER)).isEqualTo("여성");
        assertThat(UploadRules.gender(rows.getFirst().value(UploadColumn.GENDER)))
                .contains(Gender.FEMALE);
    }

    @Test
    void koreanEnglishAndBilingualHeadersAreRecognisedInAnyOrder() {
        assertThat(UploadColumn.ofHeader("City / 도시")).contains(UploadColumn.CITY);
        assertThat(UploadColumn.ofHeader(" 이메일 ")).contains(UploadColumn.EMAIL);
        assertThat(UploadColumn.ofHeader("E-MAIL")).contains(UploadColumn.EMAIL);
        assertThat(UploadColumn.ofHeader("성별")).contains(UploadColumn.GENDER);
        assertThat(UploadColumn.ofHeader("Remarks")).isEmpty();
        String reordered = "이메일,성명,도시,언어\r\nminji@chengdu.example.org,김민지,청두,ko\r\n";
        UploadRow row = UploadRules.rows(UploadedSheet.read(READER, reordered.getBytes(StandardCharsets.UTF_8)))
                .getFirst();
        assertThat(row.value(UploadColumn.CITY)).isEqualTo("청두");
        assertThat(row.value(UploadColumn.EMAIL)).isEqualTo("minji@chengdu.example.org");
        assertThat(row.number()).isEqualTo(2);
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedNamingIt() {
        byte[] bytes = "City,Name,Language\r\ncn-chengdu,Li,zh\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UploadRules.rows(UploadedSheet.read(READER, bytes)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("training.upload.file.missing-columns");
                    assertThat(e.arguments().getFirst().toString()).contains("E-mail / 이메일");
                });
    }

    @Test
    void theTemplateReadsBackWithItsNotesRowSkippedAndRowNumbersAsInTheSpreadsheet() {
        String filled =
                new String(NominationTemplate.csv(UnitTestContext.csv()), StandardCharsets.UTF_8) + ROW + "\r\n" + ROW;
        List<UploadRow> rows = UploadRules.rows(UploadedSheet.read(READER, filled.getBytes(StandardCharsets.UTF_8)));
        // Row 1 header, row 2 notes, row 3 data, row 4 blank (left out), row 5 data.
        assertThat(rows).extracting(UploadRow::number).containsExactly(3, 5);
        assertThatThrownBy(() ->
                        UploadRules.rows(UploadedSheet.read(READER, NominationTemplate.csv(UnitTestContext.csv()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("training.upload.file.no-rows"));
    }

    @Test
    void xlsxIsReadWithKoreanTextNumbersAndFormulasKeptAsFormulas() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Nominations");
            List<String> headers = NominationTemplate.headers();
            for (int i = 0; i < headers.size(); i++) {
                sheet.value(0, i, headers.get(i));
                sheet.value(1, i, NominationTemplate.NOTES.get(i));
            }
            List<String> row = List.of("청두", "왕 웨이", "과장", "스마트시티과", "wang@chengdu.example.org", "zh", "male");
            for (int i = 0; i < row.size(); i++) {
                sheet.value(2, i, row.get(i));
            }
            sheet.value(3, 0, "cn-chengdu");
            sheet.formula(3, 1, "HYPERLINK(\"http://evil.example\",\"x\")");
            sheet.value(3, 2, 42);
            sheet.value(3, 4, "x@chengdu.example.org");
            sheet.value(3, 5, "en");
        }
        UploadedSheet sheet = UploadedSheet.read(READER, out.toByteArray());
        assertThat(sheet.format()).isEqualTo("XLSX");
        List<UploadRow> rows = UploadRules.rows(sheet);
        assertThat(rows).extracting(UploadRow::number).containsExactly(3, 4);
        assertThat(rows.get(0).value(UploadColumn.NAME)).isEqualTo("왕 웨이");
        assertThat(UploadRules.fieldProblems(rows.get(0))).isEmpty();
        assertThat(rows.get(1).value(UploadColumn.POSITION)).isEqualTo("42");
        assertThat(UploadRules.fieldProblems(rows.get(1)))
                .extracting(UploadProblem::column, UploadProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(UploadColumn.NAME, "training.upload.problem.formula"));
    }

    @Test
    void theTemplateXlsxHasTheBilingualHeaders() {
        UploadedSheet sheet = UploadedSheet.read(READER, NominationTemplate.xlsx());
        assertThat(sheet.rows().getFirst().cells()).containsExactlyElementsOf(NominationTemplate.headers());
        assertThat(sheet.rows().getFirst().cells()).contains("City / 도시", "E-mail / 이메일");
    }

    @Test
    void oldExcelEmptyTooLargeAndBrokenFilesAreRefusedAsAWhole() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertRefused(ole2, "spreadsheet.file.xls");
        assertRefused(new byte[0], "spreadsheet.file.empty");
        assertRefused(new byte[UploadedSheet.MAX_BYTES + 1], "spreadsheet.file.too-large");
        assertRefused(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5}, "spreadsheet.file.unreadable");
        var many = new StringBuilder(HEADER_EN);
        for (int i = 0; i <= UploadedSheet.MAX_ROWS; i++) {
            many.append("cn-chengdu,N").append(i).append(",,,n").append(i).append("@x.org,en,\r\n");
        }
        assertThatThrownBy(() -> UploadRules.rows(
                        UploadedSheet.read(READER, many.toString().getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("training.upload.file.too-many-rows"));
    }

    @Test
    void quotedCsvFieldsKeepCommasQuotesAndLineBreaks() {
        String csv = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\n";
        assertThat(UploadedSheet.read(READER, csv.getBytes(StandardCharsets.UTF_8))
                        .rows())
                .extracting(SheetRow::cells)
                .containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("two\nlines", "x"));
        assertThat(UploadedSheet.read(READER, "a,\r\n".getBytes(StandardCharsets.UTF_8))
                        .rows())
                .extracting(SheetRow::cells)
                .containsExactly(List.of("a", ""));
    }

    @Test
    void everyFieldProblemOfARowIsListedWithItsColumn() {
        // "<b>Boss</b>" is a position like any other: stored as typed, escaped where shown.
        UploadRow row = row(7, "", " ", "<b>Boss</b>", "", "not-an-email", "xx", "robot");
        assertThat(UploadRules.fieldProblems(row))
                .extracting(UploadProblem::row, UploadProblem::column, UploadProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7, UploadColumn.CITY, "training.invalid.required"),
                        org.assertj.core.groups.Tuple.tuple(7, UploadColumn.NAME, "input.invalid.required"),
                        org.assertj.core.groups.Tuple.tuple(7, UploadColumn.EMAIL, "input.invalid.email"),
                        org.assertj.core.groups.Tuple.tuple(7, UploadColumn.LANGUAGE, "training.invalid.language"),
                        org.assertj.core.groups.Tuple.tuple(7, UploadColumn.GENDER, "training.upload.problem.gender"));
        assertThat(UploadRules.fieldProblems(row(3, "cn-chengdu", "Li Na", "", "", "li@x.org", "zh", "")))
                .isEmpty();
        assertThat(UploadRules.fieldProblems(row(4, "cn-chengdu", "Li", "", "", "", "zh", "")))
                .extracting(UploadProblem::column, UploadProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UploadColumn.EMAIL, "input.invalid.required"));
    }

    @Test
    void formulasAreRefusedButAPlainDashIsNot() {
        assertThat(UploadRules.formula("=1+1")).isTrue();
        assertThat(UploadRules.formula("+82 10")).isTrue();
        assertThat(UploadRules.formula("@SUM(A1)")).isTrue();
        assertThat(UploadRules.formula("-2+3")).isTrue();
        assertThat(UploadRules.formula("\tx")).isTrue();
        assertThat(UploadRules.formula("-")).isFalse();
        assertThat(UploadRules.formula("Kim")).isFalse();
        assertThat(UploadRules.fieldProblems(row(5, "cn-chengdu", "=cmd|' /C calc'!A0", "", "", "a@x.org", "en", "")))
                .extracting(UploadProblem::messageKey)
                .containsExactly("training.upload.problem.formula");
    }

    @Test
    void theSameEmailTwiceInTheFileRefusesTheLaterRowNamingTheFirst() {
        List<UploadRow> rows = List.of(
                row(2, "a", "A", "", "", "Same@x.org", "en", ""),
                row(3, "a", "B", "", "", "other@x.org", "en", ""),
                row(4, "a", "C", "", "", " same@X.org ", "en", ""));
        assertThat(UploadRules.duplicates(rows))
                .extracting(
                        UploadProblem::row,
                        UploadProblem::messageKey,
                        p -> p.arguments().getFirst())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "training.upload.problem.duplicate-in-file", 2));
    }

    @Test
    void aCityIsFoundByKeyOrEnglishOrKoreanNameInAnyCase() {
        Organisation chengdu = city("cn-chengdu", "Chengdu", "청두");
        Organisation wuhan = city("cn-wuhan", "Wuhan", "우한");
        List<Organisation> scope = List.of(chengdu, wuhan);
        assertThat(UploadRules.city("CN-CHENGDU", scope)).contains(chengdu);
        assertThat(UploadRules.city(" chengdu ", scope)).contains(chengdu);
        assertThat(UploadRules.city("우한", scope)).contains(wuhan);
        assertThat(UploadRules.city("ng-abuja", scope)).isEmpty();
        assertThat(UploadRules.city("", scope)).isEmpty();
    }

    @Test
    void rowsBeyondACitysQuotaGetAWarningCountingWhatTheCityHoldsAlready() {
        Organisation chengdu = city("cn-chengdu", "Chengdu", "청두");
        Organisation wuhan = city("cn-wuhan", "Wuhan", "우한");
        var rows = new LinkedHashMap<UploadRow, Organisation>();
        rows.put(row(2, "", "A", "", "", "a@x.org", "en", ""), chengdu);
        rows.put(row(3, "", "B", "", "", "b@x.org", "en", ""), wuhan);
        rows.put(row(4, "", "C", "", "", "c@x.org", "en", ""), chengdu);
        rows.put(row(5, "", "D", "", "", "d@x.org", "en", ""), wuhan);
        List<UploadProblem> warnings = UploadRules.quotaWarnings(rows, Map.of(chengdu.key(), 1), 2);
        assertThat(warnings).extracting(UploadProblem::row).containsExactly(4);
        assertThat(warnings.getFirst().warning()).isTrue();
        assertThat(warnings.getFirst().messageKey()).isEqualTo("training.upload.warning.quota");
    }

    @Test
    void aCheckCountsRowsWithOnlyWarningsAsValid() {
        var check = new UploadCheck(
                "CSV",
                "UTF-8",
                List.of(row(2, "", "A", "", "", "", "", ""), row(3, "", "B", "", "", "", "", "")),
                List.of(
                        UploadProblem.warning(2, UploadColumn.CITY, "training.upload.warning.quota"),
                        UploadProblem.error(3, UploadColumn.EMAIL, "input.invalid.email")));
        assertThat(check.validRows()).extracting(UploadRow::number).containsExactly(2);
    }

    @Test
    void genderIsReadInEnglishOrKoreanAndMayBeLeftEmpty() {
        assertThat(UploadRules.gender("Female")).contains(Gender.FEMALE);
        assertThat(UploadRules.gender("남성")).contains(Gender.MALE);
        assertThat(UploadRules.gender("밝히지 않음")).contains(Gender.UNDISCLOSED);
        assertThat(UploadRules.gender("")).contains(Gender.UNDISCLOSED);
        assertThat(UploadRules.gender("robot")).isEmpty();
    }

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> UploadedSheet.read(READER, bytes))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static UploadRow row(
            int number,
            String city,
            String name,
            String position,
            String department,
            String email,
            String language,
            String gender) {
        var values = new LinkedHashMap<UploadColumn, String>();
        values.put(UploadColumn.CITY, city);
        values.put(UploadColumn.NAME, name);
        values.put(UploadColumn.POSITION, position);
        values.put(UploadColumn.DEPARTMENT, department);
        values.put(UploadColumn.EMAIL, email);
        values.put(UploadColumn.LANGUAGE, language);
        values.put(UploadColumn.GENDER, gender);
        return new UploadRow(number, values);
    }

    private static Organisation city(String key, String en, String ko) {
        return new Organisation(
                1,
                OrganisationKey.of(key),
                OrganisationType.CITY,
                en,
                ko,
                null,
                "CN",
                null,
                false,
                OrganisationKey.of("ro-chengdu"),
                MembershipStatus.values()[0],
                null,
                null,
                null,
                0);
    }
}
