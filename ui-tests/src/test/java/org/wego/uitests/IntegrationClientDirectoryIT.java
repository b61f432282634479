package org.wego.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.teststack.AccessTokens;
import org.wego.teststack.TestStack;

/**
 * The README's integration client at work: the public website pulls the member directory and its
 * statistics with the {@code wego-integration} client's client-credentials token ({@code
 * directory:read}), as it pulls the organisations. It got 403 on the membership plugin's endpoints, which
 * declared roles only; what it gets is the public fields, never the contacts that are the secretariat's.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrationClientDirectoryIT {

    private RunningPlatform platform;
    private String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void integrationClientToken(RunningPlatform platform) {
        this.platform = platform;
        this.token = new AccessTokens(TestStack.current()).forIntegrationClient();
    }

    @Test
    void thePublicWebsiteReadsTheMemberDirectoryWithoutContacts() throws Exception {
        var members = get("/api/v1/members?size=5");
        assertThat(members.statusCode()).as(members.body()).isEqualTo(200);
        assertThat(members.body()).contains("\"items\"", "\"nameEn\"").contains("\"contacts\":null");

        long hanoi = platform.bean(OrganisationDirectory.class)
                .byKey(OrganisationKey.of("vn-hanoi"))
                .orElseThrow()
                .id();
        var one = get("/api/v1/members/" + hanoi);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(one.body()).contains("\"key\":\"vn-hanoi\"", "\"contacts\":null");
    }

    @Test
    void thePublicWebsiteReadsTheMembershipStatistics() throws Exception {
        var statistics = get("/api/v1/members/statistics");
        assertThat(statistics.statusCode()).as(statistics.body()).isEqualTo(200);
    }

    @Test
    void theScopeOpensTheDirectoryOnly() throws Exception {
        assertThat(get("/api/v1/audit").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/approvals").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/members?status=APPLICANT").statusCode())
                .as("applicants are the secretariat's")
                .isEqualTo(403);
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(platform.baseUrl().resolve(path.substring(1)))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
