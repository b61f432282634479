package org.wego.plugins.training.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;
import org.wego.plugins.training.nominations.Nominations;

/**
 * The bulk upload on the real stack: a file full of bad rows of every kind and some valid ones is
 * checked with every problem listed by its row number and nothing saved; saving creates exactly the
 * valid rows' nominations, pending in the secretariat's inbox, and audits a summary; a city outside
 * the coordinator's region is refused even with a forged key in a hand-made check.
 */
@WegoPluginTest
class NominationUploadIT {

    private static final OrganisationKey CHENGDU_OFFICE = OrganisationKey.of("ro-chengdu");
    private static final OrganisationKey ABUJA_OFFICE = OrganisationKey.of("ro-abuja");

    /** A programme with one nomination already, and the file of the test's rows. */
    private record Setup(
            long programme, String tag, Organisation a, Organisation b, Organisation outside, byte[] file) {}

    private Setup setup(TrainingCalls t) throws Exception {
        long programme = t.openProgramme("Upload " + System.nanoTime(), 20, 2);
        List<Organisation> chengdu = t.cities(CHENGDU_OFFICE, 2);
        Organisation a = chengdu.get(0);
        Organisation b = chengdu.get(1);
        Organisation outside = t.cities(ABUJA_OFFICE, 1).getFirst();
        String tag = Long.toString(System.nanoTime());
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            t.nominations("nominate", programme, t.trainee("Early Bird", a.key(), "early." + tag + "@example.org"));
        }
        String csv = String.join(
                "\r\n",
                "도시,성명,직위,부서,이메일,언어,성별", // Korean headers, CP949 as Korean Excel writes it
                "# 예시 행: 읽지 않습니다",
                a.key().value() + ",김민지,과장,스마트시티과,minji." + tag + "@example.org,ko,여성", // 3 valid
                b.nameEn() + ",Wang Wei,Director,,wang." + tag + "@example.org,zh,male", // 4 valid, by name
                "Atlantis,Nobody,,,nobody." + tag + "@example.org,en,", // 5 unknown city
                outside.key().value() + ",Ade,,,ade." + tag + "@example.org,en,", // 6 outside the region
                a.key().value() + ",Twin,,,MINJI." + tag + "@example.org,ko,", // 7 same e-mail as row 3
                a.key().value() + ",Early Bird,,,early." + tag + "@example.org,en,", // 8 nominated already
                b.key().value() + ",Bad Mail,,,not-an-email,en,", // 9 bad e-mail
                b.key().value() + ",,,,noname." + tag + "@example.org,en,", // 10 missing name
                a.key().value() + ",Third,,,third." + tag + "@example.org,en,", // 11 beyond quota: warning
                b.key().value() + ",=HYPERLINK(\"x\"),,,formula." + tag + "@example.org,en,", // 12 formula
                b.key().value() + ",Robot,,,robot." + tag + "@example.org,en,robot", // 13 bad gender
                ",No City,,,nocity." + tag + "@example.org,xx,"); // 14 city missing, bad language
        return new Setup(programme, tag, a, b, outside, csv.getBytes(Charset.forName("x-windows-949")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileOfBadRowsListsEveryProblemByRowNumberAndSavesNothing(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        Setup s = setup(t);
        long nominations = t.seats(s.programme()).size();
        long requests = countRequests(t);
        Object check;
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            check = upload(t, "check", s.programme(), s.file());
        }
        assertThat(PluginCalls.read(check, "encoding")).isEqualTo("CP949");
        Map<Integer, List<String>> byRow = problemsByRow(check, false);
        assertThat(byRow)
                .containsEntry(5, List.of("CITY training.upload.problem.unknown-city"))
                .containsEntry(6, List.of("CITY training.upload.problem.outside-region"))
                .containsEntry(7, List.of("EMAIL training.upload.problem.duplicate-in-file"))
                .containsEntry(8, List.of("EMAIL training.nomination.duplicate"))
                .containsEntry(9, List.of("EMAIL input.invalid.email"))
                .containsEntry(10, List.of("NAME input.invalid.required"))
                .containsEntry(12, List.of("NAME training.upload.problem.formula"))
                .containsEntry(13, List.of("GENDER training.upload.problem.gender"))
                .containsEntry(14, List.of("CITY training.invalid.required", "LANGUAGE training.invalid.language"))
                .doesNotContainKeys(3, 4, 11);
        assertThat(problemsByRow(check, true))
                .containsOnlyKeys(11)
                .containsEntry(11, List.of("CITY training.upload.warning.quota"));
        assertThat(validRows(check)).containsExactly(3, 4, 11);
        Object duplicate = problems(check).stream()
                .filter(p -> (int) PluginCalls.read(p, "row") == 7)
                .findFirst()
                .orElseThrow();
        assertThat((List<Object>) PluginCalls.read(duplicate, "arguments")).containsExactly(3);

        // Checking saved nothing: no nomination, no trainee, no approval request.
        assertThat(t.seats(s.programme())).hasSize((int) nominations);
        assertThat(countRequests(t)).isEqualTo(requests);
        assertThat(t.jdbc.sql("SELECT COUNT(*) FROM training_trainee WHERE email = :e")
                        .param("e", "minji." + s.tag() + "@example.org")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void savingCreatesExactlyTheValidRowsNominationsPendingInTheInboxAndAuditsASummary(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        Setup s = setup(t);
        Object saved;
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            Object check = upload(t, "check", s.programme(), s.file());
            saved = upload(t, "save", s.programme(), check);
        }
        @SuppressWarnings("unchecked")
        List<Long> ids = (List<Long>) PluginCalls.read(saved, "nominations");
        assertThat(ids).hasSize(3);
        List<Map<String, Object>> rows =
                t.jdbc.sql("""
                        SELECT t.email, n.organisation_key, n.status, r.status AS request
                        FROM training_nomination n JOIN training_trainee t ON t.id = n.trainee_id
                        JOIN platform_approval_request r ON r.id = n.approval_request_id
                        WHERE n.programme_id = :p ORDER BY n.id""").param("p", s.programme()).query().listOfRows();
        assertThat(rows)
                .extracting(r -> r.get("email"))
                .containsExactly(
                        "early." + s.tag() + "@example.org",
                        "minji." + s.tag() + "@example.org",
                        "wang." + s.tag() + "@example.org",
                        "third." + s.tag() + "@example.org");
        assertThat(rows).extracting(r -> r.get("status")).containsOnly("PENDING");
        assertThat(rows).extracting(r -> r.get("request")).containsOnly("PENDING");
        assertThat(rows.get(2).get("organisation_key")).isEqualTo(s.b().key().value());
        String summary = t.jdbc.sql("""
                        SELECT after_json FROM platform_audit_entry WHERE entity = 'training.upload' AND entity_id = :p""")
                .param("p", Long.toString(s.programme()))
                .query(String.class)
                .single();
        assertThat(summary).contains("\"saved\":3").contains("CP949").contains("\"refusedRows\":9");

        // The same file again: every row is now a duplicate or refused; nothing more is saved.
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            Object again = upload(t, "check", s.programme(), s.file());
            assertThat(validRows(again)).isEmpty();
            assertThat(problemsByRow(again, false).get(3)).containsExactly("EMAIL training.nomination.duplicate");
        }
        assertThat(t.seats(s.programme())).hasSize(4);
    }

    @Test
    void aCityOutsideTheRegionIsRefusedEvenWithAForgedKeyAndAForeignOfficeOrCityGetsNothingIn(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        Setup s = setup(t);
        String tag = s.tag();
        // A check made by hand, as a forged request would: no problems, a city of another region.
        Object forged = forgedCheck(t, s.outside().key().value(), "forged." + tag + "@example.org");
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            Object saved = upload(t, "save", s.programme(), forged);
            assertThat((List<?>) PluginCalls.read(saved, "nominations")).isEmpty();
            assertThat(problemsByRow(PluginCalls.read(saved, "check"), false))
                    .containsEntry(2, List.of("CITY training.upload.problem.outside-region"));
        }
        // The Abuja office uploading the Chengdu file gets no row in; a Chengdu city only its own rows.
        try (var acting = t.as(Role.REGIONAL_OFFICE, ABUJA_OFFICE)) {
            Object check = upload(t, "check", s.programme(), s.file());
            assertThat(validRows(check))
                    .as("only the row of its own region's city")
                    .containsExactly(6);
            assertThat(problemsByRow(check, false).get(3))
                    .containsExactly("CITY training.upload.problem.outside-region");
        }
        try (var acting = t.as(Role.MEMBER_CITY, s.b().key())) {
            Object check = upload(t, "check", s.programme(), s.file());
            assertThat(validRows(check)).containsExactly(4);
            Object cityForged = forgedCheck(t, s.a().key().value(), "cityforged." + tag + "@example.org");
            assertThat((List<?>) PluginCalls.read(upload(t, "save", s.programme(), cityForged), "nominations"))
                    .isEmpty();
        }
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            assertThatThrownBy(() -> upload(t, "check", s.programme(), s.file()))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(t.seats(s.programme())).hasSize(1);
    }

