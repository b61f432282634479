package org.wego.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak server distribution, unpacked once into the cache and built once ({@code kc.sh
 * build}), so that every later start can use {@code start --optimized} and skip the Quarkus
 * augmentation (about 20 s on two cores). Both modes share it; each runs it from its own home folder
 * (see {@link KeycloakHome}).
 */
final class KeycloakDistribution {

    /**
     * Build-time options: everything both modes have in common. The dev-file (H2) database keeps
     * Keycloak's data in each mode's own home; health gives the management port a readiness probe.
     */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true");

    private static final String MARKER = ".wego-build";

    private KeycloakDistribution() {}

    record Coordinates(Path zip, String version) {}

    /** Reads the location Maven filtered into the jar at build time. */
    static Coordinates coordinates(Properties props) {
        String repo = props.getProperty("localRepository", "");
        String version = props.getProperty("keycloakVersion", "");
        if (repo.isBlank() || repo.contains("${") || version.isBlank() || version.contains("${")) {
            throw new StackException("keycloak-dist.properties was not filtered by Maven: rebuild the dev stack"
                    + " with ./mvnw -pl platform/devstack install");
        }
        Path zip = Path.of(repo, "org", "keycloak", "keycloak-quarkus-dist", version)
                .resolve("keycloak-quarkus-dist-" + version + ".zip");
        return new Coordinates(zip, version);
    }

    static Coordinates coordinates() throws IOException {
        Properties props = new Properties();
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("keycloak-dist.properties")) {
            if (in == null) {
                throw new StackException("keycloak-dist.properties missing from the dev stack jar");
            }
            props.load(in);
        }
        return coordinates(props);
    }

    /** Returns the unpacked and built distribution, doing the work only the first time. */
    static Path prepare(Path cacheDir) throws IOException, InterruptedException {
        Coordinates coordinates = coordinates();
        Path dist = cacheDir.resolve("keycloak-" + coordinates.version());
        Files.createDirectories(cacheDir);
        // Run and test stacks may start together: one unpacks and builds, the other waits.
        try (FileChannel channel = FileChannel.open(
                        cacheDir.resolve("keycloak-" + coordinates.version() + ".lock"),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            if (!Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
                unpack(coordinates.zip(), dist);
            }
            String wanted = String.join(" ", BUILD_OPTIONS);
            Path marker = dist.resolve(MARKER);
            if (!Files.isRegularFile(marker)
                    || !Files.readString(marker).strip().equals(wanted)) {
                build(dist, cacheDir.resolve("keycloak-" + coordinates.version() + "-build.log"));
                Files.writeString(marker, wanted + "\n");
            }
        }
        return dist;
    }

    private static void unpack(Path zip, Path dist) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new StackException("the Keycloak distribution " + zip + " is missing: run ./mvnw -B -pl"
                    + " platform/devstack -am install once (Maven downloads it from Maven Central)");
        }
        Log.info("unpacking " + zip.getFileName() + " to " + dist + " (once)");
        // Unpack beside the target and rename, so a killed unpack never looks like a finished one.
        Path partial = dist.resolveSibling(dist.getFileName() + ".partial");
        deleteTree(partial);
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                // Every entry sits under keycloak-<version>/: drop that folder.
                String relative = slash < 0 ? "" : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path target = partial.resolve(relative).normalize();
                if (!target.startsWith(partial)) {
                    throw new StackException("refusing zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zipFile.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        // java.util.zip drops the Unix modes; only the scripts need the execute bit.
        try (var scripts = Files.list(partial.resolve("bin"))) {
            scripts.filter(p -> p.toString().endsWith(".sh"))
                    .forEach(p -> p.toFile().setExecutable(true, false));
        }
        deleteTree(dist);
        Files.move(partial, dist, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void build(Path dist, Path log) throws IOException, InterruptedException {
        Log.info("building Keycloak for fast starts (kc.sh build, once; log: " + log + ")");
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(dist.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dist.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Keycloak.environment(builder.environment(), Map.of());
        Process process = builder.start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new StackException(
                    "kc.sh build failed with exit code " + exit + "; see " + log + ":\n" + Keycloak.tail(log, 20));
        }
        Log.info("Keycloak build done in " + Log.seconds(System.nanoTime() - start));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir)) {
            Files.delete(dir);
            return;
        }
        try (var children = Files.list(dir)) {
            for (Path child : children.toList()) {
                deleteTree(child);
            }
        }
        Files.delete(dir);
    }
}
