package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Permissions;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.teststack.AccessTokens;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.DemoUser;
import org.wego.teststack.TestStack;

/**
 * The plugin runtime on the real stack: plugins in the folder at start (one good, one broken in each
 * forbidden way), then a plugin's whole life while the platform runs.
 */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginRuntimeIT {

    private static final Path PLUGINS = temporaryFolder("plugins");
    private static final Path UPLOADS = temporaryFolder("uploads");

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, PluginRuntimeIT.class);
        FixturePlugins.complete("ticker", "1.0.0", PLUGINS);
        FixturePlugins.throwingOnStart(PLUGINS);
        FixturePlugins.forAnotherApi(PLUGINS);
        FixturePlugins.failingMigration(PLUGINS);
        FixturePlugins.routeWithoutRoles(PLUGINS);
        FixturePlugins.tableWithoutPrefix(PLUGINS);
        FixturePlugins.usingAPlatformClass(PLUGINS);
        FixturePlugins.endpointsBreakingTheContract(PLUGINS);
        registry.add("wego.plugins.dir", PLUGINS::toString);
        registry.add("wego.plugins.job-polling-interval", () -> "300ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    PluginRuntime runtime;

    @Autowired
    NavigationRegistry navigation;

    @Autowired
    Permissions permissions;

    @Autowired
    JdbcClient jdbc;

    private final Map<Role, BrowserlessSignIn> sessions = new java.util.EnumMap<>(Role.class);
    private final Map<Role, String> tokens = new java.util.EnumMap<>(Role.class);
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    @BeforeAll
    void signInOnePersonPerRole() {
        for (DemoUser user : DemoUser.all()) {
            Role role = Role.fromClaimValue(user.role()).orElseThrow();
            sessions.computeIfAbsent(role, r -> {
                var session = BrowserlessSignIn.newSession();
                assertThat(session.open(url(""), user.username(), user.password())
                                .status())
                        .isEqualTo(200);
                return session;
            });
            tokens.computeIfAbsent(
                    Role.fromClaimValue(user.role()).orElseThrow(),
                    r -> new AccessTokens(TestStack.current()).forUser(user.username(), user.password()));
        }
    }

    @Test
    @Order(1)
    void atStartTheGoodPluginRunsAndEachBrokenOneIsRefusedWithItsReason() throws Exception {
        assertThat(runtime.plugin("ticker").orElseThrow().state()).isEqualTo(PluginState.STARTED);

        assertThat(reasonOf("throws-on-start")).contains("the licence server cannot be reached");
        assertThat(reasonOf("future-api"))
                .contains("built for plugin API >=2.0.0 & <3.0.0")
                .contains(org.wego.plugin.api.PluginApiVersion.CURRENT);
        assertThat(reasonOf("broken-migration")).contains("database migration failed");
        assertThat(reasonOf("no-roles"))
                .contains("view 'no-roles/page' declares no role")
                .contains("view 'no-roles/page' has no title");
        assertThat(reasonOf("no-prefix")).contains("touches table 'members'").contains("no_prefix_");
        assertThat(reasonOf("bad-endpoints"))
                .contains("Endpoints.backdoor answers on /admin/backdoor, outside /api/v1/")
                .contains("Endpoints.undeclared declares no @ApiAccess");
        assertThat(api("/admin/backdoor", Role.SECRETARIAT).body()).doesNotContain("open");
        assertThat(api("/api/v1/bad-endpoints/open", Role.SECRETARIAT).statusCode())
                .isEqualTo(404);

        assertThat(tableExists("members"))
                .as("the unprefixed table was never created")
                .isFalse();
        assertThat(navigation.views()).noneMatch(v -> v.owner().equals("no-roles"));
        assertThat(page("no-roles/page", Role.SECRETARIAT).status()).isNotEqualTo(200);
    }

    /** WCAG 2.4.2: the document title of every view, the platform's and the plugin's, in both languages. */
    @Test
    @Order(2)
    void everyRegisteredViewHasATitleInEnglishAndKorean(@Autowired org.wego.platform.i18n.Translations translations) {
        assertThat(navigation.views()).anyMatch(v -> v.owner().equals("ticker"));
        for (var registered : navigation.views()) {
            String key = registered.view().titleKey();
            assertThat(key).as("title key of " + registered.view().path()).isNotNull();
            for (Locale language : org.wego.platform.i18n.Translations.LANGUAGES) {
                assertThat(translations.getTranslation(key, language))
                        .as(key + " of " + registered.owner() + " in " + language)
                        .isNotBlank()
                        .doesNotContain("!" + key + "!");
            }
        }
    }

    @Test
    @Order(2)
    void theGoodPluginsViewIsOpenToItsRolesOnlyAndGetsItsOwnBeans() {
        var secretariat = page("ticker/ticks", Role.SECRETARIAT);
        assertThat(secretariat.status()).isEqualTo(200);
        assertThat(secretariat.body()).contains("ticks counted by version 1.0.0");

        assertThat(page("ticker/ticks", Role.MEMBER_CITY).status()).isEqualTo(403);
        assertThat(page("ticker/ticks", Role.REGIONAL_OFFICE).status()).isEqualTo(403);
        assertThat(BrowserlessSignIn.newSession().get(url("ticker/ticks")).isKeycloakLoginForm())
                .isTrue();
    }

    @Test
    @Order(3)
    void itsMenuEntryIsShownToItsRolesOnlyInTheirLanguage() {
        assertThat(page("", Role.SECRETARIAT).body()).contains("Ticks of ticker");
        assertThat(page("", Role.MEMBER_CITY).body()).doesNotContain("Ticks of ticker");
        assertThat(navigation.menuFor(user(Role.SECRETARIAT)))
                .anyMatch(e -> e.path().equals("ticker/ticks"));
    }

    @Test
    @Order(4)
    void itsPermissionsJobsAndPublicFilesWork() {
        assertThat(permissions.isAllowed(user(Role.SECRETARIAT), "ticker.ticks.reset"))
                .isTrue();
        assertThat(permissions.isAllowed(user(Role.MEMBER_CITY), "ticker.ticks.reset"))
                .isFalse();
        assertThat(permissions.isAllowed(user(Role.SECRETARIAT), "ticker.undeclared.thing"))
                .isFalse();

        await().atMost(Duration.ofSeconds(20)).until(() -> count("ticker_tick") > 0);

        var file = BrowserlessSignIn.newSession().get(url("plugins/ticker/hello.txt"));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("hello from ticker 1.0.0");
        assertThat(BrowserlessSignIn.newSession()
                        .get(url("plugins/ticker/..%2F..%2Fapplication.yaml"))
                        .body())
                .as("no way out of the plugin's public folder")
                .doesNotContain("datasource");
        assertThat(BrowserlessSignIn.newSession()
                        .get(url("plugins/ticker/nothing.txt"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    @Order(4)
    void itsRestEndpointAnswersItsRolesBehindTheTokenChainAndIsInTheOpenApiDocument() throws Exception {
        var secretariat = api("/api/v1/ticker/ticks", Role.SECRETARIAT);
        assertThat(secretariat.statusCode()).isEqualTo(200);
        assertThat(secretariat.body()).contains("\"version\":\"1.0.0\"").contains("\"ticks\":");
        assertThat(api("/api/v1/ticker/ticks", Role.REGIONAL_OFFICE).statusCode())
                .isEqualTo(200);
        var member = api("/api/v1/ticker/ticks", Role.MEMBER_CITY);
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(member.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api("/api/v1/ticker/ticks", null).statusCode()).isEqualTo(401);

        var anonymous = api("/api/v1/ticker/version", null);
        assertThat(anonymous.statusCode())
                .as("an endpoint declared public answers without a token")
                .isEqualTo(200);
        assertThat(anonymous.body()).contains("\"version\":\"1.0.0\"");
        assertThat(api("/api/v1/ticker/version", Role.MEMBER_CITY).statusCode())
                .as("and with one, whatever the role")
                .isEqualTo(200);
        assertThat(api("/api/v1/ticker/unknown", null).statusCode())
                .as("a path no endpoint answers still asks for a token")
                .isEqualTo(401);

        assertThat(api("/v3/api-docs", null).body())
                .as("the plugin's endpoint is documented beside the platform's")
                .contains("/api/v1/ticker/ticks")
                .contains("/api/v1/organisations");
    }

    @Test
    @Order(5)
    void aPluginInstalledAtRuntimeGoesThroughItsWholeLife() throws Exception {
        Path v1 = FixturePlugins.complete("lifecycle", "1.0.0", UPLOADS);

        PluginStatus installed = runtime.install(v1);
        assertThat(installed.state()).isEqualTo(PluginState.STARTED);
        assertThat(installed.apiRange()).isEqualTo(">=1.0.0 & <2.0.0");
        assertThat(installed.migrations()).hasSize(1);
        assertThat(tableExists("lifecycle_tick")).isTrue();
        assertThat(page("lifecycle/ticks", Role.SECRETARIAT).body()).contains("ticks counted by version 1.0.0");
        assertThat(page("lifecycle/ticks", Role.MEMBER_CITY).status()).isEqualTo(403);
        assertThat(runtime.registeredJobs()).contains("lifecycle/tick");
        assertThat(api("/api/v1/lifecycle/ticks", Role.SECRETARIAT).body()).contains("1.0.0");
        assertThatThrownBy(() -> runtime.install(v1)).hasMessageContaining("installed already");

        assertThat(runtime.disable("lifecycle").state()).isEqualTo(PluginState.DISABLED);
        assertThat(page("lifecycle/ticks", Role.SECRETARIAT).status()).isNotEqualTo(200);
        assertThat(navigation.menuFor(user(Role.SECRETARIAT)))
                .noneMatch(e -> e.path().startsWith("lifecycle"));
        assertThat(runtime.registeredJobs()).doesNotContain("lifecycle/tick");
        assertThat(tableExists("lifecycle_tick")).as("disabling keeps the data").isTrue();
        assertThat(api("/api/v1/lifecycle/ticks", Role.SECRETARIAT).statusCode())
                .as("a disabled plugin's endpoint is gone")
                .isEqualTo(404);

        assertThat(runtime.enable("lifecycle").state()).isEqualTo(PluginState.STARTED);
        assertThat(page("lifecycle/ticks", Role.SECRETARIAT).status()).isEqualTo(200);

        Path v2 = FixturePlugins.complete("lifecycle", "2.0.0", UPLOADS);
        PluginStatus upgraded = runtime.upgrade(v2);
        assertThat(upgraded.version()).isEqualTo("2.0.0");
        assertThat(upgraded.migrations())
                .as("the administration lists the new change set after the old one")
                .hasSize(2)
                .startsWith(installed.migrations().getFirst());
        assertThat(tableExists("lifecycle_note"))
                .as("the new version's migration ran")
                .isTrue();
        assertThat(page("lifecycle/ticks", Role.SECRETARIAT).body()).contains("ticks counted by version 2.0.0");
        assertThat(api("/api/v1/lifecycle/ticks", Role.SECRETARIAT).body()).contains("2.0.0");
        assertThatThrownBy(() -> runtime.upgrade(v1)).hasMessageContaining("not newer");

        runtime.uninstall("lifecycle", true);
        assertThat(runtime.plugin("lifecycle")).isEmpty();
        assertThat(count("platform_audit_entry WHERE entity = 'platform.plugin' AND entity_id = 'lifecycle'"))
                .as("install, disable, enable, upgrade and uninstall are audited")
                .isEqualTo(5);
        assertThat(page("lifecycle/ticks", Role.SECRETARIAT).status()).isNotEqualTo(200);
        assertThat(navigation.views()).noneMatch(v -> v.owner().equals("lifecycle"));
        assertThat(runtime.registeredJobs()).noneMatch(id -> id.startsWith("lifecycle/"));
        assertThat(tableExists("lifecycle_tick")).isFalse();
        assertThat(tableExists("lifecycle_changelog")).isFalse();
        assertThat(Files.list(PLUGINS))
                .noneMatch(jar -> jar.getFileName().toString().startsWith("lifecycle"));
    }

    @Autowired
    PluginAdministration administration;

    @Test
    @Order(6)
    void onlyTheSecretariatAdministersPlugins() {
        var jar = FixturePlugins.complete("guarded", "1.0.0", UPLOADS);
        for (Role role : new Role[] {Role.REGIONAL_OFFICE, Role.MEMBER_CITY}) {
            assertThatThrownBy(() -> administration.installOrUpgrade(user(role), jar))
                    .isInstanceOf(org.wego.plugin.api.PermissionDeniedException.class);
            assertThatThrownBy(() -> administration.disable(user(role), "ticker"))
                    .isInstanceOf(org.wego.plugin.api.PermissionDeniedException.class);
            assertThatThrownBy(() -> administration.plugins(user(role)))
                    .isInstanceOf(org.wego.plugin.api.PermissionDeniedException.class);
        }
        assertThat(runtime.plugin("guarded")).isEmpty();
        assertThat(runtime.plugin("ticker").orElseThrow().state()).isEqualTo(PluginState.STARTED);

        assertThat(administration.installOrUpgrade(user(Role.SECRETARIAT), jar).state())
                .isEqualTo(PluginState.STARTED);
        assertThat(administration
                        .installOrUpgrade(user(Role.SECRETARIAT), FixturePlugins.complete("guarded", "1.1.0", UPLOADS))
                        .version())
                .as("a jar of an installed plugin upgrades it")
                .isEqualTo("1.1.0");
        administration.uninstall(user(Role.SECRETARIAT), "guarded", true);
    }

    @Test
    @Order(7)
    void afterUninstallThePluginsClassLoaderIsCollected() {
        runtime.install(FixturePlugins.complete("collectable", "1.0.0", UPLOADS));
        var loader = new WeakReference<>(runtime.loaderOf("collectable").orElseThrow());

        runtime.uninstall("collectable", true);

        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    System.gc();
                    return loader.get() == null;
                });
    }

    private String reasonOf(String id) {
        var status = runtime.plugin(id).orElseThrow(() -> new AssertionError("no plugin " + id));
        assertThat(status.state()).as(id).isEqualTo(PluginState.FAILED);
        return status.reason();
    }

    private BrowserlessSignIn.Page page(String path, Role role) {
        return sessions.get(role).get(url(path));
    }

    /** A call of the REST API with the bearer token of the role's demo user, or none for {@code null}. */
    private java.net.http.HttpResponse<String> api(String path, @org.jspecify.annotations.Nullable Role role)
            throws java.io.IOException, InterruptedException {
        var request =
                java.net.http.HttpRequest.newBuilder(url(path.substring(1))).header("Accept", "application/json");
        if (role != null) {
            request.header("Authorization", "Bearer " + tokens.get(role));
        }
        return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private boolean tableExists(String table) {
        return count("information_schema.tables WHERE table_schema = DATABASE() AND table_name = '" + table + "'") > 0;
    }

    private long count(String from) {
        return jdbc.sql("SELECT COUNT(*) FROM " + from).query(Long.class).single();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private static SignedInUser user(Role role) {
        return new SignedInUser(
                "u", "u", "U", "u@example.org", Set.of(role), OrganisationKey.of("vn-hanoi"), Locale.ENGLISH);
    }

    private static Path temporaryFolder(String name) {
        try {
            return Files.createTempDirectory("wego-" + name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
