package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.DemoUser;

/**
 * The open web (issue 13 §7), on the live platform over real HTTP: public pages are rate-limited per
 * client address, which comes from a trusted proxy's {@code X-Forwarded-For} and from nobody else's;
 * the security headers and cookie flags; anonymous sessions that live minutes, not an hour.
 *
 * <p>The platform trusts only {@code 127.0.0.1} as a proxy here; requests from {@code 127.0.0.2} (a
 * loopback address too, bound as the client's source) are an untrusted peer.
 */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicWebIT {

    private static final int LIMIT = 5;

    /** A public endpoint that needs no plugin: the page shown when a sign-in came back failed. */
    private static final String PUBLIC_PAGE = "/" + SignInProblemPages.FAILED;

    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, PublicWebIT.class);
        registry.add("wego.web.public-requests-per-minute", () -> LIMIT);
        registry.add("wego.web.anonymous-session-timeout", () -> "90s");
        registry.add("wego.web.hsts-max-age", () -> "180d");
        registry.add("server.tomcat.remoteip.internal-proxies", () -> "127[.]0[.]0[.]1");
    }

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @org.springframework.beans.factory.annotation.Value("${server.servlet.session.timeout}")
    java.time.Duration ordinaryTimeout;

    private final HttpClient fromProxy = peer("127.0.0.1");
    private final HttpClient fromUntrustedPeer = peer("127.0.0.2");

    /** A client connecting from the given loopback address. */
    private static HttpClient peer(String address) {
        try {
            return HttpClient.newBuilder()
                    .localAddress(InetAddress.getByName(address))
                    .build();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client address of its own for each use, as the trusted proxy reports it: a bucket of its own. */
    private static String newClient() {
        return "203.0.113." + CLIENTS.incrementAndGet();
    }

    @Test
    void oneAddressOverTheLimitGets429WhileAnotherBehindTheTrustedProxyIsStillServed() throws Exception {
        String client = newClient();
        for (int i = 0; i < LIMIT; i++) {
            assertThat(get(fromProxy, PUBLIC_PAGE, client, "text/html", "en").statusCode())
                    .isEqualTo(200);
        }
        var html = get(fromProxy, PUBLIC_PAGE, client, "text/html", "ko");
        assertThat(html.statusCode()).isEqualTo(429);
        assertThat(html.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(html.body()).contains("요청이 너무 많습니다");
        var problem = get(fromProxy, PUBLIC_PAGE, client, "application/json", "en");
        assertThat(problem.statusCode()).isEqualTo(429);
        assertThat(problem.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.body()).contains("\"status\":429", "Too many requests");

        assertThat(get(fromProxy, PUBLIC_PAGE, newClient(), "text/html", "en").statusCode())
                .as("another client behind the same proxy has a bucket of its own")
                .isEqualTo(200);
    }

    @Test
    void anUntrustedPeerCannotMoveItsBucketWithAForgedForwardedFor() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            assertThat(get(fromUntrustedPeer, PUBLIC_PAGE, newClient(), "text/html", "en")
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(get(fromUntrustedPeer, PUBLIC_PAGE, newClient(), "text/html", "en")
                        .statusCode())
                .as("a new X-Forwarded-For from a peer that is not the trusted proxy changes nothing")
                .isEqualTo(429);
        assertThat(get(fromUntrustedPeer, PUBLIC_PAGE, null, "text/html", "en").statusCode())
                .isEqualTo(429);
    }

    @Test
    void screensAndApiSendAContentSecurityPolicyAndHstsOnlyOverHttps() throws Exception {
        var page = get(fromProxy, PUBLIC_PAGE, newClient(), "text/html", "en");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "base-uri 'self'")
                        .doesNotContain("*"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .as("plain HTTP: no HSTS")
                .isEmpty();

        var overHttps = send(
                fromProxy,
                request(PUBLIC_PAGE, newClient(), "text/html", "en")
                        .header("X-Forwarded-Proto", "https")
                        .build());
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=" + 180 * 24 * 3600);
        var forgedHttps = send(
                peer("127.0.0.3"),
                request(PUBLIC_PAGE, null, "text/html", "en")
                        .header("X-Forwarded-Proto", "https")
                        .build());
        assertThat(forgedHttps.headers().firstValue("Strict-Transport-Security"))
                .as("only the trusted proxy says what the scheme was")
                .isEmpty();

        var api = get(fromProxy, "/api/v1/organisations", newClient(), "application/json", "en");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'none'"));
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureWhenServedOverHttps() throws Exception {
        var plain = get(fromProxy, "/", newClient(), "text/html", "en");
        String cookie = sessionCookie(plain);
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        var https = send(
                fromProxy,
                request("/", newClient(), "text/html", "en")
                        .header("X-Forwarded-Proto", "https")
                        .build());
        assertThat(sessionCookie(https)).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    /**
     * Issue 13: 1,000 anonymous page requests kept a session (and a UI) each for 60 minutes. An
     * anonymous visit's session now lives the short timeout; signing in gives the ordinary one.
     */
    @Test
    void anAnonymousVisitsSessionLivesMinutesAndSigningInGivesTheOrdinaryTimeout() throws Exception {
        var visit = get(fromProxy, "/", newClient(), "text/html", "en");
        String id = sessionCookie(visit).split(";")[0].split("=")[1];
        Session anonymous = manager().findSession(id);
        assertThat(anonymous).as("the anonymous visit's session").isNotNull();
        assertThat(anonymous.getMaxInactiveInterval()).isEqualTo(90);

        DemoUser user = DemoUser.named("hanoi.demo");
        var signedIn = BrowserlessSignIn.newSession()
                .open(URI.create("http://localhost:" + port + "/"), user.username(), user.password());
        assertThat(signedIn.status()).isEqualTo(200);
        List<Session> signedInSessions = Arrays.stream(manager().findSessions())
                .filter(s ->
                        s.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                != null)
                .toList();
        assertThat(signedInSessions).isNotEmpty();
        assertThat(signedInSessions)
                .allSatisfy(s -> assertThat(s.getMaxInactiveInterval()).isEqualTo((int) ordinaryTimeout.toSeconds()));
        assertThat(
                        AnonymousSessions.needsOrdinaryTimeout(
                                "org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository.AUTHORIZATION_REQUEST"))
                .as("Spring Security's attribute name of the authorisation request during sign-in")
                .isTrue();
    }

    private Manager manager() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        return ((Context) tomcat.getHost().findChildren()[0]).getManager();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private HttpResponse<String> get(
            HttpClient client, String path, @Nullable String forwardedFor, String accept, String language)
            throws Exception {
        return send(client, request(path, forwardedFor, accept, language).build());
    }

    private HttpRequest.Builder request(String path, @Nullable String forwardedFor, String accept, String language) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept)
                .header("Accept-Language", language);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
