package org.wego.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Role;

/**
 * {@code ./wego new-plugin} as a plugin author outside this repository uses it: the scaffold writes a
 * module into a folder of its own, the module builds (compiled, its own unit test and the kit's contract
 * tests run, the jar signed with the development key) with Maven against the platform's artifacts in a
 * local repository alone, and the jar starts in a platform on the test stack with its page, menu entry
 * and REST endpoint.
 *
 * <p>The local repository holds this build's own platform artifacts (the ones the reactor just packaged,
 * not whatever an earlier install left) in front of the build's repository, which lends the
 * third-party libraries read-only ({@code maven.repo.local.tail}).
 */
class ScaffoldIT {

    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final String ID = "scaffold-probe";

    @Test
    void theGeneratedPluginBuildsOutsideTheRepositoryAndRunsInThePlatform() throws Exception {
        Path work = Files.createDirectories(Path.of("target/scaffold-it")).toAbsolutePath();
        Path authors = Files.createTempDirectory(work, "author");
        run(REPOSITORY, List.of("bash", "wego", "new-plugin", ID, "--dir", authors.toString(), "--no-build"));
        Path module = authors.resolve(ID);
        assertThat(module.resolve("pom.xml")).content().doesNotContain("__").contains("<relativePath/>");

        Path localRepository = Files.createTempDirectory(work, "m2");
        installPlatformArtifacts(localRepository);
        run(
                module,
                List.of(
                        "bash",
                        "mvnw",
                        "-B",
                        "-q",
                        "-o",
                        "--no-transfer-progress",
                        "-Dmaven.repo.local=" + localRepository,
                        "-Dmaven.repo.local.tail=" + outerRepository(),
                        "-DskipITs",
                        "verify"));
        Path jar = module.resolve("target/wego-plugin-" + ID + ".jar");
        assertThat(jar).exists();
        assertThat(module.resolve("target/surefire-reports"))
                .isDirectoryContaining("glob:**TEST-org.wego.plugins.scaffoldprobe.ItemsTest.xml")
                .isDirectoryContaining("glob:**TEST-org.wego.plugin.testkit.PluginArchitectureTest.xml");

        Path plugins = Files.createTempDirectory(work, "plugins");
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        try (var platform = RunningPlatform.start("ScaffoldIT", plugins, ID)) {
            assertThat(platform.pluginFailure()).isEmpty();
            assertThat(platform.pluginStarted()).isTrue();
            var page = platform.open(ID, Role.MEMBER_CITY);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Scaffold probe").contains("Nothing here yet");
            assertThat(platform.open("", Role.MEMBER_CITY).body()).contains("Scaffold probe");
            var items = platform.api("GET", "/api/v1/" + ID + "/items", Role.SECRETARIAT, null);
            assertThat(items.statusCode()).isEqualTo(200);
            assertThat(items.body()).isEqualTo("[]");
        }
    }

    /** What the platform's build installs for plugin authors: the parents, the API, the kit and what it needs. */
    private static void installPlatformArtifacts(Path localRepository) throws IOException {
        installPom(localRepository, REPOSITORY.resolve("pom.xml"));
        installPom(localRepository, REPOSITORY.resolve("plugins/pom.xml"));
        for (String module : List.of("plugin-api", "devstack", "test-stack", "app", "plugin-test-kit")) {
            Path folder = REPOSITORY.resolve("platform").resolve(module);
            Coordinates coordinates = installPom(localRepository, folder.resolve("pom.xml"));
            Files.copy(
                    mainJar(folder.resolve("target"), coordinates),
                    coordinates.folder(localRepository).resolve(coordinates.file("jar")));
        }
    }

    private static Coordinates installPom(Path localRepository, Path pom) throws IOException {
        Coordinates coordinates = Coordinates.of(Files.readString(pom));
        Path folder = Files.createDirectories(coordinates.folder(localRepository));
        Files.copy(pom, folder.resolve(coordinates.file("pom")));
        return coordinates;
    }

    private static Path mainJar(Path target, Coordinates coordinates) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().startsWith(coordinates.artifactId()))
                    .filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .filter(f -> !f.getFileName().toString().matches(".*-(exec|sources|javadoc|tests)\\.jar"))
                    .toList();
            assertThat(jars)
                    .as("the packaged jar of " + coordinates.artifactId())
                    .hasSize(1);
            return jars.getFirst();
        }
    }

    private static Path outerRepository() {
        String configured = System.getProperty("maven.repo.local", "");
        return configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".m2", "repository")
                : Path.of(configured);
    }

    private static void run(Path folder, List<String> command) throws Exception {
        Path log = Files.createTempFile(Path.of("target/scaffold-it").toAbsolutePath(), "command", ".log");
        Process process = new ProcessBuilder(new ArrayList<>(command))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean ended = process.waitFor(15, TimeUnit.MINUTES);
        String output = Files.readString(log);
        assertThat(ended)
                .as("%s still ran after 15 minutes:%n%s", command, output)
                .isTrue();
        assertThat(process.exitValue()).as("%s failed:%n%s", command, output).isZero();
    }

    /** A module's Maven coordinates, read from its pom (its own version, or its parent's). */
    private record Coordinates(String groupId, String artifactId, String version) {

        private static final Pattern OWN = Pattern.compile(
                "</parent>\\s*(?:<groupId>([^<]+)</groupId>\\s*)?<artifactId>([^<]+)</artifactId>\\s*(?:<version>([^<]+)</version>)?");
        private static final Pattern ROOT = Pattern.compile(
                "<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");
        private static final Pattern PARENT = Pattern.compile(
                "<parent>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>[^<]+</artifactId>\\s*<version>([^<]+)</version>");

        static Coordinates of(String text) {
            // Comments (e.g. between </parent> and <artifactId>) are not coordinates.
            String pom = text.replaceAll("(?s)<!--.*?-->", "");
            Matcher own = OWN.matcher(pom);
            if (!own.find()) {
                Matcher root = ROOT.matcher(pom);
                assertThat(root.find()).as("coordinates in %s", pom).isTrue();
                return new Coordinates(root.group(1), root.group(2), root.group(3));
            }
            Matcher parent = PARENT.matcher(pom);
            assertThat(parent.find()).isTrue();
            return new Coordinates(
                    own.group(1) != null ? own.group(1) : parent.group(1),
                    own.group(2),
                    own.group(3) != null ? own.group(3) : parent.group(2));
        }

        Path folder(Path localRepository) {
            return localRepository
                    .resolve(groupId.replace('.', '/'))
                    .resolve(artifactId)
                    .resolve(version);
        }

        String file(String extension) {
            return artifactId + "-" + version + "." + extension;
        }
    }
}
