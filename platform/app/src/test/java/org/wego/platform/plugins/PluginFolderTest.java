package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugins folder on a temporary directory: a few small files, no plugin code loaded. */
class PluginFolderTest {

    @TempDir
    Path temp;

    private PluginFolder folderAt(Path dir) {
        return new PluginFolder(new PluginSettings(dir, Duration.ofSeconds(10), null, null));
    }

    @Test
    void describeReadsIdVersionAndRequiresFromTheManifest() throws IOException {
        Path jar = jar(temp.resolve("anything.jar"), "notice-board", "1.2.0");

        var descriptor = folderAt(temp.resolve("plugins")).describe(jar);

        assertThat(descriptor.getPluginId()).isEqualTo("notice-board");
        assertThat(descriptor.getVersion()).isEqualTo("1.2.0");
        assertThat(descriptor.getRequires()).isEqualTo(">=1.0.0 & <2.0.0");
    }

    @Test
    void describeRefusesAMissingFileAJarWithoutIdAndAFileThatIsNoJar() throws IOException {
        var folder = folderAt(temp.resolve("plugins"));
        Path noId = jar(temp.resolve("no-id.jar"), null, "1.0.0");
        Path text = Files.writeString(temp.resolve("notes.jar"), "not a zip");

        assertThatThrownBy(() -> folder.describe(temp.resolve("missing.jar")))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("No plugin jar at");
        assertThatThrownBy(() -> folder.describe(noId))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("no-id.jar is not a plugin jar");
        assertThatThrownBy(() -> folder.describe(text))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("notes.jar is not a plugin jar");
    }

    @Test
    void jarsCreatesTheFolderAndListsOnlyJarsByName() throws IOException {
        Path dir = temp.resolve("plugins");
        var folder = folderAt(dir);
        assertThat(folder.jars()).isEmpty();
        assertThat(dir).isDirectory();

        jar(dir.resolve("training-1.0.0.jar"), "training", "1.0.0");
        jar(dir.resolve("membership-1.0.0.jar"), "membership", "1.0.0");
        Files.writeString(dir.resolve("README.txt"), "not a plugin");

        assertThat(folder.jars())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("membership-1.0.0.jar", "training-1.0.0.jar");
    }

    @Test
    void copyInNamesTheJarByIdAndVersionAndDeleteRemovesIt() throws IOException {
        Path dir = temp.resolve("plugins");
        var folder = folderAt(dir);
        Path built = jar(temp.resolve("target/notice-board-plugin.jar"), "notice-board", "1.1.0");

        Path copied = folder.copyIn(built, folder.describe(built));

        assertThat(copied).isEqualTo(dir.resolve("notice-board-1.1.0.jar")).exists();
        assertThat(built).exists();
        assertThat(folder.copyIn(copied, folder.describe(copied))).isEqualTo(copied);

        folder.delete(copied);
        assertThat(copied).doesNotExist();
        folder.delete(copied);
    }

    @Test
    void replaceKeepsTheInstalledFileNameSoTheFolderHoldsOneJarPerPlugin() throws IOException {
        Path dir = temp.resolve("plugins");
        var folder = folderAt(dir);
        Path installed = jar(dir.resolve("notice-board-1.0.0-SNAPSHOT.jar"), "notice-board", "1.0.0-SNAPSHOT");
        Path rebuilt = jar(temp.resolve("rebuilt.jar"), "notice-board", "1.0.1-SNAPSHOT");

        Path target = folder.replace(installed, rebuilt);

        assertThat(target).isEqualTo(installed);
        assertThat(folder.describe(target).getVersion()).isEqualTo("1.0.1-SNAPSHOT");
        assertThat(folder.jars()).containsExactly(installed);
    }

    /** A jar with only a manifest; {@code id} null leaves Plugin-Id out. */
    private static Path jar(Path file, @Nullable String id, String version) throws IOException {
        Files.createDirectories(file.getParent());
        var manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (id != null) {
            main.putValue("Plugin-Id", id);
        }
        main.putValue("Plugin-Version", version);
        main.putValue("Plugin-Requires", ">=1.0.0 & <2.0.0");
        main.putValue("Plugin-Class", "org.example.ExamplePlugin");
        try (OutputStream out = Files.newOutputStream(file);
                var jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }
}
