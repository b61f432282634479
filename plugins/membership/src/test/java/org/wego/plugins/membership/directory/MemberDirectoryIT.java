package org.wego.plugins.membership.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.PluginCalls;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.membership.profiles.Descriptive;
import org.wego.plugins.membership.profiles.MemberProfiles;

/**
 * The member directory on MariaDB with the seeded members: name search in English and Korean, each
 * filter, paging and sorting, the focus-area filter after a profile save, public fields only, refused
 * filter values, and the export for the secretariat only.
 */
@WegoPluginTest
class MemberDirectoryIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey SECRETARIAT = OrganisationKey.of("wego-secretariat");

    @Test
    void seedMembersAreFoundByNamePrefixInEnglishAndKoreanIgnoringCase(RunningPlatform platform) throws Exception {
        var d = new Directory(platform);
        try (var as = d.calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThat(d.keys(d.search(d.query("seoul", "PREFIX"), 0, 50, Locale.ENGLISH)))
                    .containsExactlyInAnyOrder("kr-seoul", "in-sh", "in-seoul-digital-foundation");
            assertThat(d.keys(d.search(d.query("SEOUL", "PREFIX"), 0, 50, Locale.ENGLISH)))
                    .hasSize(3);
            assertThat(d.keys(d.search(d.query("서울", "PREFIX"), 0, 50, Locale.KOREAN)))
                    .containsExactly("kr-seoul");
            assertThat(d.keys(d.search(d.query("서울", "CONTAINS"), 0, 50, Locale.KOREAN)))
                    .contains("kr-seoul", "in-sh");
            assertThat(d.keys(d.search(d.query("anoi", "CONTAINS"), 0, 50, Locale.ENGLISH)))
                    .contains("vn-hanoi");
            assertThat(d.keys(d.search(d.query("anoi", "PREFIX"), 0, 50, Locale.ENGLISH)))
                    .isEmpty();
            assertThat(d.keys(d.search(d.query("100%", "CONTAINS"), 0, 50, Locale.ENGLISH)))
                    .isEmpty();
        }
    }

    @Test
    void eachFilterNarrowsToMatchingMembersAndTheDefaultIsCurrentMembersOnly(RunningPlatform platform)
            throws Exception {
        var d = new Directory(platform);
        try (var as = d.calls.as(Role.MEMBER_CITY, HANOI)) {
            OrganisationDirectory registry = d.calls.platformBean(OrganisationDirectory.class);
            int members = registry.count(
                    new OrganisationDirectory.Query(null, null, null, null, MembershipStatus.MEMBER, null, 0, 1));
            Object all = d.search(d.query(null, "CONTAINS"), 0, 500, Locale.ENGLISH);
            assertThat(d.total(all)).isEqualTo(members).isGreaterThan(100);
            assertThat(d.entries(all))
                    .allSatisfy(e -> assertThat(((OrganisationType) PluginCalls.read(e, "type")).isMemberType())
                            .isTrue())
                    .allSatisfy(e -> assertThat(PluginCalls.read(e, "status")).isEqualTo(MembershipStatus.MEMBER));

            assertAll(d, d.filtered("type", OrganisationType.COMPANY), "type", OrganisationType.COMPANY, 6);
            assertAll(d, d.filtered("continent", Continent.AFRICA), "continent", Continent.AFRICA, null);
            assertAll(d, d.filtered("country", "kr"), "country", "KR", null);
            assertAll(d, d.filtered("capital", true), "capital", true, null);
            assertAll(d, d.filtered("capital", false), "capital", false, null);
            assertAll(
                    d,
                    d.filtered("regionalOffice", OrganisationKey.of("ro-abuja")),
                    "regionalOffice",
                    OrganisationKey.of("ro-abuja"),
                    null);
            int capitals = d.total(d.search(d.filtered("capital", true), 0, 1, Locale.ENGLISH));
            int others = d.total(d.search(d.filtered("capital", false), 0, 1, Locale.ENGLISH));
            assertThat(capitals + others).isEqualTo(members);
        }
        try (var as = d.calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            d.calls
                    .platformBean(OrganisationRegistry.class)
                    .changeStatus(
                            OrganisationKey.of("kr-gimpo"),
                            MembershipStatus.SUSPENDED,
                            LocalDate.of(2026, 1, 5),
                            "Test");
        }
        try (var as = d.calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThat(d.keys(d.search(d.filtered("status", MembershipStatus.SUSPENDED), 0, 50, Locale.ENGLISH)))
                    .containsExactly("kr-gimpo");
            assertThat(d.keys(d.search(d.query("gimpo", "PREFIX"), 0, 50, Locale.ENGLISH)))
                    .isEmpty();
        }
    }

    @Test
    void pagesDoNotOverlapAndSortByNameInTheCallersLanguageOrByCountry(RunningPlatform platform) throws Exception {
        var d = new Directory(platform);
        try (var as = d.calls.as(Role.MEMBER_CITY, HANOI)) {
            Object first = d.search(d.query(null, "CONTAINS"), 0, 20, Locale.ENGLISH);
            Object second = d.search(d.query(null, "CONTAINS"), 20, 20, Locale.ENGLISH);
            assertThat(d.entries(first)).hasSize(20);
            assertThat(d.total(first)).isEqualTo(d.total(second));
            assertThat(d.keys(first)).doesNotContainAnyElementsOf(d.keys(second));
            List<String> english = d.entries(d.search(d.query(null, "CONTAINS"), 0, 500, Locale.ENGLISH)).stream()
                    .map(e -> (String) PluginCalls.read(e, "nameEn"))
                    .toList();
            // The database's collation ignores case and accents (Muğla sorts as Mugla).
            assertThat(english)
                    .isSortedAccordingTo(
                            Comparator.comparing(n -> java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD)
                                    .replaceAll("\\p{M}", "")
                                    .toLowerCase(Locale.ROOT)));
            List<String> korean = d.entries(d.search(d.query(null, "CONTAINS"), 0, 500, Locale.KOREAN)).stream()
                    .map(e -> (String) PluginCalls.read(e, "nameKo"))
                    .toList();
            assertThat(korean.subList(0, 5)).isNotEqualTo(english.subList(0, 5));
            assertThat(korean.stream()
                            .filter(n -> n.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3))
                            .toList())
                    .isSorted();

            Object byCountry = d.search(d.sorted("COUNTRY", true), 0, 500, Locale.ENGLISH);
            List<String> countries = d.entries(byCountry).stream()
                    .map(e -> (String) PluginCalls.read(e, "country"))
                    .filter(c -> c != null)
                    .toList();
            assertThat(countries).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(d.total(d.search(d.sorted("JOINED", false), 0, 10, Locale.ENGLISH)))
                    .isEqualTo(d.total(first));
        }
    }

    @Test
    void theFocusAreaFilterFindsAMemberAfterItsProfileSaysSo(RunningPlatform platform) throws Exception {
        var d = new Directory(platform);
        try (var as = d.calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThat(d.keys(d.search(d.filtered("focusArea", "mobility"), 0, 50, Locale.ENGLISH)))
                    .doesNotContain("vn-hanoi");
            saveFocusAreas(d, HANOI, Set.of("mobility", "data-platforms"));

            Object found = d.search(d.filtered("focusArea", "mobility"), 0, 50, Locale.ENGLISH);
            assertThat(d.keys(found)).containsExactly("vn-hanoi");
            assertThat(PluginCalls.read(d.entries(found).getFirst(), "focusAreas"))
                    .isEqualTo(Set.of("mobility", "data-platforms"));
            assertThat(d.keys(d.search(d.filtered("focusArea", "water"), 0, 50, Locale.ENGLISH)))
                    .doesNotContain("vn-hanoi");
            assertThatThrownBy(() -> d.search(d.filtered("focusArea", "no-such-topic"), 0, 50, Locale.ENGLISH))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("focusArea"));
        }
    }

    @Test
    void aTopicTheSecretariatAddsIsAFocusAreaAndOnceRetiredStillShowsWhereItIsChosen(RunningPlatform platform)
            throws Exception {
        var d = new Directory(platform);
        var jdbc = d.calls.platformBean(JdbcClient.class);
        // As the secretariat's topics screen (admin/topics) adds one: a new row of the platform's list.
        jdbc.sql("""
                        INSERT INTO platform_topic (code, name_en, name_ko, position, retired)
                        VALUES ('urban-heat', 'Urban heat', '도시 열섬', 500, FALSE)""").update();
        try (var as = d.calls.as(Role.MEMBER_CITY, HANOI)) {
            saveFocusAreas(d, HANOI, Set.of("urban-heat", "water"));
            assertThat(d.keys(d.search(d.filtered("focusArea", "urban-heat"), 0, 50, Locale.ENGLISH)))
                    .containsExactly("vn-hanoi");
        }
        jdbc.sql("UPDATE platform_topic SET retired = TRUE WHERE code = 'urban-heat'")
                .update();
        try (var as = d.calls.as(Role.MEMBER_CITY, OrganisationKey.of("ke-nairobi"))) {
            assertThatThrownBy(() -> saveFocusAreas(d, OrganisationKey.of("ke-nairobi"), Set.of("urban-heat")))
                    .as("a retired topic is no new choice")
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("focusAreas");
                        assertThat(e.messageKey()).isEqualTo("topics.invalid.choice");
                    });
        }
        try (var as = d.calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            Object retired = d.search(d.filtered("focusArea", "urban-heat"), 0, 50, Locale.ENGLISH);
            assertThat(d.keys(retired))
                    .as("members who chose it are still found")
                    .containsExactly("vn-hanoi");
            String english = new String(
                    (byte[]) d.calls
                            .bean(MemberDirectory.class)
                            .invoke("exportCsv", d.filtered("focusArea", "urban-heat"), Locale.ENGLISH),
                    StandardCharsets.UTF_8);
            assertThat(english).contains("Water and waste; Urban heat");
            String korean = new String(
                    (byte[]) d.calls
                            .bean(MemberDirectory.class)
                            .invoke("exportCsv", d.filtered("focusArea", "urban-heat"), Locale.KOREAN),
                    StandardCharsets.UTF_8);
            assertThat(korean).contains("물·폐기물; 도시 열섬");
        }
        try (var as = d.calls.as(Role.MEMBER_CITY, HANOI)) {
            Object profile = d.calls.bean(MemberProfiles.class).invoke("profileOf", HANOI);
            Object kept = PluginCalls.read(profile, "descriptive");
            Object withDescription = d.calls.make(
                    Descriptive.class, null, null, Set.of("urban-heat", "water"), List.of(), "Hot summers", null);
            d.calls
                    .bean(MemberProfiles.class)
                    .invoke("saveDescriptive", HANOI, PluginCalls.read(profile, "version"), kept, withDescription);
            assertThat(PluginCalls.read(
                            PluginCalls.read(
                                    d.calls.bean(MemberProfiles.class).invoke("profileOf", HANOI), "descriptive"),
                            "focusAreas"))
                    .as("a retired topic the profile names may stay")
                    .isEqualTo(Set.of("urban-heat", "water"));
        }
    }

    @Test
    void theMigrationMapsEveryFocusAreaOfTheFormerFixedListOntoItsTopic(RunningPlatform platform) throws Exception {
        var d = new Directory(platform);
        var jdbc = d.calls.platformBean(JdbcClient.class);
        String former =
                "DATA_PLATFORMS,DIGITAL_INCLUSION,ECONOMY,ENERGY,ENVIRONMENT,GOVERNANCE,HEALTH,MOBILITY,SAFETY,WATER";
        // Profiles as the plugin stored them before the change set: the names of its former enum.
        jdbc.sql("""
                        INSERT INTO membership_profile (organisation_key, focus_areas, languages, updated_by, updated_at, version)
                        VALUES ('kr-seoul', :all, 'ko', 'seed', NOW(), 1), ('mn-ulaanbaatar', 'WATER', '', 'seed', NOW(), 1),
                            ('ke-nairobi', '', '', 'seed', NOW(), 1)""").param("all", former).update();
        jdbc.sql("DELETE FROM membership_changelog WHERE id = 'membership-0200-focus-areas-as-topics'")
                .update();

        PluginMigration.run(d.calls.platformBean(DataSource.class));

        assertThat(jdbc.sql("SELECT focus_areas FROM membership_profile WHERE organisation_key = 'kr-seoul'")
                        .query(String.class)
                        .single())
                .isEqualTo("data-platforms,digital-inclusion,economy,energy,environment,governance,health,mobility,"
                        + "safety,water");
        assertThat(jdbc.sql("SELECT focus_areas FROM membership_profile WHERE organisation_key = 'mn-ulaanbaatar'")
                        .query(String.class)
                        .single())
                .isEqualTo("water");
        var topics =
                jdbc.sql("SELECT code FROM platform_topic").query(String.class).list();
        for (String name : former.split(",")) {
            assertThat(topics)
                    .as("the platform seeds a topic for the former focus area " + name)
                    .contains(name.toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        try (var as = d.calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            assertThat(d.keys(d.search(d.filtered("focusArea", "digital-inclusion"), 0, 50, Locale.ENGLISH)))
                    .containsExactly("kr-seoul");
        }
    }

    private static void saveFocusAreas(Directory d, OrganisationKey organisation, Set<String> areas) {
        Object profile = d.calls.bean(MemberProfiles.class).invoke("profileOf", organisation);
        Object input = d.calls.make(Descriptive.class, 8_500_000L, null, areas, List.of("vi"), null, null);
        d.calls
                .bean(MemberProfiles.class)
                .invoke(
                        "saveDescriptive",
                        organisation,
                        PluginCalls.read(profile, "version"),
                        PluginCalls.read(profile, "descriptive"),
                        input);
    }

    @Test
    void rowsCarryPublicFieldsOnlyNeverContacts(RunningPlatform platform) throws Exception {
        var d = new Directory(platform);
        assertThat(Arrays.stream(d.calls.pluginClass(DirectoryEntry.class).getRecordComponents())
                        .map(c -> c.getName()))
                .containsExactly(
                        "id",
                        "key",
                        "nameEn",
                        "nameKo",
                        "nameLocal",
                        "type",
                        "country",
                        "continent",
                        "capital",
                        "regionalOffice",
                        "status",
                        "statusSince",
                        "website",
                        "headName",
                        "headTitle",
                        "focusAreas");
        try (var as = d.calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            d.calls
                    .platformBean(OrganisationRegistry.class)
                    .replaceContacts(
                            OrganisationKey.of("ke-nairobi"),
                            List.of(new OrganisationContact(
                                    "Private Person", "Delegate", "private@nairobi.example.org", "+254 20 000 0000")));
        }
        try (var as = d.calls.as(Role.MEMBER_CITY, HANOI)) {
            Object nairobi = d.search(d.query("Nairobi", "PREFIX"), 0, 5, Locale.ENGLISH);
            assertThat(d.keys(nairobi)).containsExactly("ke-nairobi");
            assertThat(nairobi.toString())
                    .doesNotContain("private@nairobi.example.org")
                    .doesNotContain("Private Person")
                    .doesNotContain("+254");
            long id = (Long) PluginCalls.read(d.entries(nairobi).getFirst(), "id");
            Object entry = d.calls.bean(MemberDirectory.class).invoke("entry", id);
            assertThat(entry.toString()).contains("ke-nairobi").doesNotContain("private@");
            long office = d.calls
                    .platformBean(OrganisationDirectory.class)
                    .byKey(OrganisationKey.of("ro-abuja"))
                    .orElseThrow()
                    .id();
            assertThat(d.calls
                            .bean(MemberDirectory.class)
                            .invoke("entry", office)
                            .toString())
                    .isEqualTo("Optional.empty");
            assertThat(d.calls.bean(MemberDirectory.class).invoke("entry", -1L).toString())
                    .isEqualTo("Optional.empty");
        }
    }

    /**
     * One policy with the platform (issue 13): an applicant is the secretariat's only, in the
     * directory's search by status and by id, as in the platform's API and screens.
     */
    @Test
    void applicantsAreTheSecretariatsOnly(RunningPlatform platform) throws Exception {
        var d = new Directory(platform);
        var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(
                d.calls.platformBean(javax.sql.DataSource.class));
        jdbc.sql("""
                        INSERT IGNORE INTO platform_organisation (org_key, type, name_en, name_ko, country, continent,
                            capital, status, version)
                        VALUES ('vn-applicant-directory', 'CITY', 'Applicant Directory City', '신청 도시', 'VN', 'ASIA',
                            FALSE, 'APPLICANT', 0)""").update();
        long id = jdbc.sql("SELECT id FROM platform_organisation WHERE org_key = 'vn-applicant-directory'")
                .query(Long.class)
                .single();
        try (var as = d.calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            assertThat(d.keys(d.search(d.filtered("status", MembershipStatus.APPLICANT), 0, 50, Locale.ENGLISH)))
                    .contains("vn-applicant-directory");
            assertThat(d.calls.bean(MemberDirectory.class).invoke("entry", id).toString())
                    .contains("vn-applicant-directory");
        }
        for (var role : List.of(Role.REGIONAL_OFFICE, Role.MEMBER_CITY)) {
            try (var as = d.calls.as(role, role == Role.REGIONAL_OFFICE ? OrganisationKey.of("ro-chengdu") : HANOI)) {
                assertThatThrownBy(
                                () -> d.search(d.filtered("status", MembershipStatus.APPLICANT), 0, 10, Locale.ENGLISH))
                        .isInstanceOf(PermissionDeniedException.class);
                assertThat(d.calls
                                .bean(MemberDirectory.class)
                                .invoke("entry", id)
                                .toString())
                        .as(role + ": the same as an unknown id")
                        .isEqualTo("Optional.empty");
                assertThat(d.keys(d.search(d.query("Applicant Directory", "PREFIX"), 0, 50, Locale.ENGLISH)))
                        .isEmpty();
            }
        }
    }

    @Test
    void forgedOrInvalidFilterValuesAreRefused(RunningPlatform platform) throws Exception {
        var d = new Directory(platform);
        try (var as = d.calls.as(Role.MEMBER_CITY, HANOI)) {
            assertRefused(
                    () -> d.search(d.filtered("regionalOffice", OrganisationKey.of("kr-seoul")), 0, 10, Locale.ENGLISH),
                    "regionalOffice");
            assertRefused(
                    () -> d.search(
                            d.filtered("regionalOffice", OrganisationKey.of("zz-nowhere")), 0, 10, Locale.ENGLISH),
                    "regionalOffice");
            assertRefused(() -> d.search(d.filtered("type", OrganisationType.PARTNER), 0, 10, Locale.ENGLISH), "type");
            assertRefused(() -> d.search(d.filtered("country", "K'"), 0, 10, Locale.ENGLISH), "country");
            assertRefused(
                    () -> d.search(d.filtered("status", MembershipStatus.PARTNER), 0, 10, Locale.ENGLISH), "status");
            // Text is never refused for what it says: SQL-looking or markup-looking text is searched for
            // literally (bound parameters), and finds nothing here.
            assertThat(d.search(d.query("' OR 1=1 --", "CONTAINS"), 0, 10, Locale.ENGLISH))
                    .asString()
                    .contains("total=0");
            assertThat(d.search(d.query("<img src=x>", "CONTAINS"), 0, 10, Locale.ENGLISH))
                    .asString()
                    .contains("total=0");
            assertRefused(() -> d.search(d.query(null, "CONTAINS"), 0, 501, Locale.ENGLISH), "limit");
            assertRefused(() -> d.search(d.query(null, "CONTAINS"), -1, 10, Locale.ENGLISH), "offset");
            assertThatThrownBy(() -> d.search(d.filtered("status", MembershipStatus.APPLICANT), 0, 10, Locale.ENGLISH))
                    .isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void onlyTheSecretariatExportsAndGetsEverySeedMember(RunningPlatform platform) throws Exception {
        var d = new Directory(platform);
        var directory = d.calls.bean(MemberDirectory.class);
        try (var as = d.calls.as(Role.MEMBER_CITY, HANOI)) {
            assertThatThrownBy(() -> directory.invoke("exportCsv", d.query(null, "CONTAINS"), Locale.ENGLISH))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> directory.invoke("exportXlsx", d.query(null, "CONTAINS"), Locale.ENGLISH))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        try (var as = d.calls.as(Role.SECRETARIAT, SECRETARIAT)) {
            int members = d.calls
                    .platformBean(OrganisationDirectory.class)
                    .count(new OrganisationDirectory.Query(
                            null, null, null, null, MembershipStatus.MEMBER, null, 0, 1));
            String csv = new String(
                    (byte[]) directory.invoke("exportCsv", d.query(null, "CONTAINS"), Locale.KOREAN),
                    StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF키,");
            assertThat(csv.split("\r\n")).hasSize(members + 1);
            assertThat(csv).contains("kr-seoul,Seoul,서울,").contains("vn-hanoi,Hanoi,하노이,");
            String companies = new String(
                    (byte[])
                            directory.invoke("exportCsv", d.filtered("type", OrganisationType.COMPANY), Locale.ENGLISH),
                    StandardCharsets.UTF_8);
            assertThat(companies.split("\r\n")).hasSize(6 + 1);
            byte[] xlsx = (byte[]) directory.invoke("exportXlsx", d.query(null, "CONTAINS"), Locale.ENGLISH);
            assertThat(xlsx).startsWith('P', 'K');
        }
    }

    @Test
    void thePageIsThereForEveryRole(RunningPlatform platform) {
        assertThat(platform.pluginFailure()).isEmpty();
        for (Role role : Role.values()) {
            assertThat(platform.open("membership/directory", role).body())
                    .contains("Member directory")
                    .contains("Search by name");
        }
        assertThat(platform.open("membership/directory", Role.SECRETARIAT).body())
                .contains("Export CSV");
        assertThat(platform.open("membership/directory", Role.MEMBER_CITY).body())
                .doesNotContain("Export CSV");
    }

    private static void assertAll(Directory d, Object query, String component, Object value, @Nullable Integer count)
            throws Exception {
        Object page = d.search(query, 0, 500, Locale.ENGLISH);
        assertThat(d.entries(page))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(PluginCalls.read(e, component)).isEqualTo(value));
        if (count != null) {
            assertThat(d.total(page)).isEqualTo(count);
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    /** The plugin's directory, called through the test kit as the current user. */
    private static final class Directory {

        final PluginCalls calls;

        Directory(RunningPlatform platform) {
            calls = platform.calls();
        }

        Object query(@Nullable String text, String match) {
            return make(text, match, null, null, null, null, null, null, null, "NAME", false);
        }

        Object sorted(String sort, boolean descending) {
            return make(null, "CONTAINS", null, null, null, null, null, null, null, sort, descending);
        }

        /** Every member with one filter set, by the record component's name. */
        Object filtered(String component, Object value) {
            List<String> names =
                    List.of("type", "continent", "country", "capital", "regionalOffice", "focusArea", "status");
            Object[] filters = new Object[names.size()];
            filters[names.indexOf(component)] = value;
            return make(
                    null,
                    "CONTAINS",
                    filters[0],
                    filters[1],
                    filters[2],
                    filters[3],
                    filters[4],
                    filters[5],
                    filters[6],
                    "NAME",
                    false);
        }

        private Object make(
                @Nullable String text,
                String match,
                @Nullable Object type,
                @Nullable Object continent,
                @Nullable Object country,
                @Nullable Object capital,
                @Nullable Object office,
                @Nullable Object focus,
                @Nullable Object status,
                String sort,
                boolean descending) {
            return calls.make(
                    DirectoryQuery.class,
                    text,
                    calls.make(DirectoryQuery.TextMatch.class, match),
                    type,
                    continent,
                    country,
                    capital,
                    office,
                    focus,
                    status,
                    calls.make(DirectorySort.class, sort),
                    descending);
        }

        Object search(Object query, int offset, int limit, Locale locale) {
            return calls.bean(MemberDirectory.class).invoke("search", query, offset, limit, locale);
        }

        @SuppressWarnings("unchecked")
        List<Object> entries(Object page) {
            return (List<Object>) PluginCalls.read(page, "entries");
        }

        int total(Object page) {
            return (Integer) PluginCalls.read(page, "total");
        }

        List<String> keys(Object page) {
            return entries(page).stream()
                    .map(e -> ((OrganisationKey) PluginCalls.read(e, "key")).value())
                    .toList();
        }
    }
}
