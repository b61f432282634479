package org.wego.platform.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The member list of the January 2023 overview, converted once into {@code db/seed/members-2023-01.csv}
 * with its findings file: the rows are well formed, the repeats are exactly the reported ones, and, when
 * the Korean source is at hand, every row is on the line it cites and no name of the list is missing.
 */
class MemberSeedTest {

    private static final String MEMBERS = "/db/seed/members-2023-01.csv";
    private static final String FINDINGS = "/db/seed/members-2023-01-findings.csv";
    private static final String SOURCE = "shared/seed/wego-overview-2023-01.ko.txt";

    private static final List<String> MEMBER_HEADER = List.of(
            "source_line",
            "name_ko",
            "name_en",
            "org_key",
            "country",
            "continent",
            "capital",
            "type",
            "regional_office");
    private static final List<String> FINDING_HEADER =
            List.of("source_line", "org_key", "kind", "detail_en", "detail_ko");

    private static final Set<String> TYPES = Set.of("CITY", "COMPANY", "INSTITUTION");
    private static final Set<String> CONTINENTS_OR_EMPTY =
            Set.of("", "ASIA", "AFRICA", "EUROPE", "AMERICAS", "MIDDLE_EAST", "OCEANIA");
    private static final Set<String> KINDS =
            Set.of("DUPLICATE_NAME", "TWO_REGIONS", "COUNTRY_AS_CITY", "COUNT_MISMATCH", "UNREADABLE");
    private static final Set<String> REPEAT_KINDS = Set.of("DUPLICATE_NAME", "TWO_REGIONS");
    private static final Map<String, String> KOREAN_CONTINENTS = Map.of(
            "아시아", "ASIA",
            "오세아니아", "OCEANIA",
            "미주", "AMERICAS",
            "유럽", "EUROPE",
            "중동", "MIDDLE_EAST",
            "아프리카", "AFRICA");

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ISO2_OR_EMPTY = Pattern.compile("([A-Z]{2})?");
    private static final Pattern LINE_NUMBER = Pattern.compile("[1-9][0-9]*");

    @Test
    void bothFilesHaveTheAgreedHeaderAndNoByteOrderMark() throws IOException {
        for (String path : List.of(MEMBERS, FINDINGS)) {
            String text = text(path);
            assertThat(text).as(path).doesNotStartWith("\uFEFF");
            List<String> header =
                    Arrays.asList(text.lines().findFirst().orElseThrow().split(",", -1));
            assertThat(header).as(path).isEqualTo(path.equals(MEMBERS) ? MEMBER_HEADER : FINDING_HEADER);
            text.lines()
                    .skip(1)
                    .forEach(line -> assertThat(fieldCount(line))
                            .as(path + ": field count of " + line)
                            .isEqualTo(header.size()));
        }
    }

    @Test
    void everyMemberRowIsWellFormed() throws IOException {
        for (Map<String, String> row : csv(MEMBERS)) {
            String where = row.toString();
            assertThat(row.get("source_line")).as(where).matches(LINE_NUMBER);
            assertThat(row.get("name_ko"))
                    .as(where)
                    .isNotBlank()
                    .isEqualTo(row.get("name_ko").strip());
            assertThat(row.get("name_en"))
                    .as(where)
                    .isNotBlank()
                    .isEqualTo(row.get("name_en").strip());
            assertThat(row.get("org_key")).as(where).matches(KEY).hasSizeLessThanOrEqualTo(64);
            assertThat(row.get("type")).as(where).isIn(TYPES);
            assertThat(row.get("country")).as(where).matches(ISO2_OR_EMPTY);
            assertThat(row.get("continent")).as(where).isIn(CONTINENTS_OR_EMPTY);
            switch (row.get("type")) {
                case "CITY" -> {
                    assertThat(row.get("capital")).as(where).isIn("true", "false");
                    assertThat(row.get("country")).as(where).isNotEmpty();
                    assertThat(row.get("continent")).as(where).isNotEmpty();
                    assertThat(row.get("org_key"))
                            .as(where)
                            .startsWith(row.get("country").toLowerCase(Locale.ROOT) + "-");
                }
                case "COMPANY" -> {
                    assertThat(row.get("capital")).as(where).isEmpty();
                    assertThat(row.get("org_key")).as(where).startsWith("co-");
                }
                default -> {
                    assertThat(row.get("capital")).as(where).isEmpty();
                    assertThat(row.get("org_key")).as(where).startsWith("in-");
                }
            }
            assertThat(row.get("regional_office")).as(where).isEqualTo(seedOffice(row));
        }
    }

