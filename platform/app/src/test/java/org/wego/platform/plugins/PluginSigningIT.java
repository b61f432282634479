package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.i18n.Translations;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.DemoUser;
import org.wego.teststack.PluginJar;

/**
 * Only plugin jars signed by a key of the trust store run (issue 13, section 5), on the real stack: at
 * start from the plugins folder and when installed or upgraded at runtime, an unsigned jar, a signed
 * jar with a class changed after signing, one with an unsigned class added, one signed by a key the
 * platform does not trust, and ones under a reserved id are refused with their translated reasons;
 * the signed plugin beside them, and the platform, run on untouched.
 */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginSigningIT {

    private static final Path PLUGINS = temporaryFolder("plugins");
    private static final Path UPLOADS = temporaryFolder("uploads");
    private static final Path WORK = temporaryFolder("work");
    private static final KeyStore.PrivateKeyEntry STRANGER = SigningKeys.selfSigned("CN=Someone else, O=Elsewhere");

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, PluginSigningIT.class);
        FixturePlugins.complete("signed", "1.0.0", PLUGINS);
        unsigned("unsigned-jar", PLUGINS);
        classChanged("changed-class", PLUGINS);
        classAdded("added-class", PLUGINS);
        signedByStranger("stranger-key", PLUGINS);
        FixturePlugins.declaring("platform", "").buildIn(PLUGINS);
        FixturePlugins.declaring("admin", "").buildIn(PLUGINS);
        registry.add("wego.plugins.dir", PLUGINS::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    PluginRuntime runtime;

    @Autowired
    NavigationRegistry navigation;

    @Autowired
    Translations translations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMappings;

    private BrowserlessSignIn secretariat;

    @BeforeAll
    void signInAsTheSecretariat() {
        DemoUser user = DemoUser.all().stream()
                .filter(u -> u.role().equals("secretariat"))
                .findFirst()
                .orElseThrow();
        secretariat = BrowserlessSignIn.newSession();
        assertThat(secretariat.open(url(""), user.username(), user.password()).status())
                .isEqualTo(200);
    }

    @Test
    @Order(1)
    void atStartTheSignedPluginRunsAndEveryOtherJarIsRefusedWithItsReason() {
        assertThat(runtime.plugin("signed").orElseThrow().state()).isEqualTo(PluginState.STARTED);
        assertThat(secretariat.get(url("signed/ticks")).body()).contains("ticks counted by version 1.0.0");

        assertRefused("unsigned-jar", "plugins.refused.unsigned");
        assertRefused("changed-class", "plugins.refused.tampered");
        assertRefused("added-class", "plugins.refused.unsigned-entry");
        assertThat(runtime.plugin("added-class").orElseThrow().reasonArguments())
                .contains("fixture/addedclass/Backdoor.class");
        assertRefused("stranger-key", "plugins.refused.untrusted");
        assertThat(runtime.plugin("stranger-key").orElseThrow().reason()).contains("CN=Someone else");
        assertRefused("platform", "plugins.refused.reserved.tables");
        assertRefused("admin", "plugins.refused.reserved.addresses");

        // The folder scan logs each refusal in these words (the screen shows them in the reader's language).
        assertThat(runtime.plugin("unsigned-jar").orElseThrow().reason())
                .startsWith("unsigned-jar-1.0.0.jar is not signed");
        assertThat(runtime.plugin("changed-class").orElseThrow().reason())
                .startsWith("changed-class-1.0.0.jar was changed after it was signed")
                .contains("fixture/changedclass/FixturePlugin.class");
        assertThat(runtime.plugin("platform").orElseThrow().reason())
                .startsWith("The plugin id 'platform' is reserved")
                .contains("platform_");
    }

    @Test
    @Order(2)
    void noRefusedPluginRanAnyCodeAndThePlatformKeptWhatItRegistered() {
        for (String id : List.of("unsigned-jar", "changed-class", "added-class", "stranger-key", "platform", "admin")) {
            assertThat(runtime.loaderOf(id)).as(id + " has no class loader").isEmpty();
        }
        assertThat(navigation.views())
                .as("a refused plugin named 'platform' unregistered nothing of the platform's")
                .anyMatch(v -> v.owner().equals("platform") && v.view().path().equals("admin/plugins"));
        var page = secretariat.get(url("admin/plugins"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Only plugin jars signed by a key this platform trusts");
        assertThat(page.body()).contains("CN=WeGO development key");
    }

    @Test
    @Order(3)
    void everyRefusalReadsInEnglishAndKorean() {
        for (PluginStatus plugin : runtime.plugins()) {
            if (plugin.reasonKey() == null) {
                continue;
            }
            Object[] arguments = plugin.reasonArguments().toArray();
            String english = translations.getTranslation(plugin.reasonKey(), Locale.ENGLISH, arguments);
            String korean = translations.getTranslation(plugin.reasonKey(), Locale.KOREAN, arguments);
            assertThat(english).as(plugin.id()).isEqualTo(plugin.reason()).doesNotStartWith("!");
            assertThat(korean).as(plugin.id()).isNotEqualTo(english).doesNotStartWith("!");
        }
    }

    @Test
    @Order(4)
    void atRuntimeEachKindOfUntrustedJarIsRefusedAndNothingIsCopiedOrRecorded() throws IOException {
        List<Path> before = jarsIn(PLUGINS);
        assertInstallRefused(unsigned("unsigned-upload", UPLOADS), "plugins.refused.unsigned");
        assertInstallRefused(classChanged("changed-upload", UPLOADS), "plugins.refused.tampered");
        assertInstallRefused(classAdded("added-upload", UPLOADS), "plugins.refused.unsigned-entry");
        assertInstallRefused(signedByStranger("stranger-upload", UPLOADS), "plugins.refused.untrusted");
        assertInstallRefused(
                FixturePlugins.declaring("api", "").buildIn(UPLOADS), "plugins.refused.reserved.addresses");
        assertInstallRefused(
                FixturePlugins.declaring("users", "").buildIn(UPLOADS), "plugins.refused.reserved.messages");

        assertThat(jarsIn(PLUGINS))
                .as("no refused jar was copied into the plugins folder")
                .isEqualTo(before);
        assertThat(runtime.plugin("signed").orElseThrow().state()).isEqualTo(PluginState.STARTED);
    }

    @Test
    @Order(5)
    void aSignedPluginInstallsAtRuntime() {
        PluginStatus installed = runtime.install(FixturePlugins.complete("signed-upload", "1.0.0", UPLOADS));

        assertThat(installed.state()).as(String.valueOf(installed.reason())).isEqualTo(PluginState.STARTED);
        assertThat(secretariat.get(url("signed-upload/ticks")).status()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void anUntrustedUpgradeIsRefusedAndTheRunningVersionRunsOn() {
        Path unsignedV2 = FixturePlugins.declaring("signed", "").unsigned().buildIn(WORK.resolve("v2"));
        // The builder names it 1.0.0; an upgrade must be newer: give the same plugin a 2.0.0 manifest.
        Path v2 = JarTampering.withManifestEdited(
                unsignedV2, "Plugin-Version: 1.0.0", "Plugin-Version: 2.0.0", WORK.resolve("signed-2.0.0.jar"));

        assertThatThrownBy(() -> runtime.upgrade(v2))
                .isInstanceOfSatisfying(
                        PluginException.class, e -> assertThat(e.messageKey()).contains("plugins.refused.unsigned"));

        PluginStatus signed = runtime.plugin("signed").orElseThrow();
        assertThat(signed.state()).isEqualTo(PluginState.STARTED);
        assertThat(signed.version()).isEqualTo("1.0.0");
    }

    @Test
    @Order(7)
    void enablingARefusedPluginChecksItAgainAndRefusesIt() {
        PluginStatus enabled = runtime.enable("stranger-key");

        assertThat(enabled.state()).isEqualTo(PluginState.FAILED);
        assertThat(enabled.reasonKey()).isEqualTo("plugins.refused.untrusted");
    }

    @Test
    @Order(8)
    void uninstallingTheRefusedPlatformJarWithItsDataLeavesThePlatformsTablesAlone() {
        runtime.uninstall("platform", true);

        assertThat(tableExists("platform_plugin")).isTrue();
        assertThat(tableExists("platform_organisation")).isTrue();
        assertThat(tableExists("platform_audit_entry")).isTrue();
        assertThat(secretariat.get(url("admin/plugins")).status()).isEqualTo(200);
        assertThat(runtime.plugin("signed").orElseThrow().state()).isEqualTo(PluginState.STARTED);
    }

    @Test
    @Order(9)
    void everyNameThePlatformUsesIsReservedSoNoPluginCanTakeItOver() throws IOException {
        var pluginIds = runtime.plugins().stream().map(PluginStatus::id).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        // The first segment of every page of the platform's own (a plugin's pages are {id}/...).
        navigation.views().stream()
                .filter(v -> !pluginIds.contains(v.owner()))
                .map(v -> firstSegment(v.view().path()))
                .forEach(used::add);
        // The first segment of every address a controller answers (a plugin's endpoints are /api/v1/{id}).
        handlerMappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .map(this::firstSegment)
                .forEach(used::add);
        // Only what a plugin could be called matters (not 'swagger-ui.html', '{id}' or '').
        used.removeIf(name -> !org.wego.plugin.api.PluginIds.isValid(name));
        // The first segment of the platform's own message keys (a plugin's are {id}.…): the bundles found
        // as Translations finds the platform's, on the class path.
        for (Resource bundle :
                new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_en.properties")) {
            var properties = new Properties();
            try (var in = bundle.getInputStream()) {
                properties.load(in);
            }
            properties.stringPropertyNames().stream()
                    .map(key -> key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')))
                    // The organisation status labels the platform shows and the membership plugin shares.
                    .filter(prefix -> !prefix.equals("membership"))
                    .forEach(used::add);
        }

        assertThat(used).isNotEmpty().contains("admin", "api", "files", "account", "nav");
        assertThat(used)
                .as("names the platform uses that ReservedPluginIds does not reserve")
                .allSatisfy(name ->
                        assertThat(ReservedPluginIds.collisionOf(name)).as(name).isPresent());
    }

    private String firstSegment(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(0, slash);
    }

    // ---- the jars

    private static Path unsigned(String id, Path folder) {
        return FixturePlugins.declaring(id, "").unsigned().buildIn(folder);
    }

    private static Path signedByStranger(String id, Path folder) {
        return FixturePlugins.declaring(id, "").signedWith(STRANGER).buildIn(folder);
    }

    /** Signed, then its entry class swapped for one compiled from other source. */
    private static Path classChanged(String id, Path folder) {
        Path signed = FixturePlugins.declaring(id, "").buildIn(WORK.resolve("signed-" + id));
        Path other = FixturePlugins.declaring(id, "throw new IllegalStateException(\"changed after signing\");")
                .unsigned()
                .buildIn(WORK.resolve("other-" + id));
        String entry = "fixture/" + id.replace("-", "") + "/FixturePlugin.class";
        return JarTampering.withEntryReplaced(
                signed, entry, JarTampering.entry(other, entry), folder.resolve(id + "-1.0.0.jar"));
    }

    /** Signed, then a class added to it that no signature covers. */
    private static Path classAdded(String id, Path folder) {
        String pkg = "fixture." + id.replace("-", "");
        Path signed = FixturePlugins.declaring(id, "").buildIn(WORK.resolve("signed-" + id));
        Path backdoor = PluginJar.plugin(id, "1.0.0")
                .source(pkg + ".Backdoor", "package " + pkg + "; public class Backdoor {}")
                .unsigned()
                .buildIn(WORK.resolve("backdoor-" + id));
        String entry = pkg.replace('.', '/') + "/Backdoor.class";
        return JarTampering.withEntryAdded(
                signed, entry, JarTampering.entry(backdoor, entry), folder.resolve(id + "-1.0.0.jar"));
    }

    // ---- helpers

    private void assertRefused(String id, String key) {
        PluginStatus status = runtime.plugin(id).orElseThrow(() -> new AssertionError("no plugin " + id));
        assertThat(status.state()).as(id).isEqualTo(PluginState.FAILED);
        assertThat(status.reasonKey()).as(id + ": " + status.reason()).isEqualTo(key);
    }

    private void assertInstallRefused(Path jar, String key) {
        assertThatThrownBy(() -> runtime.install(jar))
                .as(jar.getFileName().toString())
                .isInstanceOfSatisfying(
                        PluginException.class,
                        e -> assertThat(e.messageKey()).as(e.getMessage()).contains(key));
        String id = idOf(jar);
        assertThat(runtime.plugin(id)).as(id).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_plugin WHERE plugin_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("no record of " + id)
                .isZero();
    }

    private static String idOf(Path jar) {
        try (var file = new java.util.jar.JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Plugin-Id");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private boolean tableExists(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                                + " AND table_name = ?")
                        .param(table)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private static Path temporaryFolder(String name) {
        try {
            return Files.createTempDirectory("wego-plugin-signing-" + name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
