package org.wego.plugins.membership.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugins.membership.Bundles;
import org.wego.plugins.membership.profiles.FocusAreasTest;

/** The export's rows: headers in English and Korean, CSV quoting, formulas neutralised, an XLSX file. */
class DirectoryExportTest {

    private static final DirectoryEntry SEOUL = new DirectoryEntry(
            1,
            OrganisationKey.of("kr-seoul"),
            "Seoul",
            "서울",
            null,
            OrganisationType.CITY,
            "KR",
            Continent.ASIA,
            true,
            null,
            MembershipStatus.MEMBER,
            null,
            "https://english.seoul.go.kr",
            "Oh Se-hoon",
            "Mayor",
            Set.of("governance", "mobility"));

    private static final DirectoryEntry TRICKY = new DirectoryEntry(
            2,
            OrganisationKey.of("xx-tricky"),
            "=HYPERLINK(\"http://evil\",\"click\")",
            "+SUM(1,2)",
            "-2+3",
            OrganisationType.COMPANY,
            null,
            null,
            false,
            OrganisationKey.of("ro-chengdu"),
            MembershipStatus.SUSPENDED,
            LocalDate.of(2024, 3, 1),
            "@cmd",
            "Line one\nline two",
            "\tTabbed",
            Set.of());

    @Test
    void headersAreInTheReadersLanguage() {
        assertThat(DirectoryExport.headers(bundle(Locale.ENGLISH)))
                .startsWith("Key", "Name (English)", "Name (Korean)")
                .contains("Type", "Country", "Continent", "Capital", "Regional office", "Status", "Member since")
                .hasSize(DirectoryExport.HEADERS.size());
        assertThat(DirectoryExport.headers(bundle(Locale.KOREAN)))
                .startsWith("키")
                .contains("유형", "국가", "대륙", "수도", "지역사무소", "상태", "가입일")
                .hasSize(DirectoryExport.HEADERS.size());
    }

    @Test
    void csvIsUtf8WithABomAndValuesInTheLanguage() {
        String csv = new String(
                DirectoryExport.csv(
                        List.of(SEOUL), bundle(Locale.KOREAN), FocusAreasTest.seeded(), UnitTestContext.csv()),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF키,");
        assertThat(csv.lines().toList().get(1))
                .isEqualTo("kr-seoul,Seoul,서울,,도시,KR,아시아,예,,회원,,https://english.seoul.go.kr,Oh Se-hoon,Mayor,"
                        + "모빌리티·교통; 전자정부·시민 참여");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void formulasAreNeutralisedAndQuotesCommasAndLineBreaksQuoted() {
        String csv = new String(
                DirectoryExport.csv(
                        List.of(TRICKY), bundle(Locale.ENGLISH), FocusAreasTest.seeded(), UnitTestContext.csv()),
                StandardCharsets.UTF_8);
        String line = csv.substring(csv.indexOf("\r\n") + 2);

        assertThat(line)
                .startsWith(
                        "xx-tricky,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",\"'+SUM(1,2)\",'-2+3,Company,");
        assertThat(line).contains(",'@cmd,\"Line one\nline two\",'\tTabbed,");
        assertThat(line).contains("Suspended,2024-03-01,");
    }

    @Test
    void xlsxIsAWorkbookWithTheHeadersAndRows(@TempDir Path folder) throws IOException {
        byte[] xlsx = DirectoryExport.xlsx(
                List.of(SEOUL, TRICKY), bundle(Locale.KOREAN), FocusAreasTest.seeded(), UnitTestContext.csv());
        // Read through the central directory: the writer streams its entries with data descriptors.
        Path file = Files.write(folder.resolve("members.xlsx"), xlsx);

        String cells;
        try (var zip = new ZipFile(file.toFile())) {
            var worksheet = zip.getEntry("xl/worksheets/sheet1.xml");
            var strings = zip.getEntry("xl/sharedStrings.xml");
            cells = new String(zip.getInputStream(worksheet).readAllBytes(), StandardCharsets.UTF_8)
                    + (strings == null
                            ? ""
                            : new String(zip.getInputStream(strings).readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(unescaped(cells))
                .contains("지역사무소")
                .contains("서울")
                .contains("'=HYPERLINK(")
                .doesNotContain("<f>");
    }

    /** XML text with its character references and quote entities resolved (the writer escapes non-ASCII). */
    private static String unescaped(String xml) {
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
                .matcher(xml)
                .replaceAll(m ->
                        java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))))
                .replace("&apos;", "'")
                .replace("&quot;", "\"");
    }

    static Messages bundle(Locale locale) {
        return Bundles.of(locale);
    }
}
