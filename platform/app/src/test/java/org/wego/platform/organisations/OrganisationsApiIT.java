package org.wego.platform.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.api.ApiParameters;
import org.wego.teststack.AccessTokens;
import org.wego.teststack.DemoUser;
import org.wego.teststack.TestStack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory and audit endpoints on the live platform with real tokens: filters, paging, scope,
 * bad input refused with translated problem details, the integration client's reach, and the API's
 * OpenAPI description.
 */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(OrganisationsApiIT.Undeclared.class)
class OrganisationsApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, OrganisationsApiIT.class);
    }

    /** An endpoint someone forgot to declare: closed to everybody, however senior. */
    @RestController
    static class Undeclared {
        @GetMapping("/api/v1/test-undeclared")
        String secret() {
            return "secret";
        }
    }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();
    private String secretariat = "";
    private String hanoi = "";
    private String integration = "";

    @BeforeAll
    void tokens() {
        var tokens = new AccessTokens(TestStack.current());
        var officer = DemoUser.named("secretariat.demo");
        var member = DemoUser.named("hanoi.demo");
        secretariat = tokens.forUser(officer.username(), officer.password());
        hanoi = tokens.forUser(member.username(), member.password());
        integration = tokens.forIntegrationClient();
    }

    @Test
    void filtersNarrowTheDirectoryAndPagesAddUp() throws Exception {
        JsonNode asian = json(get("/api/v1/organisations?type=city&continent=ASIA&size=5", secretariat, "en"));
        assertThat(asian.get("items")).hasSize(5);
        assertThat(asian.get("page").asInt()).isZero();
        assertThat(asian.get("size").asInt()).isEqualTo(5);
        assertThat(asian.get("total").asInt()).isGreaterThan(5);
        for (JsonNode item : asian.get("items")) {
            assertThat(item.get("type").asString()).isEqualTo("CITY");
            assertThat(item.get("continent").asString()).isEqualTo("ASIA");
        }
        JsonNode next = json(get("/api/v1/organisations?type=city&continent=ASIA&size=5&page=1", secretariat, "en"));
        assertThat(keys(next)).doesNotContainAnyElementsOf(keys(asian));
        assertThat(next.get("total").asInt()).isEqualTo(asian.get("total").asInt());

        assertThat(keys(json(get("/api/v1/organisations?country=vn&size=100", secretariat, "en"))))
                .contains("vn-hanoi");
        assertThat(keys(json(get("/api/v1/organisations?region=ro-chengdu&size=100", secretariat, "en"))))
                .contains("vn-hanoi")
                .doesNotContain("kr-seoul", "ke-nairobi");
        assertThat(keys(json(get("/api/v1/organisations?text=%ED%95%98%EB%85%B8%EC%9D%B4", secretariat, "en"))))
                .as("Korean name 하노이")
                .containsExactly("vn-hanoi");
        JsonNode members = json(get("/api/v1/organisations?status=member&size=100", secretariat, "en"));
        for (JsonNode item : members.get("items")) {
            assertThat(item.get("status").asString()).isEqualTo("MEMBER");
        }
    }

    @Test
    void oneOrganisationByKeyOrIdAndUnknownOnesAreNotFound() throws Exception {
        JsonNode seoul = json(get("/api/v1/organisations/by-key/kr-seoul", secretariat, "en"));
        assertThat(seoul.get("nameEn").asString()).isEqualTo("Seoul");
        JsonNode byId = json(get("/api/v1/organisations/" + seoul.get("id").asLong(), secretariat, "en"));
        assertThat(byId).isEqualTo(seoul);

        for (String path : List.of(
                "/api/v1/organisations/999999999", "/api/v1/organisations/by-key/xx-nowhere", "/api/v1/nothing-here")) {
            var response = get(path, secretariat, "ko");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(problem(response).get("title").asString()).isEqualTo("찾을 수 없음");
        }
    }

    @Test
    void aMemberCitySeesOtherOrganisationsPublicFieldsOnly() throws Exception {
        var response = get("/api/v1/organisations/by-key/kr-seoul", hanoi, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        Set<String> fields = new HashSet<>(json(response).propertyNames());
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "id",
                        "key",
                        "type",
                        "nameEn",
                        "nameKo",
                        "nameLocal",
                        "country",
                        "continent",
                        "capital",
                        "region",
                        "status",
                        "statusSince",
                        "website");
    }

    @Test
    void contactsArePrivateToTheOrganisationItsRegionalOfficeAndTheSecretariat() throws Exception {
        var chengdu = DemoUser.named("chengdu.demo");
        String regionalOffice = new AccessTokens(TestStack.current()).forUser(chengdu.username(), chengdu.password());

        assertThat(get("/api/v1/organisations/by-key/vn-hanoi/contacts", hanoi, "en")
                        .statusCode())
                .as("own")
                .isEqualTo(200);
        assertThat(get("/api/v1/organisations/by-key/vn-hanoi/contacts", regionalOffice, "en")
                        .statusCode())
                .as("in the regional office's region")
                .isEqualTo(200);
        assertThat(get("/api/v1/organisations/by-key/ke-nairobi/contacts", secretariat, "en")
                        .statusCode())
                .isEqualTo(200);

        var foreign = get("/api/v1/organisations/by-key/ke-nairobi/contacts", hanoi, "en");
        var unknown = get("/api/v1/organisations/by-key/xx-nowhere/contacts", hanoi, "en");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(problem(foreign).get("detail"))
                .as("a foreign organisation looks like none")
                .isEqualTo(problem(unknown).get("detail"));
        assertThat(get("/api/v1/organisations/by-key/kr-seoul/contacts", regionalOffice, "en")
                        .statusCode())
                .as("outside the region")
                .isEqualTo(404);
        assertThat(get("/api/v1/organisations/by-key/vn-hanoi/contacts", integration, "en")
                        .statusCode())
                .as("the integration client reads public fields only")
                .isEqualTo(403);
    }

    @Test
    void badInputIsRefusedWithATranslatedProblemNamingTheParameter() throws Exception {
        String tooLong = "a".repeat(ApiParameters.MAX_TEXT + 1);
        List<List<String>> cases = List.of(
                List.of("/api/v1/organisations?type=village", "type"),
                List.of("/api/v1/organisations?continent=atlantis", "continent"),
                List.of("/api/v1/organisations?status=maybe", "status"),
                List.of("/api/v1/organisations?country=VNM", "country"),
                List.of("/api/v1/organisations?region=Not_A_Key", "region"),
                List.of("/api/v1/organisations?page=-1", "page"),
                List.of("/api/v1/organisations?page=99999999999", "page"),
                List.of("/api/v1/organisations?size=0", "size"),
                List.of("/api/v1/organisations?size=101", "size"),
                List.of("/api/v1/organisations?size=-5", "size"),
                List.of("/api/v1/organisations?size=lots", "size"),
                List.of("/api/v1/organisations?text=" + encode("<script>alert(1)</script>"), "text"),
                List.of("/api/v1/organisations?text=" + encode("<b>Seoul</b>"), "text"),
                List.of("/api/v1/organisations?text=" + encode("' OR '1'='1"), "text"),
                List.of("/api/v1/organisations?text=" + encode("x'; DROP TABLE platform_organisation; --"), "text"),
                List.of("/api/v1/organisations?text=" + encode("seoul -- comment"), "text"),
                List.of("/api/v1/organisations?text=" + tooLong, "text"),
                List.of("/api/v1/organisations?typo=city", "typo"),
                List.of("/api/v1/organisations/abc", "organisationId"),
                List.of("/api/v1/organisations/-1", "organisationId"),
                List.of("/api/v1/organisations/1%20OR%201=1", "organisationId"),
                List.of("/api/v1/organisations/by-key/" + encode("VN_Hanoi"), "organisationKey"),
                List.of("/api/v1/organisations/by-key/" + encode("x' OR 1=1"), "organisationKey"),
                List.of("/api/v1/audit?entity=" + encode("organisation; DELETE"), "entity"),
                List.of("/api/v1/audit?size=1000", "size"));
        var softly = new SoftAssertions();
        for (List<String> c : cases) {
            var english = get(c.get(0), secretariat, "en");
            var korean = get(c.get(0), secretariat, "ko-KR");
            softly.assertThat(english.statusCode())
                    .as(c.get(0) + " " + english.body())
                    .isEqualTo(400);
            softly.assertThat(korean.statusCode()).as(c.get(0)).isEqualTo(400);
            if (english.statusCode() == 400 && korean.statusCode() == 400) {
                JsonNode en = problem(english);
                JsonNode ko = problem(korean);
                softly.assertThat(en.path("parameter").asString()).as(c.get(0)).isEqualTo(c.get(1));
                softly.assertThat(en.get("title").asString()).isEqualTo("Bad request");
                softly.assertThat(ko.get("title").asString()).isEqualTo("잘못된 요청");
                softly.assertThat(en.get("detail").asString())
                        .as(c.get(0))
                        .contains(c.get(1))
                        .doesNotContain("!api.");
                softly.assertThat(ko.get("detail").asString())
                        .as(c.get(0))
                        .containsPattern("[가-힣]")
                        .doesNotContain("!api.");
                softly.assertThat(en.toString()).as("no echo of the input").doesNotContain("<script>");
            }
        }
        softly.assertAll();
    }

    @Test
    void aRequestForAnotherFormatIsRefusedAsAProblemNotAServerError() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organisations"))
                        .header("Accept", "text/html")
                        .header("Authorization", "Bearer " + secretariat)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(406);
    }

    @Test
    void withoutATokenTheApiAnswers401AsAProblemWithoutASessionOrRedirect() throws Exception {
        var response = get("/api/v1/organisations", null, "ko");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(problem(response).get("title").asString()).isEqualTo("로그인하지 않음");

        var forged = get("/api/v1/organisations", "not-a-token", "en");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(problem(forged).get("title").asString()).isEqualTo("Not signed in");

        var withSecret = get("/api/v1/organisations", secretariat, "en");
        assertThat(withSecret.headers().firstValue("Set-Cookie"))
                .as("stateless: no session")
                .isEmpty();
    }

    @Test
    void theIntegrationClientReadsTheDirectoryAndNothingElse() throws Exception {
        var directory = get("/api/v1/organisations?status=member", integration, "en");
        assertThat(directory.statusCode()).isEqualTo(200);
        assertThat(json(directory).get("total").asInt()).isPositive();
        assertThat(get("/api/v1/organisations/by-key/vn-hanoi", integration, "en")
                        .statusCode())
                .isEqualTo(200);

        var audit = get("/api/v1/audit", integration, "en");
        assertThat(audit.statusCode()).isEqualTo(403);
        assertThat(problem(audit).get("title").asString()).isEqualTo("Not allowed");
    }

    /**
     * Issue 13: {@code ?status=APPLICANT} answered every role and the integration client, while the
     * membership plugin shows applicants to the secretariat only. Now one policy: the secretariat's only.
     */
    @Test
    void applicantsAreTheSecretariatsOnlyInListsAndLookups() throws Exception {
        long id = applicant("vn-applicant-api", "Applicant City API");
        var chengdu = DemoUser.named("chengdu.demo");
        String regionalOffice = new AccessTokens(TestStack.current()).forUser(chengdu.username(), chengdu.password());

        assertThat(keys(json(get("/api/v1/organisations?status=APPLICANT&size=100", secretariat, "en"))))
                .contains("vn-applicant-api");
        assertThat(get("/api/v1/organisations/by-key/vn-applicant-api", secretariat, "en")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/organisations/" + id, secretariat, "en").statusCode())
                .isEqualTo(200);

        for (String token : List.of(hanoi, regionalOffice, integration)) {
            var asked = get("/api/v1/organisations?status=APPLICANT", token, "en");
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(403);
            assertThat(asked.body()).doesNotContain("vn-applicant-api");
            assertThat(keys(json(get("/api/v1/organisations?text=applicant%20city%20api&size=100", token, "en"))))
                    .as("left out of every other list")
                    .isEmpty();
            assertThat(json(get("/api/v1/organisations?country=VN&size=100", token, "en"))
                            .get("items")
                            .findValuesAsString("status"))
                    .doesNotContain("APPLICANT");
            for (String path :
                    List.of("/api/v1/organisations/by-key/vn-applicant-api", "/api/v1/organisations/" + id)) {
                var lookup = get(path, token, "en");
                assertThat(lookup.statusCode()).as(path).isEqualTo(404);
                assertThat(lookup.body()).doesNotContain("Applicant City");
            }
        }
    }

    private long applicant(String key, String name) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("""
                        INSERT INTO platform_organisation (org_key, type, name_en, name_ko, country, continent, capital,
                            status, version)
                        VALUES (:key, 'CITY', :name, :name, 'VN', 'ASIA', FALSE, 'APPLICANT', 0)""")
                .param("key", key)
                .param("name", name)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @Test
    void theAuditTrailIsTheSecretariatsOnly() throws Exception {
        var page = get("/api/v1/audit?size=5", secretariat, "en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(json(page).get("size").asInt()).isEqualTo(5);
        assertThat(json(page).has("total")).isTrue();

        var member = get("/api/v1/audit", hanoi, "ko");
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(problem(member).get("title").asString()).isEqualTo("허용되지 않음");
    }

    @Test
    void anEndpointWithoutAnAccessDeclarationIsClosedToEveryone() throws Exception {
        var response = get("/api/v1/test-undeclared", secretariat, "en");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("secret\"").doesNotContain(">secret<");
    }

    @Test
    void theOpenApiDescriptionIsPublicAndListsTheEndpointsWithABearerScheme() throws Exception {
        var docs = get("/v3/api-docs", null, "en");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode openApi = JSON.readTree(docs.body());
        assertThat(openApi.get("paths").propertyNames())
                .contains(
                        "/api/v1/organisations",
                        "/api/v1/organisations/{organisationId}",
                        "/api/v1/organisations/by-key/{organisationKey}",
                        "/api/v1/audit")
                .allSatisfy(path -> assertThat(path).startsWith("/api/"));
        assertThat(openApi.at("/components/securitySchemes/bearer/scheme").asString())
                .isEqualTo("bearer");

        var ui = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui.html"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
        for (String asset : List.of("/swagger-ui/swagger-ui-bundle.js", "/v3/api-docs/swagger-config")) {
            assertThat(get(asset, null, "en").statusCode())
                    .as(asset + " served without signing in, not by Vaadin")
                    .isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String path, @Nullable String token, String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Accept-Language", language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(response.uri() + " " + response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    private static List<String> keys(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("key").asString()).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
