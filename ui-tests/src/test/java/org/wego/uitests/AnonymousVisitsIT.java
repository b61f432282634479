package org.wego.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: 1,000 anonymous GETs of the certificate check kept a session and a UI each for 60
 * minutes (about 32 MB). A visit by a script that does not run the page keeps its session for the
 * short anonymous timeout only; a real browser on the page answers the call made when it is shown and
 * keeps the ordinary timeout (so a person filling in the application form loses nothing).
 */
@BrowserTest
class AnonymousVisitsIT {

    @Test
    void aScriptsVisitKeepsItsSessionMinutesAndABrowsersVisitTheOrdinaryTimeout(Page page, RunningPlatform platform)
            throws Exception {
        var plain = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(platform.url("verify")))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(200);
        String scripted = sessionId(plain.headers().allValues("Set-Cookie"));
        assertThat(platform.session(scripted).getMaxInactiveInterval())
                .as("the anonymous timeout (WEGO_ANONYMOUS_SESSION_TIMEOUT, 2 minutes by default)")
                .isEqualTo(120);

        page.navigate(platform.url("verify"));
        String browsed = page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow()
                .value;
        // The browser's answer arrives a round trip after the page is shown: wait for it, not for a time.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (platform.session(browsed).getMaxInactiveInterval() <= 120 && System.nanoTime() < deadline) {
            page.waitForTimeout(100);
        }
        assertThat(platform.session(browsed).getMaxInactiveInterval())
                .as("the browser answered: the ordinary timeout")
                .isGreaterThan(120);
    }

    private static String sessionId(java.util.List<String> cookies) {
        return cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length()).split(";")[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + cookies));
    }
}
