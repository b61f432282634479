package org.wego.plugins.membership.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/**
 * {@code /api/v1/members} on a real platform with the membership plugin: every role reads the public
 * directory and the statistics with a Keycloak token, only the secretariat gets official contacts,
 * bad parameters are refused by name in English and Korean, unknown ids answer 404, and the
 * endpoints are in the OpenAPI document.
 */
@WegoPluginTest
class MembersApiIT {

    @Test
    void everyRoleSearchesTheDirectoryWithFiltersAndPaging(RunningPlatform platform) {
        for (Role role : Role.values()) {
            var answer = platform.api("GET", "/api/v1/members?text=Han&match=PREFIX&type=CITY&size=5", role, null);
            assertThat(answer.statusCode()).as(role.claimValue()).isEqualTo(200);
            assertThat(answer.body())
                    .as(role.claimValue())
                    .contains("\"key\":\"vn-hanoi\"")
                    .contains("\"page\":0")
                    .contains("\"size\":5")
                    .doesNotContain("\"email\"");
        }
        var korean =
                platform.api("GET", "/api/v1/members?country=KR&sort=NAME&order=desc&size=100", Role.MEMBER_CITY, null);
        assertThat(korean.statusCode()).isEqualTo(200);
        assertThat(korean.body()).contains("\"country\":\"KR\"").doesNotContain("\"country\":\"VN\"");
        assertThat(platform.api("GET", "/api/v1/members", null, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void oneMemberByIdHasContactsForTheSecretariatOnly(RunningPlatform platform) {
        long hanoi = platform.calls()
                .platformBean(OrganisationDirectory.class)
                .byKey(OrganisationKey.of("vn-hanoi"))
                .orElseThrow()
                .id();
        var secretariat = platform.api("GET", "/api/v1/members/" + hanoi, Role.SECRETARIAT, null);
        assertThat(secretariat.statusCode()).isEqualTo(200);
        assertThat(secretariat.body()).contains("\"key\":\"vn-hanoi\"").contains("\"contacts\":[");
        for (Role role : new Role[] {Role.REGIONAL_OFFICE, Role.MEMBER_CITY}) {
            var other = platform.api("GET", "/api/v1/members/" + hanoi, role, null);
            assertThat(other.statusCode()).as(role.claimValue()).isEqualTo(200);
            assertThat(other.body()).as(role.claimValue()).contains("\"contacts\":null");
        }
        var unknown = platform.api("GET", "/api/v1/members/999999999", Role.MEMBER_CITY, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(platform.api("GET", "/api/v1/members/not-a-number", Role.MEMBER_CITY, null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void badParametersAreRefusedByNameInTheCallersLanguage(RunningPlatform platform) {
        var unknown = platform.api("GET", "/api/v1/members?colour=red", Role.MEMBER_CITY, null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Unknown parameter \\\"colour\\\".");

        var badType = platform.api("GET", "/api/v1/members?type=SPACESHIP", Role.MEMBER_CITY, null);
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("The value \\\"SPACESHIP\\\" is not allowed for \\\"type\\\".");

        var size = platform.api("GET", "/api/v1/members?size=1000", Role.MEMBER_CITY, null);
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(size.body()).contains("\\\"size\\\" must be a whole number from 1 to 100.");

        // Markup-looking text is searched for literally, never refused for what it says.
        var script = platform.api("GET", "/api/v1/members?text=%3Cscript%3E", Role.MEMBER_CITY, null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("<script>");

        var applicants = platform.api("GET", "/api/v1/members?status=APPLICANT", Role.MEMBER_CITY, null);
        assertThat(applicants.statusCode()).isEqualTo(403);

        var korean = platform.api("GET", "/api/v1/members?type=SPACESHIP&size=5", Role.MEMBER_CITY, null, "ko");
        assertThat(korean.statusCode()).isEqualTo(400);
        assertThat(korean.body()).contains("값을 쓸 수 없습니다");
    }

    @Test
    void statisticsAreThereForEveryRoleAndTheEndpointsAreDocumented(RunningPlatform platform) {
        for (Role role : Role.values()) {
            var answer = platform.api("GET", "/api/v1/members/statistics", role, null);
            assertThat(answer.statusCode()).as(role.claimValue()).isEqualTo(200);
            assertThat(answer.body()).as(role.claimValue()).contains("REPORTED");
        }
        assertThat(platform.api("GET", "/v3/api-docs", null, null).body())
                .contains("/api/v1/members")
                .contains("/api/v1/members/{organisationId}")
                .contains("/api/v1/members/statistics");
    }
}
