package org.wego.plugin.testkit;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wego.platform.WegoApplication;
import org.wego.platform.plugins.PluginRuntime;
import org.wego.platform.plugins.PluginState;
import org.wego.platform.plugins.PluginStatus;
import org.wego.plugin.api.Role;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.DemoUser;
import org.wego.teststack.DevelopmentKey;
import org.wego.teststack.TestDatabase;
import org.wego.teststack.TestStack;

/**
 * The platform a {@link WegoPluginTest} started, with the plugin under test installed. Pages are
 * fetched over HTTP as a browser would (the first view is rendered into the page response), signed in
 * through the real Keycloak as the demo user of a role.
 */
public final class RunningPlatform implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final URI baseUrl;
    private final String pluginId;
    private final String[] arguments;
    private final Map<Role, BrowserlessSignIn> sessions = new EnumMap<>(Role.class);
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    private RunningPlatform(ConfigurableApplicationContext context, URI baseUrl, String pluginId, String[] arguments) {
        this.context = context;
        this.baseUrl = baseUrl;
        this.pluginId = pluginId;
        this.arguments = arguments;
    }

    /**
     * Boots the platform on the test stack with a fresh schema and the given plugins folder.
     *
     * @param purpose names the schema, e.g. the test class
     */
    public static RunningPlatform start(String purpose, Path pluginsFolder, String pluginId) {
        return boot(bootArguments(purpose, pluginsFolder), pluginId);
    }

    private static RunningPlatform boot(String[] arguments, String pluginId) {
        var context = new SpringApplicationBuilder(WegoApplication.class).run(arguments);
        int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        return new RunningPlatform(context, URI.create("http://localhost:" + port + "/"), pluginId, arguments);
    }

    /**
     * Stops this platform and starts it again on the same database, plugins folder and files, as a node's
     * restart does: to show that nothing a test relies on lived in memory only (e.g. that a reminder queued
     * before a restart is not queued again after it). This platform is closed; the test uses the one returned,
     * on a new port, with the plugin's new context (take its beans and reminders anew), and closes it. Since 1.1.
     */
    public RunningPlatform restarted() {
        context.close();
        return boot(arguments, pluginId);
    }

    /**
     * The command line that points a platform booted in a test's JVM at the test stack: a fresh schema
     * named after the purpose, the stack's Keycloak and mail sink, the given plugins folder, a free
     * port. Command-line arguments, because they outrank application.yaml's {@code WEGO_*} placeholders.
     */
    public static String[] bootArguments(String purpose, Path pluginsFolder) {
        TestStack stack = TestStack.current();
        TestDatabase database = stack.newDatabase(purpose);
        return new String[] {
            "--server.port=0",
            "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.user(),
            "--spring.datasource.password=" + database.password(),
            "--wego.oidc.issuer=" + stack.oidcIssuer(),
            "--wego.oidc.client-id=" + stack.oidcClientId(),
            "--wego.oidc.client-secret=" + stack.oidcClientSecret(),
            "--spring.mail.host=" + stack.smtpHost(),
            "--spring.mail.port=" + stack.smtpPort(),
            "--wego.users.admin-client-id=" + stack.adminClientId(),
            "--wego.users.admin-client-secret=" + stack.adminClientSecret(),
            "--wego.mail.sink.imap-port=" + stack.imapPort(),
            "--wego.mail.sink.account=" + stack.mailSinkAccount(),
            "--wego.mail.send-interval=500ms",
            "--wego.plugins.dir=" + pluginsFolder,
            // The platform runs only signed plugins: the checkout's development key signs the plugins' jars.
            "--wego.plugins.trust-store=" + DevelopmentKey.trustStore(),
            "--wego.plugins.trust-store-password=" + DevelopmentKey.TRUST_STORE_PASSWORD,
            "--wego.files.dir=" + emptyFolder("wego-files-" + purpose),
            "--wego.plugins.job-polling-interval=500ms",
            // Browser and plugin tests make many anonymous requests from one address; the platform's
            // RateLimitIT tests the limit itself.
            "--wego.web.public-requests-per-minute=0"
        };
    }

    private static Path emptyFolder(String prefix) {
        try {
            return java.nio.file.Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address of a path on the platform, e.g. {@code url("notice-board")}. */
    public URI url(String path) {
        return baseUrl.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** Whether the plugin under test started. */
    public boolean pluginStarted() {
        return status().map(s -> s.state() == PluginState.STARTED).orElse(false);
    }

    /** Why the plugin under test failed, if it did: assert it is empty to see the reason in the failure. */
    public Optional<String> pluginFailure() {
        return status().filter(s -> s.state() == PluginState.FAILED).map(PluginStatus::reason);
    }

    private Optional<PluginStatus> status() {
        return context.getBean(PluginRuntime.class).plugin(pluginId);
    }

    /**
     * Calls into the plugin under test as a chosen user (its beans, records and enums come from its
     * own class loader); fails if the plugin did not start.
     */
    public PluginCalls calls() {
        var plugin = context.getBean(PluginRuntime.class)
                .contextOf(pluginId)
                .orElseThrow(() -> new IllegalStateException("Plugin " + pluginId + " is not started: "
                        + pluginFailure().orElse("not installed")));
        return new PluginCalls(context, plugin);
    }

    /** The plugin under test's id, e.g. {@code training}. */
    public String pluginId() {
        return pluginId;
    }

    /** The views the plugin under test registered, read from the platform's live navigation registry. */
    java.util.List<org.wego.plugin.api.ui.ViewContribution> pluginViews() {
        return context.getBean(org.wego.platform.navigation.NavigationRegistry.class).views().stream()
                .filter(registered -> registered.owner().equals(pluginId))
                .map(org.wego.platform.navigation.RegisteredView::view)
                .toList();
    }

    /** A text of the platform's or the plugin's bundles in a language, as the platform shows it. */
    String text(String key, java.util.Locale language) {
        return context.getBean(org.wego.platform.i18n.Translations.class).getTranslation(key, language);
    }

    /** A page as the demo user of the role sees it (one signed-in session per role, kept for the class). */
    public BrowserlessSignIn.Page open(String path, Role role) {
        return sessionOf(role).get(url(path));
    }

    /** A page as an anonymous visitor gets it. */
    public BrowserlessSignIn.Page openAnonymously(String path) {
        return BrowserlessSignIn.newSession().get(url(path));
    }

    /**
     * Calls the REST API as the demo user of a role (a bearer token from the real Keycloak), or
     * anonymously for {@code null}: {@code api("GET", "/api/v1/notices", Role.MEMBER_CITY, null)}.
     * Answers in English ({@code Accept-Language: en}).
     *
     * @param body a JSON body for POST/PUT/PATCH, or {@code null}
     */
    public java.net.http.HttpResponse<String> api(
            String method,
            String path,
            @org.jspecify.annotations.Nullable Role role,
            @org.jspecify.annotations.Nullable String body) {
        return api(method, path, role, body, "en");
    }

    /** As {@link #api(String, String, Role, String)}, asking for answers in a language, e.g. {@code ko}. */
    public java.net.http.HttpResponse<String> api(
            String method,
            String path,
            @org.jspecify.annotations.Nullable Role role,
            @org.jspecify.annotations.Nullable String body,
            String language) {
        var request = java.net.http.HttpRequest.newBuilder(url(path))
                .header("Accept", "application/json")
                .header("Accept-Language", language)
                .method(
                        method,
                        body == null
                                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (role != null) {
            request.header("Authorization", "Bearer " + tokenOf(role));
        }
        try {
            return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized String tokenOf(Role role) {
        return tokens.computeIfAbsent(role, r -> {
            DemoUser user = userOf(r);
            return new org.wego.teststack.AccessTokens(TestStack.current()).forUser(user.username(), user.password());
        });
    }

    /** The demo user signed in with a role, e.g. to tell their organisation. */
    public DemoUser userOf(Role role) {
        return DemoUser.all().stream()
                .filter(user -> user.role().equals(role.claimValue()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo user with role " + role));
    }

    private synchronized BrowserlessSignIn sessionOf(Role role) {
        return sessions.computeIfAbsent(role, r -> {
            DemoUser user = userOf(r);
            var session = BrowserlessSignIn.newSession();
            var page = session.open(baseUrl, user.username(), user.password());
            if (page.status() != 200) {
                throw new IllegalStateException("Sign-in of " + user.username() + " answered " + page.status());
            }
            return session;
        });
    }

    @Override
    public void close() {
        context.close();
    }
}