    @Test
    void countsPerTypeAndContinent() throws IOException {
        List<Map<String, String>> rows = csv(MEMBERS);
        assertThat(count(rows, r -> r.get("type"))).isEqualTo(Map.of("CITY", 144L, "COMPANY", 6L, "INSTITUTION", 3L));
        List<Map<String, String>> cities =
                rows.stream().filter(r -> r.get("type").equals("CITY")).toList();
        assertThat(count(cities, r -> r.get("continent")))
                .isEqualTo(Map.of(
                        "ASIA", 61L, "OCEANIA", 2L, "AMERICAS", 12L, "EUROPE", 16L, "MIDDLE_EAST", 8L, "AFRICA", 45L));
        assertThat(keys(cities)).hasSize(141);
        // The 42 reported capitals are all named (Kabul twice); the non-capitals fall short of 118.
        assertThat(keys(cities.stream()
                        .filter(r -> r.get("capital").equals("true"))
                        .toList()))
                .hasSize(42);
        assertThat(keys(cities.stream()
                        .filter(r -> r.get("capital").equals("false"))
                        .toList()))
                .hasSize(99);
        assertThat(keys(rows)).hasSize(150);
    }

    @Test
    void repeatedKeysAreExactlyTheReportedDuplicates() throws IOException {
        List<Map<String, String>> rows = csv(MEMBERS);
        Map<String, List<Map<String, String>>> byKey = new LinkedHashMap<>();
        rows.forEach(r ->
                byKey.computeIfAbsent(r.get("org_key"), k -> new ArrayList<>()).add(r));
        Map<String, List<Map<String, String>>> repeated = new TreeMap<>();
        byKey.forEach((key, occurrences) -> {
            if (occurrences.size() > 1) {
                repeated.put(key, occurrences);
            }
        });

        List<Map<String, String>> reported = csv(FINDINGS).stream()
                .filter(f -> REPEAT_KINDS.contains(f.get("kind")))
                .toList();
        assertThat(new TreeSet<>(reported.stream().map(f -> f.get("org_key")).toList()))
                .as("keys listed more than once in the CSV")
                .isEqualTo(repeated.keySet());
        assertThat(reported)
                .as("one finding per repeat")
                .hasSize(repeated.values().stream().mapToInt(o -> o.size() - 1).sum());

        for (Map<String, String> finding : reported) {
            List<Map<String, String>> occurrences = repeated.get(finding.get("org_key"));
            Set<String> continents =
                    occurrences.stream().map(r -> r.get("continent")).collect(Collectors.toSet());
            assertThat(continents)
                    .as(finding.get("org_key") + " is " + finding.get("kind"))
                    .hasSize(finding.get("kind").equals("TWO_REGIONS") ? 2 : 1);
            assertThat(occurrences.subList(1, occurrences.size()))
                    .as("the finding cites a repeat, not the loaded first occurrence: " + finding)
                    .anySatisfy(r -> assertThat(r.get("source_line")).isEqualTo(finding.get("source_line")));
            assertThat(occurrences)
                    .as("repeats agree on everything but their place in the document")
                    .allSatisfy(r -> {
                        assertThat(r.get("name_en"))
                                .isEqualTo(occurrences.getFirst().get("name_en"));
                        assertThat(r.get("country"))
                                .isEqualTo(occurrences.getFirst().get("country"));
                        assertThat(r.get("type"))
                                .isEqualTo(occurrences.getFirst().get("type"));
                    });
        }
        assertThat(repeated.keySet()).containsExactly("af-kabul", "ir-shiraz", "tn-la-marsa");
    }