    @Test
    void anExcelFileIsCheckedAndSavedLikeACsvFile(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Upload xlsx " + System.nanoTime(), 10, 2);
        Organisation city = t.cities(CHENGDU_OFFICE, 1).getFirst();
        String tag = Long.toString(System.nanoTime());
        var out = new java.io.ByteArrayOutputStream();
        try (var workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
            var sheet = workbook.newWorksheet("Nominations");
            List<String> headers = NominationTemplate.headers();
            for (int i = 0; i < headers.size(); i++) {
                sheet.value(0, i, headers.get(i));
                sheet.value(1, i, NominationTemplate.NOTES.get(i));
            }
            List<String> good = List.of(city.nameKo(), "최지우", "팀장", "", "jiwoo." + tag + "@example.org", "ko", "여성");
            List<String> bad = List.of(city.key().value(), "Formula", "", "", "f." + tag + "@example.org", "en", "");
            for (int i = 0; i < good.size(); i++) {
                sheet.value(2, i, good.get(i));
                sheet.value(3, i, bad.get(i));
            }
            sheet.formula(3, 1, "CONCAT(\"a\",\"b\")");
        }
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            Object check = upload(t, "check", programme, out.toByteArray());
            assertThat(PluginCalls.read(check, "format")).isEqualTo("XLSX");
            assertThat(validRows(check)).containsExactly(3);
            assertThat(problemsByRow(check, false))
                    .containsOnlyKeys(4)
                    .containsEntry(4, List.of("NAME training.upload.problem.formula"));
            assertThat((List<?>) PluginCalls.read(upload(t, "save", programme, check), "nominations"))
                    .hasSize(1);
        }
        assertThat(t.seats(programme))
                .singleElement()
                .satisfies(row -> assertThat(row.get("organisation_key"))
                        .isEqualTo(city.key().value()));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Upload file " + System.nanoTime(), 5, 1);
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            assertThatThrownBy(() -> upload(
                            t, "check", programme, "Name,Language\r\nLi,en\r\n".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("training.upload.file.missing-columns"));
            assertThatThrownBy(() -> upload(t, "check", 999_999_999L, NominationTemplate.csv(UnitTestContext.csv())))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void craftedWorkbooksAreRefusedByThePlatformsBoundedReaderWithTheirMessageAndNothingSaved(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Upload hostile " + System.nanoTime(), 5, 1);
        long requests = countRequests(t);
        var zzzzzz = new StringBuilder();
        for (int r = 1; r <= 50; r++) {
            zzzzzz.append("<row r=\"")
                    .append(r)
                    .append("\"><c r=\"ZZZZZZ")
                    .append(r)
                    .append("\"><v>1</v></c></row>");
        }
        String laughs = "<!DOCTYPE worksheet [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("spreadsheet.cell.beyond-columns", workbook("", zzzzzz.toString(), 0));
        files.put(
                "spreadsheet.xlsx.dtd",
                workbook(laughs, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row>", 0));
        files.put("spreadsheet.xlsx.too-large", workbook("", "", 64 * 1024 * 1024));
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            files.forEach((key, file) -> assertThatThrownBy(() -> upload(t, "check", programme, file))
                    .as(key)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo(key);
                        assertThat(e.field()).isEqualTo("file");
                    }));
        }
        assertThat(t.seats(programme)).isEmpty();
        assertThat(countRequests(t)).isEqualTo(requests);
    }

