package org.wego.plugins.training.nominations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;
import org.wego.plugins.training.TrainingCalls;
import org.wego.plugins.training.programmes.ProgrammeInput;
import org.wego.plugins.training.programmes.ProgrammeMode;
import org.wego.plugins.training.programmes.ProgrammeStatus;

/**
 * {@code /api/v1/training/programmes} on a real platform with real Keycloak tokens of the demo users
 * (the secretariat, the Chengdu regional office, Hanoi): drafts only for the secretariat; nominations
 * listed in the caller's scope only (Hanoi never sees Nairobi's nominees, nor does Chengdu); creating
 * a nomination follows the screens' rules: a forged organisation and a city outside the office's
 * region are refused with 403, bad input with a 400 naming the field in the caller's language, and
 * nothing is saved; the endpoints are in the OpenAPI document.
 */
@WegoPluginTest
class TrainingApiIT {

    private static final String PROGRAMMES = "/api/v1/training/programmes";
    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey NAIROBI = OrganisationKey.of("ke-nairobi");

    @Test
    void programmesArePagedAndDraftsAreTheSecretariatsOnly(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        String tag = Long.toString(System.nanoTime());
        long open = t.openProgramme("Api open " + tag, 10, 2);
        long draft = draft(t, "Api draft " + tag);

        for (Role role : Role.values()) {
            var list = platform.api("GET", PROGRAMMES + "?size=100", role, null);
            assertThat(list.statusCode()).as(role.claimValue()).isEqualTo(200);
            assertThat(list.body()).as(role.claimValue()).contains("\"id\":" + open + ",");
            assertThat(list.body().contains("\"id\":" + draft + ","))
                    .as(role.claimValue() + " sees the draft")
                    .isEqualTo(role == Role.SECRETARIAT);
            var one = platform.api("GET", PROGRAMMES + "/" + open, role, null);
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(one.body())
                    .contains("\"titleEn\":\"Api open " + tag + "\"")
                    .contains("\"status\":\"OPEN\"");
            // A draft does not exist for anyone but the secretariat.
            assertThat(platform.api("GET", PROGRAMMES + "/" + draft, role, null).statusCode())
                    .as(role.claimValue())
                    .isEqualTo(role == Role.SECRETARIAT ? 200 : 404);
            assertThat(platform.api("GET", PROGRAMMES + "/" + draft + "/nominations", role, null)
                            .statusCode())
                    .isEqualTo(role == Role.SECRETARIAT ? 200 : 404);
        }
        var page = platform.api("GET", PROGRAMMES + "?size=1&page=1", Role.MEMBER_CITY, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"page\":1").contains("\"size\":1");
        assertThat(page.body().split("\"titleEn\"", -1)).hasSize(2);
        assertThat(platform.api("GET", PROGRAMMES + "?status=DRAFT", Role.MEMBER_CITY, null)
                        .body())
                .contains("\"items\":[]");
        assertThat(platform.api("GET", PROGRAMMES + "/999999999", Role.SECRETARIAT, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(platform.api("GET", PROGRAMMES, null, null).statusCode()).isEqualTo(401);

        var tooBig = platform.api("GET", PROGRAMMES + "?size=1000", Role.MEMBER_CITY, null);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("\\\"size\\\" must be a whole number from 1 to 100.");
        var unknown = platform.api("GET", PROGRAMMES + "?colour=red", Role.MEMBER_CITY, null, "ko");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("알 수 없는 매개변수입니다");
        assertThat(platform.api("GET", PROGRAMMES + "?status=FINISHED", Role.MEMBER_CITY, null)
                        .body())
                .contains("The value \\\"FINISHED\\\" is not allowed for \\\"status\\\".");
    }

    @Test
    void nominationsAreListedAndCreatedInTheCallersScopeOnly(RunningPlatform platform) throws Exception {
        var t = new TrainingCalls(platform);
        String tag = Long.toString(System.nanoTime());
        long programme = t.openProgramme("Api nominations " + tag, 10, 5);
        // Nairobi's nominee, nominated by Nairobi on the screens.
        String nairobiEmail = "nairobi-" + tag + "@example.org";
        try (var acting = t.as(Role.MEMBER_CITY, NAIROBI)) {
            t.nominations("nominate", programme, t.trainee("Nairobi Person " + tag, NAIROBI, nairobiEmail));
        }
        String path = PROGRAMMES + "/" + programme + "/nominations";

        // Hanoi (member city) nominates its own official through the API.
        String hanoiEmail = "hanoi-" + tag + "@example.org";
        var created = platform.api("POST", path, Role.MEMBER_CITY, body("Hanoi Person " + tag, "vn-hanoi", hanoiEmail));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body())
                .contains("\"traineeName\":\"Hanoi Person " + tag + "\"")
                .contains("\"email\":\"" + hanoiEmail + "\"")
                .contains("\"gender\":\"FEMALE\"")
                .contains("\"status\":\"PENDING\"");
        // The Chengdu office nominates for a city of its region.
        assertThat(directory(t).byKey(HANOI).orElseThrow().regionalOffice())
                .isEqualTo(OrganisationKey.of("ro-chengdu"));
        String officeEmail = "chengdu-" + tag + "@example.org";
        var byOffice =
                platform.api("POST", path, Role.REGIONAL_OFFICE, body("Office Pick " + tag, "vn-hanoi", officeEmail));
        assertThat(byOffice.statusCode()).as(byOffice.body()).isEqualTo(201);
        int saved = t.seats(programme).size();
        assertThat(saved).isEqualTo(3);

        // Forged: Hanoi for Nairobi; Chengdu for Nairobi, outside its region: 403, nothing saved.
        var forged = platform.api(
                "POST", path, Role.MEMBER_CITY, body("Forged " + tag, "ke-nairobi", "f1-" + tag + "@example.org"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("Nairobi Person");
        assertThat(directory(t).byKey(NAIROBI).orElseThrow().regionalOffice())
                .isNotEqualTo(OrganisationKey.of("ro-chengdu"));
        var outside = platform.api(
                "POST", path, Role.REGIONAL_OFFICE, body("Outside " + tag, "ke-nairobi", "f2-" + tag + "@example.org"));
        assertThat(outside.statusCode()).isEqualTo(403);
        // The secretariat approves, it does not nominate.
        assertThat(platform.api(
                                "POST",
                                path,
                                Role.SECRETARIAT,
                                body("Sec " + tag, "vn-hanoi", "f3-" + tag + "@example.org"))
                        .statusCode())
                .isEqualTo(403);
        // Bad input: a 400 naming the field, in the caller's language; a forged programme id is 404.
        var badEmail = platform.api("POST", path, Role.MEMBER_CITY, body("Bad " + tag, "vn-hanoi", "not-an-email"));
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(badEmail.body())
                .contains("\"parameter\":\"email\"")
                .contains("Not an e-mail address: write it as name@example.org.");
        var korean =
                platform.api("POST", path, Role.MEMBER_CITY, body("", "vn-hanoi", "k-" + tag + "@example.org"), "ko");
        assertThat(korean.statusCode()).isEqualTo(400);
        assertThat(korean.body()).contains("\"parameter\":\"name\"").contains("필수 항목입니다.");
        var badGender = platform.api(
                "POST",
                path,
                Role.MEMBER_CITY,
                "{\"name\":\"G " + tag + "\",\"organisation\":\"vn-hanoi\",\"email\":\"g-" + tag
                        + "@example.org\",\"language\":\"en\",\"gender\":\"ROBOT\"}");
        assertThat(badGender.statusCode()).isEqualTo(400);
        assertThat(badGender.body()).contains("\"parameter\":\"gender\"");
        assertThat(platform.api(
                                "POST",
                                PROGRAMMES + "/999999999/nominations",
                                Role.MEMBER_CITY,
                                body("Ghost " + tag, "vn-hanoi", "ghost-" + tag + "@example.org"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(t.seats(programme)).hasSize(saved);

        // Listing: Hanoi and Chengdu see Hanoi's two, never Nairobi's; the secretariat sees all three.
        for (Role role : new Role[] {Role.MEMBER_CITY, Role.REGIONAL_OFFICE}) {
            HttpResponse<String> list = platform.api("GET", path, role, null);
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body())
                    .as(role.claimValue())
                    .contains(hanoiEmail, officeEmail, "\"gender\":\"FEMALE\"")
                    .doesNotContain("Nairobi Person", nairobiEmail, "ke-nairobi");
        }
        var all = platform.api("GET", path, Role.SECRETARIAT, null);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains(hanoiEmail, officeEmail, nairobiEmail);

        // Decided in the inbox, the API shows the seat.
        long hanoiNomination = t.seats(programme).stream()
                .filter(r -> "vn-hanoi".equals(r.get("organisation_key")))
                .mapToLong(r -> ((Number) r.get("id")).longValue())
                .min()
                .orElseThrow();
        t.decide(t.secretariat(), t.requestOf(hanoiNomination), ApprovalStatus.APPROVED);
        assertThat(platform.api("GET", path, Role.MEMBER_CITY, null).body()).contains("\"status\":\"ENROLLED\"");
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument(RunningPlatform platform) {
        assertThat(platform.api("GET", "/v3/api-docs", null, null).body())
                .contains("/api/v1/training/programmes")
                .contains("/api/v1/training/programmes/{programmeId}")
                .contains("/api/v1/training/programmes/{programmeId}/nominations");
    }

    private static OrganisationDirectory directory(TrainingCalls t) {
        return t.calls.platformBean(OrganisationDirectory.class);
    }

    private static String body(String name, String organisation, String email) {
        return "{\"name\":\"" + name + "\",\"position\":\"Deputy director\",\"department\":\"Smart city division\","
                + "\"organisation\":\"" + organisation + "\",\"email\":\"" + email
                + "\",\"language\":\"en\",\"gender\":\"FEMALE\"}";
    }

    /** A draft programme, created by the secretariat. */
    private static long draft(TrainingCalls t, String title) throws Exception {
        LocalDate start = LocalDate.now().plusMonths(3);
        Object input = t.calls.make(
                ProgrammeInput.class,
                title,
                "초안 " + title,
                null,
                null,
                OrganisationKey.of("kr-seoul"),
                t.calls.make(ProgrammeMode.class, "ONLINE"),
                "https://learn.example.org/draft",
                "en",
                start,
                start.plusDays(2),
                start.minusDays(10),
                20,
                2,
                t.calls.make(ProgrammeStatus.class, "DRAFT"));
        try (var acting = t.as(Role.SECRETARIAT, TrainingCalls.SECRETARIAT)) {
            return (Long) t.programmes("create", input);
        }
    }
}
