package org.wego.platform.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.plugins.FixturePlugins;
import org.wego.plugin.api.ApprovalRequest;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.teststack.AccessTokens;
import org.wego.teststack.DemoUser;
import org.wego.teststack.TestStack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The approvals endpoints with real tokens: each caller lists its scope; a decision is taken once. */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalsApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) throws IOException {
        TestStackProperties.apply(registry, ApprovalsApiIT.class);
        Path plugins = Files.createTempDirectory("wego-approvals-api-plugins");
        FixturePlugins.approving(plugins);
        registry.add("wego.plugins.dir", plugins::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApprovalInbox inbox;

    private final HttpClient http = HttpClient.newHttpClient();
    private final AccessTokens tokens = new AccessTokens(TestStack.current());

    @Test
    void eachCallerListsItsScopeAndTheSecretariatDecidesOnce() throws Exception {
        var submitter = new SignedInUser(
                "h1",
                "hanoi.demo",
                "Nguyen Thi Lan",
                "h1@example.org",
                Set.of(Role.MEMBER_CITY),
                OrganisationKey.of("vn-hanoi"),
                Locale.ENGLISH);
        long id = inbox.submit(
                "approvals-fixture",
                submitter,
                new ApprovalRequest(
                        "approvals-fixture.thing", OrganisationKey.of("vn-hanoi"), "Thing via API", Map.of(), "api"));

        assertThat(ids(call("GET", "/api/v1/approvals?status=pending", "hanoi.demo", null)))
                .contains(id);
        assertThat(ids(call("GET", "/api/v1/approvals", "chengdu.demo", null)))
                .as("Hanoi is in Chengdu's region")
                .contains(id);
        assertThat(ids(call("GET", "/api/v1/approvals", "nairobi.demo", null))).doesNotContain(id);

        var refused = call("POST", "/api/v1/approvals/" + id + "/decision", "hanoi.demo", "{\"outcome\":\"APPROVED\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        var noComment =
                call("POST", "/api/v1/approvals/" + id + "/decision", "secretariat.demo", "{\"outcome\":\"REJECTED\"}");
        assertThat(noComment.statusCode()).as(noComment.body()).isEqualTo(400);
        var maybe =
                call("POST", "/api/v1/approvals/" + id + "/decision", "secretariat.demo", "{\"outcome\":\"MAYBE\"}");
        assertThat(JSON.readTree(maybe.body()).path("parameter").asText()).isEqualTo("outcome");

        var approved = call(
                "POST",
                "/api/v1/approvals/" + id + "/decision",
                "secretariat.demo",
                "{\"outcome\":\"APPROVED\",\"comment\":\"Fine\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode decided = JSON.readTree(approved.body());
        assertThat(decided.path("status").asText()).isEqualTo("APPROVED");
        // Who acted, by account as well as by name: a renamed account cannot pass as someone else.
        assertThat(decided.path("submittedBy").asText()).isEqualTo("Nguyen Thi Lan");
        assertThat(decided.path("submittedByUsername").asText()).isEqualTo("hanoi.demo");
        assertThat(decided.path("decidedBy").asText()).isEqualTo("Minji Park");
        assertThat(decided.path("decidedByUsername").asText()).isEqualTo("secretariat.demo");
        var audit = call("GET", "/api/v1/audit?text=secretariat.demo&size=100", "secretariat.demo", null);
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        JsonNode entry = JSON.readTree(audit.body()).path("items").get(0);
        assertThat(entry.path("user").asText()).isEqualTo("Minji Park");
        assertThat(entry.path("username").asText()).isEqualTo("secretariat.demo");
        assertThat(entry.path("email").asText()).isEqualTo("minji.park@secretariat.wego.example.org");

        var again = call(
                "POST",
                "/api/v1/approvals/" + id + "/decision",
                "secretariat.demo",
                "{\"outcome\":\"REJECTED\",\"comment\":\"No\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).path("detail").asText()).contains("Minji Park");
        assertThat(call("POST", "/api/v1/approvals/999999/decision", "secretariat.demo", "{\"outcome\":\"APPROVED\"}")
                        .statusCode())
                .isEqualTo(404);

        var bulk = call(
                "POST",
                "/api/v1/approvals/decisions",
                "secretariat.demo",
                "{\"ids\":[" + id + "],\"outcome\":\"APPROVED\"}");
        assertThat(bulk.statusCode()).isEqualTo(200);
        JsonNode outcome = JSON.readTree(bulk.body()).get(0);
        assertThat(outcome.path("decided").asBoolean()).isFalse();
        assertThat(outcome.path("problem").asText()).contains("Minji Park");
    }

    /**
     * Issue 13: a plugin handler's exception text (written for developers: it may name tables, paths or
     * values) reached the problem detail of a decision and the bulk outcome. Now it stays in the log.
     */
    @Test
    void aFailingHandlersExceptionMessageNeverReachesTheCaller() throws Exception {
        var submitter = new SignedInUser(
                "h1",
                "Nguyen Thi Lan",
                "h1@example.org",
                Set.of(Role.MEMBER_CITY),
                OrganisationKey.of("vn-hanoi"),
                Locale.ENGLISH);
        long one = inbox.submit(
                "approvals-fixture",
                submitter,
                new ApprovalRequest(
                        "approvals-fixture.thing", OrganisationKey.of("vn-hanoi"), "Failing", Map.of(), "fail-api"));
        long other = inbox.submit(
                "approvals-fixture",
                submitter,
                new ApprovalRequest(
                        "approvals-fixture.thing",
                        OrganisationKey.of("vn-hanoi"),
                        "Failing",
                        Map.of(),
                        "fail-bulk-api"));

        var decided = call(
                "POST", "/api/v1/approvals/" + one + "/decision", "secretariat.demo", "{\"outcome\":\"APPROVED\"}");
        assertThat(decided.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(decided.body()).path("detail").asText())
                .contains("approvals-fixture")
                .doesNotContain("is locked", "IllegalStateException", "fail-api");

        var bulk = call(
                "POST",
                "/api/v1/approvals/decisions",
                "secretariat.demo",
                "{\"ids\":[" + other + "],\"outcome\":\"APPROVED\"}");
        assertThat(bulk.statusCode()).isEqualTo(200);
        assertThat(bulk.body()).doesNotContain("is locked", "IllegalStateException");
    }

    private java.util.List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var ids = new java.util.ArrayList<Long>();
        JSON.readTree(response.body())
                .path("items")
                .forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private HttpResponse<String> call(String method, String path, String username, @Nullable String body)
            throws Exception {
        DemoUser user = DemoUser.named(username);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.forUser(user.username(), user.password()))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