    /** A minimal workbook whose one sheet holds these rows after this prologue, padded by {@code spaces}. */
    private static byte[] workbook(String prologue, String rows, int spaces) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            Map<String, String> parts = Map.of(
                    "[Content_Types].xml",
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                    "xl/workbook.xml",
                    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write((prologue
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            + rows)
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blank = new byte[1024 * 1024];
            java.util.Arrays.fill(blank, (byte) ' ');
            for (int written = 0; written < spaces; written += blank.length) {
                zip.write(blank); // streamed: a zip bomb is never built in memory
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void aFileOfTheMostRowsAllowedIsCheckedAndSavedInOneGo(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Upload many " + System.nanoTime(), 10_000, 1_000);
        List<Organisation> cities = t.cities(CHENGDU_OFFICE, 5);
        String tag = Long.toString(System.nanoTime());
        var csv = new StringBuilder(new String(NominationTemplate.csv(UnitTestContext.csv()), StandardCharsets.UTF_8));
        for (int i = 0; i < UploadedSheet.MAX_ROWS; i++) {
            csv.append(cities.get(i % cities.size()).key().value())
                    .append(",Official ")
                    .append(i)
                    .append(",Officer,Planning,o")
                    .append(i)
                    .append('.')
                    .append(tag)
                    .append("@example.org,en,\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            long started = System.nanoTime();
            Object check = upload(t, "check", programme, file);
            long checked = System.nanoTime();
            assertThat(validRows(check)).hasSize(UploadedSheet.MAX_ROWS);
            Object saved = upload(t, "save", programme, check);
            long done = System.nanoTime();
            assertThat((List<?>) PluginCalls.read(saved, "nominations")).hasSize(UploadedSheet.MAX_ROWS);
            System.out.printf(
                    "Upload of %d rows: check %d ms, save %d ms%n",
                    UploadedSheet.MAX_ROWS, (checked - started) / 1_000_000, (done - checked) / 1_000_000);
        }
        assertThat(t.seats(programme)).hasSize(UploadedSheet.MAX_ROWS);
    }

    /**
     * Issue 13: the check told a coordinator, for up to 1,000 addresses a file and with nothing logged,
     * that an e-mail belongs to a trainee of another organisation. Now the refusal does not say whose
     * (nor that another organisation holds it), and every check leaves a summary in the audit trail.
     */
    @Test
    void anEmailHeldElsewhereIsRefusedWithoutSayingWhoseAndEveryCheckIsAudited(RunningPlatform platform)
            throws Exception {
        var t = new TrainingCalls(platform);
        long programme = t.openProgramme("Upload probe " + System.nanoTime(), 20, 5);
        Organisation mine = t.cities(CHENGDU_OFFICE, 1).getFirst();
        Organisation theirs = t.cities(ABUJA_OFFICE, 1).getFirst();
        String tag = Long.toString(System.nanoTime());
        String held = "held." + tag + "@example.org";
        try (var acting = t.as(Role.REGIONAL_OFFICE, ABUJA_OFFICE)) {
            t.nominations("nominate", programme, t.trainee("Held Elsewhere", theirs.key(), held));
        }
        String csv = String.join(
                "\r\n",
                String.join(",", NominationTemplate.headers()),
                mine.key().value() + ",Probe,,," + held + ",en,",
                mine.key().value() + ",Fresh,,,fresh." + tag + "@example.org,en,");
        long audited = checksAudited(t, programme);
        Object check;
        try (var acting = t.as(Role.REGIONAL_OFFICE, CHENGDU_OFFICE)) {
            check = upload(t, "check", programme, csv.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(problemsByRow(check, false))
                .containsOnlyKeys(2)
                .containsEntry(2, List.of("EMAIL " + Nominations.EMAIL_UNAVAILABLE));
        for (var language : List.of(java.util.Locale.ENGLISH, java.util.Locale.KOREAN)) {
            String text = t.calls.text(Nominations.EMAIL_UNAVAILABLE, language);
            assertThat(text)
                    .as("neutral: it names no organisation and does not confirm another holds the address")
                    .doesNotContain(
                            "another",
                            "other organisation",
                            "다른 기관",
                            theirs.nameEn(),
                            theirs.key().value())
                    .contains(language == java.util.Locale.ENGLISH ? "secretariat" : "사무국");
        }
        assertThat(checksAudited(t, programme)).as("the check is audited").isEqualTo(audited + 1);
        var entry = t.jdbc.sql("""
                        SELECT user_id, organisation, after_json FROM platform_audit_entry
                        WHERE entity = 'training.upload.check' AND entity_id = :p ORDER BY id DESC LIMIT 1""").param("p", Long.toString(programme)).query().singleRow();
        assertThat(entry.get("organisation")).isEqualTo(CHENGDU_OFFICE.value());
        assertThat((String) entry.get("after_json"))
                .contains("\"rows\":2", "\"emailRefusals\":1", "\"refusedRows\":1")
                .as("counts only: no address of the file")
                .doesNotContain(held, "fresh." + tag);
        assertThat(t.jdbc.sql("SELECT COUNT(*) FROM training_trainee WHERE email = :e")
                        .param("e", "fresh." + tag + "@example.org")
                        .query(Long.class)
                        .single())
                .as("still nothing saved by a check")
                .isZero();
    }

    private static long checksAudited(TrainingCalls t, long programme) {
        return t.jdbc.sql("SELECT COUNT(*) FROM platform_audit_entry WHERE entity = 'training.upload.check'"
                        + " AND entity_id = :p")
                .param("p", Long.toString(programme))
                .query(Long.class)
                .single();
    }

    private static Object upload(TrainingCalls t, String method, Object... arguments) {
        return t.calls.bean(NominationUpload.class).invoke(method, arguments);
    }

    private static Object forgedCheck(TrainingCalls t, String city, String email) {
        var values = new EnumMap<UploadColumn, String>(UploadColumn.class);
        values.put(UploadColumn.CITY, city);
        values.put(UploadColumn.NAME, "Forged");
        values.put(UploadColumn.EMAIL, email);
        values.put(UploadColumn.LANGUAGE, "en");
        // The same cells keyed by the plugin's own enum constants (the plugin has its own class loader).
        Map<Object, String> pluginValues = new java.util.HashMap<>();
        values.forEach((column, value) -> pluginValues.put(t.calls.make(UploadColumn.class, column.name()), value));
        Object row = t.calls.make(UploadRow.class, 2, pluginValues);
        return t.calls.make(UploadCheck.class, "CSV", "UTF-8", List.of(row), List.of());
    }

    private static List<?> problems(Object check) {
        return (List<?>) PluginCalls.read(check, "problems");
    }

    /** Row number → "COLUMN key" of the check's errors (or warnings), in order. */
    private static Map<Integer, List<String>> problemsByRow(Object check, boolean warnings) {
        return problems(check).stream()
                .filter(p -> (boolean) PluginCalls.read(p, "warning") == warnings)
                .collect(Collectors.groupingBy(
                        p -> (Integer) PluginCalls.read(p, "row"),
                        TreeMap::new,
                        Collectors.mapping(
                                p -> PluginCalls.read(p, "column") + " " + PluginCalls.read(p, "messageKey"),
                                Collectors.toList())));
    }

    private static List<Integer> validRows(Object check) {
        return ((List<?>) PluginCalls.read(check, "validRows"))
                .stream().map(r -> (Integer) PluginCalls.read(r, "number")).toList();
    }

    private static long countRequests(TrainingCalls t) {
        return t.jdbc.sql("SELECT COUNT(*) FROM platform_approval_request")
                .query(Long.class)
                .single();
    }
}