    @Test
    void everyFindingIsWellFormed() throws IOException {
        Set<String> keys = keys(csv(MEMBERS));
        List<Map<String, String>> findings = csv(FINDINGS);
        for (Map<String, String> finding : findings) {
            String where = finding.toString();
            assertThat(finding.get("source_line")).as(where).matches(LINE_NUMBER);
            assertThat(finding.get("kind")).as(where).isIn(KINDS);
            assertThat(finding.get("detail_en")).as(where).isNotBlank().hasSizeLessThanOrEqualTo(1000);
            assertThat(finding.get("detail_ko"))
                    .as(where)
                    .isNotBlank()
                    .hasSizeLessThanOrEqualTo(1000)
                    .containsPattern("[가-힣]");
            if (!finding.get("kind").equals("COUNT_MISMATCH")
                    && !finding.get("kind").equals("UNREADABLE")) {
                assertThat(finding.get("org_key")).as(where).isIn(keys);
            } else if (!finding.get("org_key").isEmpty()) {
                assertThat(finding.get("org_key")).as(where).isIn(keys);
            }
        }
        assertThat(findings)
                .filteredOn(f -> f.get("kind").equals("COUNTRY_AS_CITY"))
                .extracting(f -> f.get("org_key"))
                .containsExactly("mx-coatzacoalcos");
        assertThat(findings)
                .as("the document says four regional offices but names five")
                .anySatisfy(f -> {
                    assertThat(f.get("kind")).isEqualTo("COUNT_MISMATCH");
                    assertThat(f.get("detail_en")).contains("four", "five");
                });
    }

    @Test
    void everyKoreanNameIsOnItsSourceLineInDocumentOrder() throws IOException {
        List<String> source = source();
        Map<String, Integer> searchFrom = new HashMap<>();
        int previousLine = 0;
        for (Map<String, String> row : csv(MEMBERS)) {
            int line = Integer.parseInt(row.get("source_line"));
            assertThat(line).as("rows in document order: " + row).isGreaterThanOrEqualTo(previousLine);
            assertThat(line).as(row.toString()).isLessThanOrEqualTo(source.size());
            previousLine = line;
            String text = source.get(line - 1);
            int at = text.indexOf(row.get("name_ko"), searchFrom.getOrDefault(row.get("source_line"), 0));
            assertThat(at)
                    .as("%s on line %d after the previous row's name: %s", row.get("name_ko"), line, text)
                    .isNotNegative();
            searchFrom.put(row.get("source_line"), at + row.get("name_ko").length());
        }
    }

    @Test
    void theConversionMissesNoNameOfTheMemberList() throws IOException {
        List<String> source = source();
        List<Listed> listed = new ArrayList<>();
        Map<Integer, String> continentOfLine = new HashMap<>();
        Map<Integer, Integer> reportedCities = new HashMap<>();
        int heading = indexOf(source, l -> l.contains("WeGO 회원현황"));
        for (int i = heading + 1; i < source.size(); i++) {
            String text = source.get(i).strip();
            int line = i + 1;
            if (text.startsWith("|")) {
                String[] cells = text.split("\\|", -1);
                String continent = KOREAN_CONTINENTS.get(cells[1].strip());
                if (continent == null) {
                    continue;
                }
                continentOfLine.put(line, continent);
                reportedCities.put(line, Integer.valueOf(cells[2].strip()));
                names(cells[3]).forEach(n -> listed.add(new Listed(line, n, "true")));
                names(cells[4]).forEach(n -> listed.add(new Listed(line, n, "false")));
            } else if (text.startsWith("○ 기업") || text.startsWith("○ 기관")) {
                String list = text.substring(text.indexOf(':') + 1).strip();
                for (String name : list.replaceFirst("\\s*등$", "").split(",")) {
                    listed.add(new Listed(line, name.strip(), ""));
                }
            }
        }
        assertThat(continentOfLine.values()).containsExactlyInAnyOrderElementsOf(KOREAN_CONTINENTS.values());

        List<Map<String, String>> rows = csv(MEMBERS);
        assertThat(rows.stream()
                        .map(r ->
                                new Listed(Integer.parseInt(r.get("source_line")), r.get("name_ko"), r.get("capital")))
                        .toList())
                .as("one row per name the document lists, in its order, in the column it is listed in")
                .containsExactlyElementsOf(listed);

        for (Map<String, String> row : rows) {
            String continent = continentOfLine.get(Integer.valueOf(row.get("source_line")));
            if (continent != null) {
                assertThat(row.get("continent")).as(row.toString()).isEqualTo(continent);
            }
        }
        List<Map<String, String>> findings = csv(FINDINGS);
        reportedCities.forEach((line, reported) -> {
            long named = rows.stream()
                    .filter(r -> r.get("source_line").equals(line.toString()))
                    .count();
            if (named < reported) {
                assertThat(findings)
                        .as("line %d reports %d cities but names %d", line, reported, named)
                        .anySatisfy(f -> {
                            assertThat(f.get("kind")).isEqualTo("COUNT_MISMATCH");
                            assertThat(f.get("source_line")).isEqualTo(line.toString());
                        });
            }
        });
    }

