package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.teststack.AccessTokens;
import org.wego.teststack.DemoUser;
import org.wego.teststack.TestStack;

/**
 * A plugin's REST endpoints beyond roles (issue 14, §2): one declared public answers anonymous callers
 * under the platform's rate limit of public requests, one declaring a client scope answers the
 * integration client holding that scope, and neither opens anything else. Real HTTP, real tokens, the
 * limit set low; each test its own client address, as the trusted proxy (127.0.0.1) reports it.
 */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPluginEndpointIT {

    private static final int LIMIT = 4;
    private static final Path PLUGINS = temporaryFolder();
    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, PublicPluginEndpointIT.class);
        FixturePlugins.complete("ticker", "1.0.0", PLUGINS);
        registry.add("wego.plugins.dir", PLUGINS::toString);
        registry.add("wego.web.public-requests-per-minute", () -> LIMIT);
        registry.add("server.tomcat.remoteip.internal-proxies", () -> "127[.]0[.]0[.]1");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final AccessTokens tokens = new AccessTokens(TestStack.current());

    @Test
    void aPublicEndpointAnswersAnonymousCallersUpToTheLimitThen429() throws Exception {
        String client = newClient();
        for (int i = 0; i < LIMIT; i++) {
            var response = get("/api/v1/ticker/version", null, client);
            assertThat(response.statusCode()).as("anonymous call %d", i + 1).isEqualTo(200);
            assertThat(response.body()).contains("\"version\":\"1.0.0\"");
        }
        var refused = get("/api/v1/ticker/version", null, client);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        assertThat(get("/api/v1/ticker/version", null, newClient()).statusCode())
                .as("another address has a bucket of its own")
                .isEqualTo(200);
        DemoUser secretariat = DemoUser.all().stream()
                .filter(user -> user.role().equals("secretariat"))
                .findFirst()
                .orElseThrow();
        assertThat(get("/api/v1/ticker/version", tokens.forUser(secretariat.username(), secretariat.password()), client)
                        .statusCode())
                .as("a caller with a token is not counted against the address")
                .isEqualTo(200);
    }

    @Test
    void anonymousCallsReachNothingButThePublicEndpoint() throws Exception {
        String client = newClient();
        for (String path : new String[] {
            "/api/v1/ticker/ticks", "/api/v1/ticker/directory-size", "/api/v1/ticker/nothing", "/api/v1/organisations"
        }) {
            assertThat(get(path, null, client).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void aPluginEndpointDeclaringAClientScopeAnswersTheIntegrationClientAndNoOtherDoes() throws Exception {
        String integration = tokens.forIntegrationClient();
        assertThat(get("/api/v1/ticker/directory-size", integration, newClient())
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/ticker/ticks", integration, newClient()).statusCode())
                .as("an endpoint of roles only")
                .isEqualTo(403);
        DemoUser member = DemoUser.all().stream()
                .filter(user -> user.role().equals("member-city"))
                .findFirst()
                .orElseThrow();
        assertThat(get(
                                "/api/v1/ticker/directory-size",
                                tokens.forUser(member.username(), member.password()),
                                newClient())
                        .statusCode())
                .as("a scope is for clients; a person needs one of the endpoint's roles")
                .isEqualTo(403);
    }

    private HttpResponse<String> get(String path, @Nullable String token, String client)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", client);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String newClient() {
        return "198.51.100." + CLIENTS.incrementAndGet();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("wego-public-plugins");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
