package org.wego.teststack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Signs in to the platform the way a browser does, without one: follows the redirect to
 * Keycloak's real login page, submits its form and follows the redirects back. What the platform
 * then serves to that session is what a user with those credentials would get.
 */
public final class BrowserlessSignIn {

    private static final Pattern LOGIN_FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
    /** The authorisation code in a redirect back to a client. */
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private static final Pattern ANY_FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
    private static final int MAX_REDIRECTS = 12;

    private final HttpClient client;
    private @Nullable String stopAt;

    private BrowserlessSignIn() {
        this.client = HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A new session with no cookies, like a fresh browser profile. */
    public static BrowserlessSignIn newSession() {
        return new BrowserlessSignIn();
    }

    /**
     * Stops following redirects at addresses starting with this prefix (a client's redirect URI, which
     * nothing answers): the page returned is then the redirect itself, its {@code Location} holding the code.
     */
    public BrowserlessSignIn stoppingAt(String redirectUriPrefix) {
        this.stopAt = redirectUriPrefix;
        return this;
    }

    /**
     * Opens the realm's authorisation endpoint for a client, as a browser sent there by that client
     * would, and returns the page Keycloak shows (its login form).
     */
    public Page authorize(String issuer, String clientId, String redirectUri) {
        stoppingAt(redirectUri);
        return get(URI.create(issuer + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id="
                + encode(clientId) + "&redirect_uri=" + encode(redirectUri)));
    }

    /**
     * Submits the form with this {@code id} on the page: its hidden fields as the page holds them, plus
     * the given fields (which win).
     */
    public Page submitForm(Page page, String formId, Map<String, String> fields) {
        Matcher form = Pattern.compile(
                        "<form[^>]*id=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("No form " + formId + " on " + page.uri() + ":\n" + page.body());
        }
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("Form " + formId + " has no action on " + page.uri());
        }
        Map<String, String> values = new java.util.LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>", Pattern.DOTALL)
                .matcher(form.group(1));
        while (hidden.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find()) {
                values.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
            }
        }
        values.putAll(fields);
        return submitForm(page.uri().resolve(unescape(action.group(1))), values);
    }

    /**
     * Opens the page and, when sent to Keycloak's login page, signs in there.
     *
     * @return the last response after all redirects, e.g. the page itself or an error page
     */
    public Page open(URI page, String username, String password) {
        Page loginPage = get(page);
        if (!loginPage.body().contains("kc-form-login")) {
            return loginPage;
        }
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("No login form on " + loginPage.uri());
        }
        return submitForm(
                loginPage.uri().resolve(unescape(action.group(1))),
                Map.of("username", username, "password", password, "credentialId", ""));
    }

    /**
     * Runs an authorisation-code sign-in against the realm directly, as a client application would,
     * and returns the code Keycloak sends to the redirect URI (which is never contacted).
     */
    public String authorizationCode(
            String issuer, String clientId, String redirectUri, String username, String password) {
        Page loginPage = authorize(issuer, clientId, redirectUri);
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("No login form at " + loginPage.uri());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=";
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(loginPage.uri().resolve(unescape(action.group(1))))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        String location = response.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        if (!location.startsWith(redirectUri) || !code.find()) {
            throw new IllegalStateException("Sign-in of " + username + " gave no code: " + response.statusCode());
        }
        return code.group(1);
    }

    /** Follows redirects from the given address, keeping cookies, and returns the last response. */
    public Page get(URI uri) {
        return follow(HttpRequest.newBuilder(uri).GET().build());
    }

    /**
     * One request with this session's cookies, no redirect followed: tells a page served to the session
     * (200) from a session sent to sign in again (a redirect), which following the redirects would hide
     * when Keycloak's own session signs the browser straight back in.
     */
    public Page fetch(URI uri) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).GET().build());
        return new Page(response.uri(), response.statusCode(), response.body(), response.headers());
    }

    /** Submits the first form on a page with the given fields, as a browser does. */
    public Page submitFirstForm(Page page, Map<String, String> fields) {
        Matcher action = ANY_FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("No form on " + page.uri());
        }
        return submitForm(page.uri().resolve(unescape(action.group(1))), fields);
    }

    private Page submitForm(URI action, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private Page follow(HttpRequest first) {
        HttpRequest request = first;
        for (int i = 0; i < MAX_REDIRECTS; i++) {
            HttpResponse<String> response = send(request);
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3
                    || location.isEmpty()
                    || (stopAt != null && location.get().startsWith(stopAt))) {
                return new Page(response.uri(), response.statusCode(), response.body(), response.headers());
            }
            request = HttpRequest.newBuilder(response.uri().resolve(location.get()))
                    .GET()
                    .build();
        }
        throw new IllegalStateException("More than " + MAX_REDIRECTS + " redirects from " + first.uri());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#x3D;", "=").replace("&quot;", "\"");
    }

    /**
     * One response as the browser would finally show it.
     *
     * @param uri where it came from
     * @param status its HTTP status
     * @param body its text
     * @param headers its headers
     */
    public record Page(URI uri, int status, String body, java.net.http.HttpHeaders headers) {

        /** The first value of a header, or empty. */
        public java.util.Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The authorisation code of a redirect back to the client, if this is one. */
        public java.util.Optional<String> authorizationCode() {
            Matcher code = CODE.matcher(header("Location").orElse(""));
            return code.find() ? java.util.Optional.of(code.group(1)) : java.util.Optional.empty();
        }

        /** Whether this is Keycloak's login form (e.g. after a wrong password). */
        public boolean isKeycloakLoginForm() {
            return body.contains("kc-form-login");
        }
    }
}
