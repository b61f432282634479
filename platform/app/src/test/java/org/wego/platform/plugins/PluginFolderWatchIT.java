package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;

/**
 * The development loop of {@code ./wego run}: a plugin rebuilt into a watched folder replaces the running
 * one without a restart (same version, audited), a touched or refused jar changes nothing, a new plugin
 * built there is installed.
 */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PluginFolderWatchIT {

    private static final Path PLUGINS = temporaryFolder("plugins");
    private static final Path BUILD = temporaryFolder("build");
    private static final Path ELSEWHERE = temporaryFolder("elsewhere");

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) throws IOException {
        TestStackProperties.apply(registry, PluginFolderWatchIT.class);
        // As ./wego run does: the built jar, copied into the plugins folder before the platform starts.
        Path built = FixturePlugins.declaring("watched", "")
                .description("first build")
                .buildIn(BUILD);
        Files.copy(built, PLUGINS.resolve("wego-plugin-watched.jar"));
        registry.add("wego.plugins.dir", PLUGINS::toString);
        registry.add("wego.plugins.watch.folders", BUILD::toString);
        registry.add("wego.plugins.watch.quiet-period", () -> "300ms");
    }

    @Autowired
    PluginRuntime runtime;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRebuiltJarReplacesTheRunningPluginWithoutARestart() throws Exception {
        assertThat(descriptionOf("watched")).isEqualTo("first build");
        long audited = auditRowsOf("watched");

        rebuild(FixturePlugins.declaring("watched", "").description("second build"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> descriptionOf("watched").equals("second build"));
        var status = runtime.plugin("watched").orElseThrow();
        assertThat(status.state()).isEqualTo(PluginState.STARTED);
        assertThat(status.version()).as("a rebuilt snapshot keeps its version").isEqualTo("1.0.0");
        assertThat(auditRowsOf("watched")).isEqualTo(audited + 1);
        assertThat(jarsIn(PLUGINS))
                .as("one jar per plugin, under its first name")
                .containsExactly("wego-plugin-watched.jar");

        // Touched, not changed: nothing happens. Unsigned: refused, the running build stays.
        Files.setLastModifiedTime(BUILD.resolve("watched-1.0.0.jar"), java.nio.file.attribute.FileTime.fromMillis(0));
        rebuild(FixturePlugins.declaring("watched", "")
                .description("unsigned build")
                .unsigned());
        Thread.sleep(2_000);
        assertThat(descriptionOf("watched")).isEqualTo("second build");
        assertThat(runtime.plugin("watched").orElseThrow().state()).isEqualTo(PluginState.STARTED);
        assertThat(auditRowsOf("watched")).isEqualTo(audited + 1);

        FixturePlugins.declaring("watched-new", "").buildIn(BUILD);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        runtime.plugin("watched-new").map(PluginStatus::state).orElse(null) == PluginState.STARTED);

        // mvn clean deletes the watched folder; the next build makes it again and is picked up.
        try (Stream<Path> files = Files.list(BUILD)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(BUILD);
        Thread.sleep(1_000);
        Path rebuilt = FixturePlugins.declaring("watched", "")
                .description("after clean")
                .buildIn(ELSEWHERE);
        Files.createDirectories(BUILD);
        Files.copy(rebuilt, BUILD.resolve(rebuilt.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> descriptionOf("watched").equals("after clean"));
    }

    private static void rebuild(org.wego.teststack.PluginJar jar) throws IOException {
        Path built = jar.buildIn(ELSEWHERE);
        Files.copy(built, BUILD.resolve(built.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    private String descriptionOf(String id) {
        return runtime.plugin(id).map(PluginStatus::description).orElse("");
    }

    private long auditRowsOf(String id) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM platform_audit_entry WHERE entity = 'platform.plugin' AND entity_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private static java.util.List<String> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private static Path temporaryFolder(String name) {
        try {
            return Files.createTempDirectory("wego-watch-" + name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