    /** A name as the document lists it: its line, and the column ("true" capital, "false" not, "" no city). */
    private record Listed(int line, String nameKo, String capital) {}

    /** The names of one table cell: "청두, 두장옌(중국)/ 사가현(일본)" gives 청두, 두장옌, 사가현. */
    private static List<String> names(String cell) {
        return Arrays.stream(cell.replaceAll("\\([^)]*\\)", "/").split("[/,]"))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList();
    }

    /** The office a member starts with (DOMAIN.md): Korean members and non-cities have none. */
    private static String seedOffice(Map<String, String> row) {
        String country = row.get("country");
        if (!row.get("type").equals("CITY") || country.equals("KR")) {
            return "";
        }
        if (country.equals("RU") || country.equals("BY")) {
            return "ro-ulyanovsk";
        }
        return switch (row.get("continent")) {
            case "ASIA", "OCEANIA" -> "ro-chengdu";
            case "EUROPE", "MIDDLE_EAST" -> "ro-beyoglu";
            case "AMERICAS" -> "ro-mexico-city";
            case "AFRICA" -> "ro-abuja";
            default -> throw new AssertionError("no continent: " + row);
        };
    }

    /**
     * Reads a seed CSV from the class path with the loader's own parser. These tests check the checked-in
     * conversion against the source document, so they need no database and stay fast.
     */
    private static List<Map<String, String>> csv(String path) throws IOException {
        List<Map<String, String>> rows = SeedRows.read(text(path));
        assertThat(rows).as(path).isNotEmpty();
        return rows;
    }

    private static String text(String path) throws IOException {
        try (InputStream in = MemberSeedTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Fields of one CSV line, commas inside quotes not counted (no field of these files spans lines). */
    private static int fieldCount(String line) {
        int fields = 1;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields++;
            }
        }
        return fields;
    }

    /** The Korean source's lines, or the test is skipped where the shared folder is not checked out. */
    private static List<String> source() throws IOException {
        Optional<Path> found = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && found.isEmpty(); dir = dir.getParent()) {
            Path candidate = dir.resolve(SOURCE);
            if (Files.isRegularFile(candidate)) {
                found = Optional.of(candidate);
            }
        }
        Assumptions.assumeTrue(
                found.isPresent(), SOURCE + " not found above " + Path.of("").toAbsolutePath());
        return Files.readString(found.orElseThrow(), StandardCharsets.UTF_8)
                .lines()
                .toList();
    }

    private static int indexOf(List<String> lines, Predicate<String> test) {
        for (int i = 0; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        throw new AssertionError("not in the source");
    }

    private static Map<String, Long> count(List<Map<String, String>> rows, Function<Map<String, String>, String> by) {
        return rows.stream().collect(Collectors.groupingBy(by, Collectors.counting()));
    }

    private static Set<String> keys(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("org_key")).collect(Collectors.toSet());
    }
}
