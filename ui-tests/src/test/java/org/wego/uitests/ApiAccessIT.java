package org.wego.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.wego.platform.api.ApiAccessRule;
import org.wego.platform.security.PublicEndpoint;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.teststack.AccessTokens;
import org.wego.teststack.DemoUser;
import org.wego.teststack.TestStack;

/**
 * Deny by default on the live API: every endpoint Spring has mapped under {@code /api} (the
 * platform's and any plugin's), every HTTP method, is called by an anonymous caller, a person of
 * each role, a person of another organisation and the integration client, with its path variables
 * filled with an organisation of the caller's own and a foreign one, and must answer exactly as its
 * {@link ApiAccess} declares: anonymous callers get 401 except on an endpoint declared public, which
 * must lie where the public rate limit counts it (the 429 itself: {@code PublicPluginEndpointIT}),
 * clients get in by the scopes declared. An endpoint without a declaration fails the test (and is closed at
 * runtime); a path variable without a sample fails it until one is added here.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessIT {

    /** An organisation none of the demo users belongs to, outside every demo regional office's region. */
    static final OrganisationKey FOREIGN = OrganisationKey.of("kr-seoul");

    private RunningPlatform platform;

    private java.util.Collection<RequestMappingInfoHandlerMapping> mappings;

    private OrganisationDirectory directory;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Caller> callers = new ArrayList<>();

    /**
     * Who calls: a token (none for anonymous), the platform user it stands for, or a client's scopes.
     * The organisation is whose records count as the caller's own.
     */
    record Caller(
            String name,
            @Nullable String token,
            @Nullable SignedInUser user,
            Set<String> clientScopes,
            OrganisationKey organisation) {}

    /** Samples for path variables, by name: given the organisation a call is about, the value to put in. */
    private final Map<String, Function<Organisation, String>> samples = Map.of(
            "organisationKey", organisation -> organisation.key().value(),
            "organisationId", organisation -> Long.toString(organisation.id()),
            // Decisions are refused for their empty body before the request is looked up.
            "requestId", organisation -> "1",
            // An open training programme, which every role may see (and nominate for, in its scope).
            "programmeId", organisation -> Long.toString(openProgramme()),
            // The events plugin's /api/v1/events/{id}: a seeded event, which every role may read.
            "id", organisation -> Long.toString(seededEvent()),
            // The agreements plugin's public .ics feed, /api/v1/agreements/calendar/{token}: a live token.
            "token", organisation -> feedToken());

    @BeforeAll
    void tokensForEveryKindOfCaller(RunningPlatform platform) {
        this.platform = platform;
        this.mappings = platform.beans(RequestMappingInfoHandlerMapping.class);
        this.directory = platform.bean(OrganisationDirectory.class);
        var tokens = new AccessTokens(TestStack.current());
        callers.add(new Caller("anonymous", null, null, Set.of(), OrganisationKey.of("vn-hanoi")));
        for (DemoUser demo : DemoUser.all()) {
            var user = new SignedInUser(
                    demo.username(),
                    demo.username(),
                    demo.displayName(),
                    "",
                    Set.of(Role.fromClaimValue(demo.role()).orElseThrow()),
                    OrganisationKey.of(demo.organisation()),
                    Locale.ENGLISH);
            callers.add(new Caller(
                    demo.username() + " (" + demo.role() + ", " + demo.organisation() + ")",
                    tokens.forUser(demo.username(), demo.password()),
                    user,
                    Set.of(),
                    user.organisation()));
        }
        callers.add(new Caller(
                AccessTokens.INTEGRATION_CLIENT,
                tokens.forIntegrationClient(),
                null,
                Set.of(ApiAccess.DIRECTORY_READ),
                OrganisationKey.of("vn-hanoi")));
        assertThat(callers.stream().map(c -> c.user() == null ? null : c.user().roles()))
                .as("a person of every role")
                .contains(Set.of(Role.SECRETARIAT), Set.of(Role.REGIONAL_OFFICE), Set.of(Role.MEMBER_CITY));
        assertThat(callers.stream()
                        .filter(c -> c.user() != null && c.user().hasRole(Role.MEMBER_CITY))
                        .map(Caller::organisation)
                        .distinct())
                .as("member-city people of two organisations, each foreign to the other")
                .hasSizeGreaterThan(1);
    }

    @Test
    void everyApiEndpointAnswersEveryCallerAsItsDeclarationSays() throws Exception {
        var softly = new SoftAssertions();
        List<String> checked = new ArrayList<>();
        for (var mapping : mappings) {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                ApiAccess access = ApiAccessRule.of(entry.getValue());
                for (String pattern : entry.getKey().getPatternValues()) {
                    if (!pattern.startsWith("/api/")) {
                        continue;
                    }
                    softly.assertThat(access)
                            .as("@ApiAccess on " + pattern + " (" + entry.getValue() + ")")
                            .isNotNull();
                    Set<RequestMethod> verbs =
                            entry.getKey().getMethodsCondition().getMethods();
                    for (RequestMethod verb : verbs.isEmpty() ? Set.of(RequestMethod.GET) : verbs) {
                        checked.add(verb + " " + pattern);
                        check(softly, verb, pattern, access);
                    }
                }
            }
        }
        softly.assertAll();
        assertThat(checked)
                .as("the API endpoints found")
                .contains(
                        "GET /api/v1/organisations",
                        "GET /api/v1/organisations/{organisationId}",
                        "GET /api/v1/organisations/by-key/{organisationKey}",
                        "GET /api/v1/organisations/by-key/{organisationKey}/contacts",
                        "GET /api/v1/audit",
                        "GET /api/v1/approvals",
                        "POST /api/v1/approvals/{requestId}/decision",
                        "POST /api/v1/approvals/decisions",
                        "GET /api/v1/notices",
                        "GET /api/v1/members",
                        "GET /api/v1/members/{organisationId}",
                        "GET /api/v1/members/statistics",
                        "GET /api/v1/training/programmes",
                        "GET /api/v1/training/programmes/{programmeId}",
                        "GET /api/v1/training/programmes/{programmeId}/nominations",
                        "POST /api/v1/training/programmes/{programmeId}/nominations");
    }

    /**
     * The applicant policy (issue 13): an applicant is the secretariat's only. Every GET endpoint that
     * takes an organisation, asked about an applicant by a caller its declaration admits, answers the
     * secretariat and 404 to everyone else (as an unknown organisation); asking a directory for
     * applicants by status is refused (403) to everyone but the secretariat.
     */
    @Test
    void applicantsAreTheSecretariatsOnlyOnEveryEndpoint() throws Exception {
        long id = Applicants.sample(platform);
        var softly = new SoftAssertions();
        List<String> checked = new ArrayList<>();
        for (var mapping : mappings) {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                ApiAccess access = ApiAccessRule.of(entry.getValue());
                Set<RequestMethod> verbs = entry.getKey().getMethodsCondition().getMethods();
                if (!verbs.isEmpty() && !verbs.contains(RequestMethod.GET)) {
                    continue;
                }
                for (String pattern : entry.getKey().getPatternValues()) {
                    if (!pattern.startsWith("/api/")
                            || !(pattern.contains("{organisationKey}") || pattern.contains("{organisationId}"))) {
                        continue;
                    }
                    String path = pattern.replace("{organisationKey}", Applicants.KEY)
                            .replace("{organisationId}", Long.toString(id));
                    checked.add(path);
                    for (Caller caller : callers) {
                        if (caller.token() == null
                                || !ApiAccessRule.permits(access, caller.user(), caller.clientScopes())) {
                            continue; // 401/403 as declared: the other test checks those
                        }
                        var response = call(RequestMethod.GET, path, caller.token());
                        String what = caller.name() + " GET " + path + " → " + response.statusCode();
                        boolean secretariat =
                                caller.user() != null && caller.user().hasRole(Role.SECRETARIAT);
                        softly.assertThat(response.statusCode()).as(what).isEqualTo(secretariat ? 200 : 404);
                        if (!secretariat) {
                            softly.assertThat(response.body()).as(what).doesNotContain("Applicant Sample");
                        }
                    }
                }
            }
        }
        for (String list : List.of("/api/v1/organisations?status=APPLICANT", "/api/v1/members?status=APPLICANT")) {
            for (Caller caller : callers) {
                if (caller.token() == null) {
                    continue;
                }
                var response = call(RequestMethod.GET, list, caller.token());
                String what = caller.name() + " GET " + list + " → " + response.statusCode();
                boolean secretariat = caller.user() != null && caller.user().hasRole(Role.SECRETARIAT);
                softly.assertThat(response.statusCode()).as(what).isEqualTo(secretariat ? 200 : 403);
                if (!secretariat) {
                    softly.assertThat(response.body()).as(what).doesNotContain(Applicants.KEY);
                }
            }
        }
        softly.assertAll();
        assertThat(checked)
                .as("the endpoints about one organisation")
                .contains(
                        "/api/v1/organisations/" + id,
                        "/api/v1/organisations/by-key/" + Applicants.KEY,
                        "/api/v1/members/" + id);
    }

    private void check(SoftAssertions softly, RequestMethod verb, String pattern, @Nullable ApiAccess access)
            throws Exception {
        if (ApiAccessRule.isPublic(access)) {
            softly.assertThat(PublicEndpoint.NOT_RATE_LIMITED)
                    .as("public " + pattern + " lies under no path the public rate limit leaves out")
                    .noneMatch(pattern::startsWith);
        }
        for (Caller caller : callers) {
            boolean hasVariables = pattern.contains("{");
            for (boolean own : hasVariables ? List.of(true, false) : List.of(true)) {
                Organisation about =
                        directory.byKey(own ? caller.organisation() : FOREIGN).orElseThrow();
                String path = fill(softly, pattern, about);
                if (path == null) {
                    return;
                }
                HttpResponse<String> response = call(verb, path, caller.token());
                String what = caller.name() + " " + verb + " " + path + " → " + response.statusCode() + " "
                        + abbreviated(response.body());
                int status = response.statusCode();
                if (caller.token() == null && !ApiAccessRule.isPublic(access)) {
                    softly.assertThat(status).as(what).isEqualTo(401);
                } else if (!ApiAccessRule.permits(access, caller.user(), caller.clientScopes())) {
                    softly.assertThat(status).as(what).isEqualTo(403);
                } else if (access != null
                        && access.organisations() == ApiAccess.Organisations.CALLER_SCOPE
                        && !directory.isInScopeOf(caller.user(), about)) {
                    softly.assertThat(status).as(what).isIn(403, 404);
                } else if (access != null
                        && access.organisations() == ApiAccess.Organisations.MEMBERS
                        && hasVariables
                        && !about.type().isMemberType()) {
                    softly.assertThat(status).as(what).isEqualTo(404);
                } else if (verb == RequestMethod.GET) {
                    softly.assertThat(status).as(what).isEqualTo(200);
                } else {
                    softly.assertThat(status).as(what).isNotIn(401, 403, 404, 405);
                }
                if (status >= 400) {
                    softly.assertThat(response.headers().firstValue("Content-Type"))
                            .as("problem details: " + what)
                            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                    softly.assertThat(response.body())
                            .as("a refusal reveals no data: " + what)
                            .doesNotContain("nameEn", "entityId");
                }
            }
        }
    }

    private @Nullable Long openProgramme;

    /**
     * An open training programme for the {programmeId} samples, written once straight into the
     * training plugin's table (the browser tests have no plugin services at hand).
     */
    private synchronized long openProgramme() {
        if (openProgramme == null) {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            java.time.LocalDate start = java.time.LocalDate.now().plusMonths(2);
            org.springframework.jdbc.core.simple.JdbcClient.create(platform.bean(javax.sql.DataSource.class))
                    .sql("""
                            INSERT INTO training_programme (title_en, title_ko, partner_key, mode, venue, language,
                                start_date, end_date, deadline, capacity, quota, status, waitlist_seq, updated_by,
                                updated_at, version)
                            VALUES ('API access sample', 'API 접근 시험', 'kr-seoul', 'ONLINE', 'https://learn.example.org',
                                'en', :start, :end, :deadline, 20, 2, 'OPEN', 0, 'ApiAccessIT', NOW(6), 1)""")
                    .param("start", start)
                    .param("end", start.plusDays(4))
                    .param("deadline", start.minusDays(14))
                    .update(keys, "id");
            openProgramme = keys.getKeyAs(Number.class).longValue();
        }
        return openProgramme;
    }

    /** The secret of the feed token {@link #feedToken} stores (its SHA-256 only, as the plugin does). */
    private static final String FEED_TOKEN = "ApiAccessIT-feed-token-0123456789abcdefghij";

    private boolean feedTokenStored;

    /**
     * A live token of the agreements' calendar feed, written once straight into the plugin's table as the
     * plugin stores it (a secretariat user makes one on the due view).
     */
    private synchronized String feedToken() {
        if (!feedTokenStored) {
            String hash;
            try {
                hash = java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(FEED_TOKEN.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            org.springframework.jdbc.core.simple.JdbcClient.create(platform.bean(javax.sql.DataSource.class))
                    .sql("""
                            INSERT INTO agreements_feed_token (user_id, user_name, token_hash, language, created_at)
                            VALUES ('api-access-it', 'ApiAccessIT', :hash, 'en', NOW(6))""")
                    .param("hash", hash)
                    .update();
            feedTokenStored = true;
        }
        return FEED_TOKEN;
    }

    /** The first event the events plugin seeded (the overview's named events), read from its table. */
    private long seededEvent() {
        return org.springframework.jdbc.core.simple.JdbcClient.create(platform.bean(javax.sql.DataSource.class))
                .sql("SELECT MIN(id) FROM events_event WHERE source IS NOT NULL")
                .query(Long.class)
                .single();
    }

    private @Nullable Long sharedAgreement;

    /**
     * The agreements plugin's {id} (the events plugin's {id} is an event): a signed MOU with Hanoi and Nairobi,
     * which every demo user may read (the two members as parties, Chengdu's office as Hanoi's), written once
     * straight into the plugin's tables.
     */
    private synchronized long sharedAgreement() {
        if (sharedAgreement == null) {
            var jdbc =
                    org.springframework.jdbc.core.simple.JdbcClient.create(platform.bean(javax.sql.DataSource.class));
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO agreements_agreement (kind, title_en, title_ko, signed_year, signed_date,
                                stage, created_by, created_at, updated_by, updated_at)
                            VALUES ('MOU', 'API access sample', 'API 접근 시험', 2024, '2024-03-01', 'SIGNED',
                                'ApiAccessIT', NOW(6), 'ApiAccessIT', NOW(6))""").update(keys, "id");
            sharedAgreement = keys.getKeyAs(Number.class).longValue();
            List<String> parties = List.of("vn-hanoi", "ke-nairobi");
            for (int i = 0; i < parties.size(); i++) {
                jdbc.sql("""
                                INSERT INTO agreements_party (agreement_id, organisation_key, position)
                                VALUES (:id, :key, :position)""")
                        .param("id", sharedAgreement)
                        .param("key", parties.get(i))
                        .param("position", i)
                        .update();
            }
        }
        return sharedAgreement;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    private @Nullable String fill(SoftAssertions softly, String pattern, Organisation about) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            var sample = pattern.startsWith("/api/v1/agreements/")
                            && variable.group(1).equals("id")
                    ? (Function<Organisation, String>) organisation -> Long.toString(sharedAgreement())
                    : samples.get(variable.group(1));
            softly.assertThat(sample)
                    .as("a sample for {" + variable.group(1) + "} of " + pattern + " in ApiAccessIT.samples")
                    .isNotNull();
            if (sample == null) {
                return null;
            }
            variable.appendReplacement(path, Matcher.quoteReplacement(sample.apply(about)));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private HttpResponse<String> call(RequestMethod verb, String path, @Nullable String token) throws Exception {
        var request = HttpRequest.newBuilder(platform.baseUrl().resolve(path.substring(1)))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(
                        verb.name(),
                        verb == RequestMethod.GET
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
