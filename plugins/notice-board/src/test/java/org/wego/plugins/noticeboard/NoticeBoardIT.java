package org.wego.plugins.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/**
 * The notice board installed in a real platform: every role reads it, only the secretariat may post,
 * members and regional offices propose notices to the secretariat's approvals inbox.
 */
@WegoPluginTest
class NoticeBoardIT {

    @Test
    void thePluginStarts(RunningPlatform platform) {
        assertThat(platform.pluginFailure()).isEmpty();
        assertThat(platform.pluginStarted()).isTrue();
    }

    @Test
    void itsRestEndpointListsNoticesForEveryRoleAndRefusesBadInputInTheCallersLanguage(RunningPlatform platform) {
        for (Role role : Role.values()) {
            var answer = platform.api("GET", "/api/v1/notices?count=5", role, null);
            assertThat(answer.statusCode()).as(role.claimValue()).isEqualTo(200);
            assertThat(answer.body()).as(role.claimValue()).startsWith("[");
        }
        assertThat(platform.api("GET", "/api/v1/notices", null, null).statusCode())
                .isEqualTo(401);

        var tooMany = platform.api("GET", "/api/v1/notices?count=1000", Role.MEMBER_CITY, null);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("count must be a number from 1 to 100.");

        assertThat(platform.api("GET", "/v3/api-docs", null, null).body()).contains("/api/v1/notices");
    }

    @Test
    void everyRoleReadsTheBoardButOnlyTheSecretariatSeesTheForm(RunningPlatform platform) {
        var secretariat = platform.open("notice-board", Role.SECRETARIAT);
        assertThat(secretariat.status()).isEqualTo(200);
        assertThat(secretariat.body())
                .contains("Notice board")
                .contains("No notices yet.")
                .contains("Post");

        for (Role role : new Role[] {Role.REGIONAL_OFFICE, Role.MEMBER_CITY}) {
            var page = platform.open("notice-board", role);
            assertThat(page.status()).as(role.claimValue()).isEqualTo(200);
            assertThat(page.body())
                    .as(role.claimValue())
                    .contains("No notices yet.")
                    .doesNotContain("notice-board-form");
        }
    }

    @Test
    void membersAndRegionalOfficesSeeTheProposalFormAndTheirProposalsTheSecretariatDoesNot(RunningPlatform platform) {
        for (Role role : new Role[] {Role.REGIONAL_OFFICE, Role.MEMBER_CITY}) {
            assertThat(platform.open("notice-board", role).body())
                    .as(role.claimValue())
                    .contains("notice-board-propose-form")
                    .contains("Propose")
                    .contains("Our proposals")
                    .contains("Your organisation has not proposed a notice yet.");
        }
        assertThat(platform.open("notice-board", Role.SECRETARIAT).body())
                .doesNotContain("notice-board-propose-form")
                .doesNotContain("Our proposals");
    }

    @Test
    void theSecretariatsInboxIsThereForItsProposals(RunningPlatform platform) {
        assertThat(platform.open("admin/approvals", Role.SECRETARIAT).body()).contains("Approvals inbox");
        assertThat(platform.open("requests", Role.MEMBER_CITY).body()).contains("Our requests");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn(RunningPlatform platform) {
        assertThat(platform.openAnonymously("notice-board").isKeycloakLoginForm())
                .isTrue();
    }

    @Test
    void theMenuAndTheHomeCardAreThereForEveryRole(RunningPlatform platform) {
        assertThat(platform.open("", Role.MEMBER_CITY).body())
                .contains("Notice board")
                .contains("notice-board.latest");
    }
}
