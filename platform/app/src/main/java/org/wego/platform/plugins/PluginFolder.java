package org.wego.platform.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.springframework.stereotype.Component;

/**
 * The plugins folder ({@code wego.plugins.dir}): reads a jar's manifest, lists, copies and deletes
 * jars. Only files and manifests: no plugin code is loaded here, and trust is checked elsewhere.
 */
@Component
class PluginFolder {

    private final Path dir;

    PluginFolder(PluginSettings settings) {
        this.dir = settings.dir();
    }

    /** The folder itself. */
    Path dir() {
        return dir;
    }

    /**
     * The manifest of a jar, anywhere on disk.
     *
     * @throws PluginException if there is no file, or it is no plugin jar (no manifest, no id or version)
     */
    PluginDescriptor describe(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new PluginException("No plugin jar at " + jar);
        }
        try {
            PluginDescriptor descriptor = new ManifestPluginDescriptorFinder().find(jar);
            if (descriptor.getPluginId() == null || descriptor.getVersion() == null) {
                throw new PluginException(
                        jar.getFileName() + " is not a plugin jar: its manifest has no Plugin-Id or Plugin-Version");
            }
            return descriptor;
        } catch (PluginException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PluginException(
                    jar.getFileName() + " is not a plugin jar: " + PluginMigrations.rootMessage(e), e);
        }
    }

    /** The jars in the folder by file name (created if missing), the order plugins load in. */
    List<Path> jars() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PluginException("Cannot create the plugins folder " + dir, e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted(Comparator.comparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            throw new PluginException("Cannot read the plugins folder " + dir, e);
        }
    }

    /** Copies a jar into the folder as {@code {id}-{version}.jar} (a jar already there stays where it is). */
    Path copyIn(Path jar, PluginDescriptor descriptor) {
        Path target = dir.resolve(descriptor.getPluginId() + "-" + descriptor.getVersion() + ".jar");
        try {
            Files.createDirectories(dir);
            if (!Files.isSameFile(jar.getParent(), dir) || !jar.equals(target)) {
                Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new PluginException("Cannot copy " + jar + " into " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a rebuilt jar over an installed one, keeping the installed file's name, so the folder keeps
     * one jar per plugin (the development loop's reinstall).
     */
    Path replace(Path installed, Path jar) {
        Path target = dir.toAbsolutePath().equals(installed.toAbsolutePath().getParent())
                ? installed
                : dir.resolve(installed.getFileName());
        try {
            Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new PluginException("Cannot copy " + jar + " into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Deletes an installed jar. */
    void delete(Path jar) {
        try {
            Files.deleteIfExists(jar);
        } catch (IOException e) {
            throw new PluginException("Cannot delete " + jar + ": " + e.getMessage(), e);
        }
    }
}
